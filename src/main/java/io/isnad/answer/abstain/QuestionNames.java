package io.isnad.answer.abstain;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.isnad.answer.AskedQuestion;
import io.isnad.answer.followup.FollowUpWords;
import io.isnad.answer.question.QuestionAnalysis;
import io.isnad.answer.shortanswer.KnownNames;
import io.isnad.index.IndexAnalyzers;
import io.isnad.ingest.arabic.ArabicProclitics;
import io.isnad.ingest.arabic.ArabicQuestionWords;
import io.isnad.ingest.arabic.ArabicRootSkeleton;
import io.isnad.retrieve.EvidenceTerm;

/**
 * Which evidence terms of a question are proper names: in an English question a word written with
 * a capital letter after the question's first word that the lexicon's places or people list holds
 * and that was translated, not transliterated (in a question typed all in lower case, a person or a
 * demonym those lists hold whole, written anywhere in it; a capitalised compound such as "Turkish-backed"
 * whose first word is a known place or demonym); in an Arabic one a word the lexicon knows as a
 * place or person (with or without a glued و ف ب ل ك). Left out in English: a name the service had
 * to transliterate, and a capitalised word only a general dictionary translated ("Broncos",
 * "Grammy", "Bowl": FreeDict's homonym of a name). Missing from the article, either is more often a
 * reading that does not match the article's spelling than a name the article lacks.
 */
public final class QuestionNames {

    /**
     * Each label's whole-word pattern, compiled once: a label is a word or a whole name of the lexicon's
     * places and people lists ({@link KnownNames#knownEnglishWord}, {@link KnownNames#knownEnglishName}),
     * so the map is bounded by those lists.
     */
    private static final Map<String, Pattern> WHOLE_WORD = new ConcurrentHashMap<>();

    private QuestionNames() {
    }

    /**
     * Per term of {@code evidence}, whether it is a name of {@code question}, whose head noun (the noun a
     * which-question asks for, {@code QuestionAnalysis#head}) is {@code head}.
     */
    public static boolean[] of(QuestionWords question, String head, List<EvidenceTerm> evidence,
            IndexAnalyzers analyzers, boolean english) {
        boolean[] names = new boolean[evidence.size()];
        if (english) {
            // A question typed all in lower case, as into a search box ("which iraqi militias fought alongside the
            // syrian army in aleppo"), has no capital to tell a name from a word: there a person or a demonym the
            // lexicon holds as a whole entry is a name, as an Arabic question's known person or place is. Not a
            // word of a longer name ("near" of Near East), nor a place's name: a capital or a state in a news
            // question stands for its government as often as for the place ("whereabouts was the fighting tehran
            // called a flagrant breach of astana"), which the articles name otherwise (الخارجية الإيرانية), so
            // its absence from the article tells less (docs/answers.md, "unen53").
            String text = question.text();
            boolean lowerCase = text.chars().noneMatch(Character::isUpperCase);
            for (int t = 0; t < names.length; t++) {
                EvidenceTerm term = evidence.get(t);
                String label = term.label();
                boolean known = lowerCase ? KnownNames.englishDemonym(label) || KnownNames.englishPerson(label)
                        : KnownNames.knownEnglishWord(label) || KnownNames.knownEnglishName(label);
                names[t] = !term.fuzzy() && (known && written(text, label, !lowerCase) || compoundOfName(text, label));
            }
            return names;
        }
        // A noun that types the question (أي سنة، كم عدد) is no name, though the lexicon may also
        // know it as one: السنة is the year here, not the Sunnis.
        List<String> words = question.arabic();
        Set<String> stems = new HashSet<>();
        for (int w = 0; w < words.size(); w++) {
            String word = words.get(w);
            if (!ArabicQuestionWords.namesTheAnswerKind(word) && !askedPlaceNoun(words, w) && (KnownNames.known(word)
                    || ArabicProclitics.withoutProclitic(word).filter(KnownNames::known).isPresent())) {
                stems.addAll(analyzers.wordStems(word));
            }
        }
        for (int t = 0; t < names.length; t++) {
            names[t] = evidence.get(t).forms().stream().anyMatch(stems::contains);
        }
        return withoutAskedKind(names, words, head, evidence, analyzers);
    }

