package io.isnad.answer.abstain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import io.isnad.index.IndexAnalyzers;
import io.isnad.index.IndexField;
import io.isnad.ingest.arabic.ArabicNumberWords;
import io.isnad.ingest.arabic.ArabicRootSkeleton;
import io.isnad.ingest.arabic.ArabicSpeechVerbs;
import io.isnad.ingest.arabic.ArabicStopWords;
import io.isnad.ingest.arabic.ArabicTextNormalizer;
import io.isnad.retrieve.EvidenceTerm;

/**
 * Whether the sentences quoted for a question that asks for a thing's name ("ما اسم مطار حلب…؟",
 * "What is the name of the Kurdish force…?") speak of the asked thing only without a name: "إلى وزير
 * الدفاع السوري، قال…"، "إلى جانب مطارها"، "القوات الكردية"، وفقًا…". Without capital letters a name
 * is told by where it stands, not by its letters: news prose gives it right after the noun ("وزير
 * الدفاع الإيراني حسين دهقان"، "عملية "ردع العدوان""), in brackets or quotes after it ("الموناليزا
 * (بالفرنسية: …)"), or in apposition after a comma ("المحطة، المنار") or before it ("مطار لوس أنجلس
 * الدولي، وهو ثاني أكثر المطارات…"). A mention is read as nameless only where none of these can be: the
 * noun carries a pronoun (مطارها: its airport, named nowhere), or the noun and the question's own words
 * after it end the sentence, or end at a comma that a function word or a reporting verb follows.
 */
