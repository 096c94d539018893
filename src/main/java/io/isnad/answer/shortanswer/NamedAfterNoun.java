package io.isnad.answer.shortanswer;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.isnad.answer.question.QuestionAnalysis;
import io.isnad.ingest.arabic.ArabicNamingWords;
import io.isnad.ingest.arabic.ArabicNumberWords;
import io.isnad.ingest.arabic.ArabicPlurals;
import io.isnad.ingest.arabic.ArabicProclitics;
import io.isnad.ingest.arabic.ArabicStopWords;
import io.isnad.ingest.arabic.ArabicTextNormalizer;

/**
 * The name a sentence writes unquoted right after the noun of its kind, for an Arabic question asking what a thing
 * of that kind is called: "ماسم أكثر المطارات أحادية المدارج نشاطاً؟" of "أما مطار سان دييغو الدولي فهو المطار…".
 * The question writes the kind in the plural of a superlative (أكثر المطارات) or the singular, the sentence the
 * noun without the article in construct with the name (مطار لوس أنجلس الدولي، مناطق إحصائية حضرية ضخمة), so the
 * two are matched by the noun's sound plural ({@link ArabicPlurals#soundSingulars}). The name is the noun and the
 * words after it up to where a name ends: a punctuation mark, a pronoun opening the predicate (فهو، وهو), a
 * relative pronoun, a preposition (في, or لـ written apart) or a word opening a clause. A name all of whose words
 * the question writes is what it asks about, and a noun in quotes a gloss (مجسّات صغيرة). Read after {@link
 * CoinedNames}' quoted names, for the short answer; as any short answer, it also tells {@link
 * io.isnad.answer.abstain.DraftDeclines#givesNoName} that the quoted sentence gives a name.
 */
public final class NamedAfterNoun {

    /** An elative, أفعل folded: أكثر، أكبر، أعلى (اعلي). */
    private static final Pattern ELATIVE = Pattern.compile("ا\\p{L}{3}");
    private static final String QUOTES = "\"«“”'";
    /** How many words after the naming word the question's kind noun may stand: ماسم ثاني أكثر المطارات. */
    private static final int NOUN_WINDOW = 4;
    /** The most words a name runs to after its noun: مطار لوس أنجلس الدولي، مناطق إحصائية حضرية ضخمة. */
    private static final int NAME_WORDS = 4;

    private NamedAfterNoun() {
    }