    /**
     * {@code names} (this question's {@link #of}) with, in an Arabic question, every term that is a word of a
     * name of two words the lexicon knows whole ({@link #knownPair}): الولايات المتحدة read as one name, not as
     * "states" and "united". Kept out of {@link #of}, which the abstention model's features read: there the
     * whole names cost answers (an article writing العثماني for a question's الإمبراطورية العثمانية then
     * missed a name), while the check that a name is written only in passing wants every word of it
     * (docs/answers.md, "cross37b").
     */
    public static boolean[] withWholeNames(QuestionWords question, boolean[] names, List<EvidenceTerm> evidence,
            IndexAnalyzers analyzers) {
        List<String> words = question.arabic();
        Set<String> stems = new HashSet<>();
        for (int w = 1; w < words.size(); w++) {
            if (knownPair(words.get(w - 1), words.get(w))) {
                stems.addAll(analyzers.wordStems(words.get(w - 1)));
                stems.addAll(analyzers.wordStems(words.get(w)));
            }
        }
        boolean[] whole = names.clone();
        for (int t = 0; t < whole.length; t++) {
            whole[t] |= evidence.get(t).forms().stream().anyMatch(stems::contains);
        }
        return whole;
    }

    /**
     * Whether two adjacent folded words are a place of two words the lexicon knows whole (الولايات المتحدة،
     * المملكة المتحدة), the first with or without a glued و ف ب ل ك (بالولايات المتحدة، للولايات المتحدة). Each
     * word of such a name is a common word alone (states, united), so read word by word the question named
     * nothing, and an article that writes "united" or "states" elsewhere seemed to hold what it asks about.
     * Places only: a person of two words is read by the word the people list knows, and read whole (عبد
     * اللهيان) its other word (عبد, held in a dialect question's judged sentence) no longer counted as a word
     * asked about it, which declined a seeds hit (docs/answers.md, "cross37b").
     */
    private static boolean knownPair(String first, String second) {
        return Stream.concat(Stream.of(first, ArabicProclitics.withoutArticle(first)),
                        ArabicProclitics.withoutProclitic(first).stream())
                .anyMatch(bare -> KnownNames.place(bare + " " + second));
    }

    /**
     * Whether the word at {@code w} is a noun of place ({@link ArabicQuestionWords#PLACE_NOUNS}) asked
     * for with أي (في أي مدينة، أية منطقة): the kind of place the answer names, though the lexicon also
     * knows the noun as a place (المدينة, the Prophet's city), so that one missing from the article
     * counted as a name the article lacks. Elsewhere the noun is left a name: with its article it
     * often stands for the state a question names (الدولة العثمانية), and the near-miss questions swap
     * a bare one in where a name stood, also before a word with the article (measured: docs/answers.md,
     * "Thirtieth round: a noun of place taken for a name").
     */
    private static boolean askedPlaceNoun(List<String> words, int w) {
        return afterWhich(words, w) && ArabicQuestionWords.PLACE_NOUNS.contains(words.get(w));
    }

    /** Whether the word at {@code w} follows a which-word ({@link ArabicQuestionWords#WHICH}: أي، أية). */
    private static boolean afterWhich(List<String> words, int w) {
        return w > 0 && ArabicQuestionWords.WHICH.contains(words.get(w - 1));
    }

    /**
     * {@code names} less the noun an Arabic which-question asks for ({@code head}, one of the question's {@code words}), written with the
     * article or after أي (ما الدولة التي…، في أي بلد، ما هي الأطراف…): like the سنة of أي سنة, it names the
     * kind of answer, and the sentence gives the country's name, not the word. A name in that place is
     * written bare (ما هو لبنان…), and stays one.
     */
    private static boolean[] withoutAskedKind(boolean[] names, List<String> words, String head,
            List<EvidenceTerm> evidence, IndexAnalyzers analyzers) {
        int at = words.indexOf(head);
        if (at < 0 || !ArabicRootSkeleton.carriesArticle(head) && !afterWhich(words, at)) {
            return names;
        }
        Set<String> stems = analyzers.wordStems(head);
        boolean[] left = names.clone();
        for (int t = 0; t < left.length; t++) {
            left[t] &= evidence.get(t).forms().stream().noneMatch(stems::contains);
        }
        return left;
    }