public final class AskedName {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{Nd}]+");
    /** What opens a name given after the noun: a bracket, a colon, an opening quote. */
    private static final Pattern OPENS_NAME = Pattern.compile("[(\\[«“:\"']");
    /** What closes the noun's own quote or bracket ("…القوات الكردية"،): the name is not after it. */
    private static final Pattern CLOSES = Pattern.compile("^[\\p{Pf}»”\"')\\]]+");
    /** What ends a clause after the noun. */
    private static final Pattern CLAUSE_END = Pattern.compile("[،,؛;]");
    /** What ends a sentence. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.؟?!]");

    private AskedName() {
    }

    /**
     * Whether the asked noun ({@code askedNoun} marks its terms among {@code evidence}) stands in the
     * {@code quoted} sentences and every mention of it is nameless. False when no quoted sentence
     * mentions it: the name may stand for it there ("شو اسم الجهة…؟" answered by "وأعلنت "إدارة
     * العمليات العسكرية"…").
     */
    public static boolean givenNone(List<String> quoted, List<EvidenceTerm> evidence, boolean[] askedNoun,
            IndexAnalyzers analyzers) {
        List<Mention> mentions = mentions(quoted, evidence, askedNoun, analyzers);
        return !mentions.isEmpty() && mentions.stream().allMatch(Mention::nameless);
    }

    /**
     * Whether every mention of the asked noun in the {@code quoted} sentences is nameless, as {@link #givenNone}
     * reads them, and one of them is counted: a number word or a vague quantity right before the noun ("في عدة
     * مناطق"، "إطلاق سراح ثلاثة رهائن"). A count tells how many of the noun there are, not which: "في أي
     * مناطق…؟" asks for the areas the sentence counts without naming. A figure is not read as a count: it may
     * end a name before the noun ("الطريق الوطنية 99 وبالطريق…").
     */
    public static boolean countedOnly(List<String> quoted, List<EvidenceTerm> evidence, boolean[] askedNoun,
            IndexAnalyzers analyzers) {
        List<Mention> mentions = mentions(quoted, evidence, askedNoun, analyzers);
        return mentions.stream().anyMatch(Mention::counted) && mentions.stream().allMatch(Mention::nameless);
    }

    /** One mention of the asked noun: word {@code at} of {@code text}, and whether it can have no name beside it. */
    private record Mention(String text, List<MatchResult> words, int at, boolean nameless) {

        /** Whether a number word or a vague quantity stands right before the noun, nothing between them. */
        boolean counted() {
            if (at == 0 || !text.substring(words.get(at - 1).end(), words.get(at).start()).isBlank()) {
                return false;
            }
            String before = ArabicTextNormalizer.normalize(words.get(at - 1).group());
            return ArabicNumberWords.isNumberWord(before) || ArabicNumberWords.isVagueQuantity(before);
        }
    }

    /** The mentions of the noun {@code askedNoun} marks among {@code evidence} in the {@code quoted} sentences. */
    private static List<Mention> mentions(List<String> quoted, List<EvidenceTerm> evidence, boolean[] askedNoun,
            IndexAnalyzers analyzers) {
        Set<String> asked = new HashSet<>();
        Set<String> all = new HashSet<>();
        for (int t = 0; t < evidence.size(); t++) {
            all.addAll(evidence.get(t).forms());
            if (askedNoun[t]) {
                asked.addAll(evidence.get(t).forms());
            }
        }
        List<Mention> mentions = new ArrayList<>();
        if (asked.isEmpty()) {
            return mentions;
        }
        for (String text : quoted) {
            List<MatchResult> words = WORD.matcher(text).results().toList();
            for (int i = 0; i < words.size(); i++) {
                String word = words.get(i).group();
                if (holds(analyzers, word, asked)
                        || holds(analyzers, withRestoredTaMarbuta(ArabicTextNormalizer.normalize(word)), asked)) {
                    mentions.add(new Mention(text, words, i, nameless(text, words, i, asked, all, analyzers)));
                }
            }
        }
        return mentions;
    }

    /** Whether the mention at word {@code at} of {@code text} can have no name beside it. */
    private static boolean nameless(String text, List<MatchResult> words, int at, Set<String> asked,
            Set<String> questionForms, IndexAnalyzers analyzers) {
        String folded = ArabicTextNormalizer.normalize(words.get(at).group());
        // A noun with a pronoun glued (مطارها، قنصليتهم) is one named before, not beside a name.
        Optional<String> noun = ArabicRootSkeleton.withoutTwoLetterThirdPersonPronoun(folded);
        if (noun.isPresent()
                && (holds(analyzers, noun.get(), asked) || holds(analyzers, withRestoredTaMarbuta(folded), asked))) {
            return true;
        }
        if (at > 0 && (ArabicStopWords.PRONOUNS.contains(ArabicTextNormalizer.normalize(words.get(at - 1).group()))
                || CLAUSE_END.matcher(text.substring(words.get(at - 1).end(), words.get(at).start())).find())) {
            return false;
        }
        int last = at;
        while (last + 1 < words.size() && text.substring(words.get(last).end(), words.get(last + 1).start()).isBlank()
                && holds(analyzers, words.get(last + 1).group(), questionForms)) {
            last++;
        }
        int next = last + 1;
        String gap = text.substring(words.get(last).end(), next < words.size() ? words.get(next).start() : text.length());
        gap = CLOSES.matcher(gap).replaceFirst("");
        if (OPENS_NAME.matcher(gap).find()) {
            return false;
        }
        if (next == words.size() || SENTENCE_END.matcher(gap).find()) {
            return true;
        }
        if (!CLAUSE_END.matcher(gap).find()) {
            return false;
        }
        String after = ArabicTextNormalizer.normalize(words.get(next).group());
        return !ArabicStopWords.PRONOUNS.contains(after)
                && (ArabicStopWords.contains(after) || ArabicSpeechVerbs.attributes(after));
    }

    /**
     * A folded noun whose ة is written ت before a glued pronoun (قنصليتها، حكومتهم), with the pronoun
     * dropped and the ة back (folded ه): the stemmer strips ة and the nisba ية from the noun alone
     * (القنصلية → قنصل) but not from the ت, so "its consulate" would otherwise not be read as a
     * mention of the asked consul at all. The word itself when it is not of that form.
     */
    static String withRestoredTaMarbuta(String folded) {
        return ArabicRootSkeleton.withTaMarbutaBefore(folded, ArabicRootSkeleton.TWO_LETTER_THIRD_PERSON_PRONOUNS)
                .orElse(folded);
    }

    private static boolean holds(IndexAnalyzers analyzers, String word, Set<String> forms) {
        return analyzers.tokens(IndexField.ARABIC, word).stream().anyMatch(forms::contains);
    }
}