    /** The noun and name of {@code sentence} that answer the question, offsets relative to it, or empty. */
    public static Optional<Span> find(String sentence, QuestionAnalysis question) {
        if (question.type().typed()) {
            return Optional.empty();
        }
        List<String> words = question.words();
        if (AskedByNoun.asked(words).filter(asked -> asked == AskedByNoun.Asked.NAME).isEmpty()) {
            return Optional.empty();
        }
        Optional<String> kind = kindNoun(words);
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        ArabicTextNormalizer.Folded folded = ArabicTextNormalizer.foldWithOffsets(sentence);
        String f = folded.text();
        Matcher word = ArabicTextNormalizer.LETTER_WORD.matcher(f);
        while (word.find()) {
            int start = nounStart(word.group(), word.start(), kind.get());
            if (start < 0 || quoted(f, word.start())) {
                continue;
            }
            int end = nameEnd(f, word.end());
            if (end > word.end()) {
                Span name = new Span(folded.start(start), folded.end(end), f.substring(start, end));
                if (!bare(words).containsAll(bare(ArabicTextNormalizer.words(name.folded())))) {
                    return Optional.of(name);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The noun of the kind a question asks the name of: the first content word after its Arabic naming word (ماسم،
     * ما اسم، ما الاسم الذي تسمى به المناطق), past an ordinal and an elative that lead to it (ثاني أكثر المطارات) and,
     * after الاسم, the adjective of the name itself (الاسم الآخر للجانب, the other name). Not after the verb سمّى
     * (سمّى اللي حصل في حمص، يسمى اليوم العاشر): its object is what is named, not a kind the name is written after.
     */
    private static Optional<String> kindNoun(List<String> words) {
        int at = 0;
        while (at < words.size() && !ArabicNamingWords.isNameNoun(words.get(at))) {
            at++;
        }
        int from = at + 1;
        if (from < words.size() && words.get(at).startsWith("ال") && words.get(from).startsWith("ال")) {
            from++;
        }
        for (int i = from; i < words.size() && i <= at + NOUN_WINDOW; i++) {
            String w = words.get(i);
            if (ArabicStopWords.contains(w) || ArabicNamingWords.asksName(w) || leadsToNoun(w)) {
                continue;
            }
            return Optional.of(ArabicTextNormalizer.withoutAccusativeAlif(ArabicTextNormalizer.withoutArticle(w), 3));
        }
        return Optional.empty();
    }

    /** Whether a folded word is an ordinal (ثاني) or an elative (أكثر، أكبر) a kind's noun follows in construct. */
    private static boolean leadsToNoun(String w) {
        return ArabicNumberWords.ordinalPlace("ال" + w) > 0 || ELATIVE.matcher(w).matches();
    }

    /**
     * Where the noun of a sentence's word starts when it is the kind, also behind a glued و، ف، ب or ل (ومطار فان
     * نويس); -1 when it is none. A noun with the article names no one thing, and one with a pronoun (مطارها) names
     * it already.
     */
    private static int nounStart(String word, int at, String kind) {
        if (ArabicProclitics.startsWithArticle(word)) {
            return -1;
        }
        if (ArabicProclitics.withoutProclitic(word).filter(w -> sameKind(w, kind)).isPresent()) {
            return at + 1;
        }
        return sameKind(word, kind) ? at : -1;
    }

    /**
     * Whether a sentence's word is the question's kind noun as written or in its other number by a sound ending
     * (مطار of المطارات, مناطق of المناطق): a root's other forms, which {@link ArabicPlurals#sameNoun} also ties,
     * would read a noun with a pronoun (مطارها) or another noun of its root.
     */
    private static boolean sameKind(String word, String kind) {
        return word.equals(kind) || ArabicPlurals.soundSingulars(kind).contains(word)
                || ArabicPlurals.soundSingulars(word).contains(kind);
    }

    /** Whether a quote mark opens right before {@code at}: a gloss ("مجسّات صغيرة"), {@link CoinedNames}' to read. */
    private static boolean quoted(String f, int at) {
        int before = at - 1;
        while (before >= 0 && (Character.isWhitespace(f.charAt(before)) || f.charAt(before) == '(')) {
            before--;
        }
        return before >= 0 && QUOTES.indexOf(f.charAt(before)) >= 0;
    }

    private static List<String> bare(List<String> words) {
        return words.stream().map(ArabicTextNormalizer::withoutArticle).toList();
    }

    /**
     * The end of the name after a noun ending at {@code from}: its words up to a punctuation mark or a word that
     * ends a name ({@link #endsName}), the first without the article; {@code from} if none.
     */
    private static int nameEnd(String f, int from) {
        Matcher next = ArabicTextNormalizer.LETTER_WORD.matcher(f);
        int end = from;
        for (int n = 0; n < NAME_WORDS && next.find(end); n++) {
            String w = next.group();
            boolean spaced = f.substring(end, next.start()).isBlank();
            if (!spaced || w.length() < 2 || endsName(w) || n == 0 && ArabicProclitics.startsWithArticle(w)) {
                break;
            }
            end = next.end();
        }
        return end;
    }

    /**
     * Whether a folded word ends a name: a preposition, a pronoun opening the predicate (فهو، وهو), a relative
     * pronoun, a demonstrative or a word opening a clause (وكان، وقد). Not any stop word: a foreign name's words
     * fold to some (فان of مطار فان نويس is فإن).
     */
    private static boolean endsName(String w) {
        return ArabicStopWords.PREPOSITIONS.contains(w) || ArabicStopWords.PRONOUNS.contains(w)
                || ArabicStopWords.opensRelativeClause(w) || ArabicStopWords.DEMONSTRATIVES.contains(w)
                || ArabicStopWords.CLAUSE_OPENERS.contains(w) || ArabicStopWords.CONTINUATIONS.contains(w);
    }
}