    /**
     * Per term of {@code evidence}, whether the Arabic {@code question} writes it with the article
     * ({@link ArabicRootSkeleton#carriesArticle}): a common noun or adjective, not a name.
     */
    static boolean[] definite(QuestionWords question, List<EvidenceTerm> evidence, IndexAnalyzers analyzers) {
        Set<String> stems = arabicStems(question, analyzers, ArabicRootSkeleton::carriesArticle);
        boolean[] definite = new boolean[evidence.size()];
        for (int t = 0; t < definite.length; t++) {
            definite[t] = evidence.get(t).forms().stream().anyMatch(stems::contains);
        }
        return definite;
    }

    /**
     * The positions of the question's words ({@link QuestionAnalysis#words}) that name a person the lexicon knows:
     * in English a word of its people list ({@link KnownNames#englishPerson}: araghchi, amir, abdollahian), in
     * Arabic a person name and no other kind of word ({@link Declines#personName}: بشار، الأسد).
     */
    static List<Integer> personWords(AskedQuestion question) {
        List<String> words = question.analysis().words();
        return IntStream.range(0, words.size()).filter(w -> question.english()
                ? KnownNames.englishPerson(words.get(w)) : Declines.personName(words.get(w))).boxed().toList();
    }

    /**
     * Whether an evidence term is one of the question's {@code words} at {@code positions} (such as its {@link
     * #personWords}), in any form the term's label is written ({@link FollowUpWords#mentionedIn}).
     */
    static Predicate<EvidenceTerm> wordsAt(List<String> words, List<Integer> positions) {
        return FollowUpWords.mentionedIn(positions.stream().map(words::get).collect(Collectors.joining(" ")));
    }

    /**
     * Per term of {@code evidence}, whether its label stands in the English {@code question} written with a
     * capital letter, not as the question's first word: a name, whether or not the lexicon knows it.
     */
    static boolean[] capitalisedTerms(String question, List<EvidenceTerm> evidence) {
        boolean[] capitalised = new boolean[evidence.size()];
        for (int t = 0; t < capitalised.length; t++) {
            capitalised[t] = written(question, evidence.get(t).label(), true);
        }
        return capitalised;
    }

    /**
     * The stems of the question's Arabic words (folded) that {@code which} accepts. A word's stems are its kept
     * ones ({@link IndexAnalyzers#wordStems}), as in each of this class's readings: a question is read by
     * several, each of which ran the analyzer chain on its words again (docs/performance.md, "perf39").
     */
    static Set<String> arabicStems(QuestionWords question, IndexAnalyzers analyzers, Predicate<String> which) {
        Set<String> stems = new HashSet<>();
        for (String word : question.arabic()) {
            if (which.test(word)) {
                stems.addAll(analyzers.wordStems(word));
            }
        }
        return stems;
    }

    /**
     * Whether a term of two words is a compound the question writes capitalised and with a hyphen, whose first word
     * is a place or demonym the lexicon knows ("Which Turkish-backed factions…?", "US-led", "Iranian-made"): the
     * translator reads it as one phrase, which no list holds, yet it names its state as the bare demonym does, as
     * "المدعومة من تركيا" names تركيا (docs/answers.md, "unen53").
     */
    private static boolean compoundOfName(String question, String label) {
        String[] words = label.split(" ");
        if (words.length != 2 || !KnownNames.englishPlace(words[0])) {
            return false;
        }
        String compound = words[0] + "-" + words[1];
        for (int at = 1; at + compound.length() <= question.length(); at++) {
            if (Character.isUpperCase(question.charAt(at)) && !Character.isLetter(question.charAt(at - 1))
                    && question.regionMatches(true, at, compound, 0, compound.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code label} (lower-cased) stands in the question, when {@code capitalised} is asked capitalised and
     * not as its first word. The words of a name of several words may be joined by a hyphen in the question
     * ("Bashar al-Assad"), which the translator reads as a space.
     */
    private static boolean written(String question, String label, boolean capitalised) {
        if (label.isEmpty() || !Character.isLetter(label.charAt(0))) {
            return false;
        }
        Matcher m = WHOLE_WORD.computeIfAbsent(label, l -> Pattern.compile("\\b" + Arrays.stream(l.split(" "))
                .map(Pattern::quote).collect(Collectors.joining("[\\s-]+")) + "\\b", Pattern.CASE_INSENSITIVE))
                .matcher(question);
        while (m.find()) {
            if (!capitalised || m.start() > 0 && Character.isUpperCase(question.charAt(m.start()))) {
                return true;
            }
        }
        return false;
    }
}
