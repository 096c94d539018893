package io.isnad.answer.shortanswer;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;

import io.isnad.ingest.arabic.ArabicProclitics;
import io.isnad.ingest.arabic.ArabicStopWords;
import io.isnad.ingest.arabic.ArabicTextNormalizer;

/**
 * A question that asks about what did not happen or has not a property ("كم نوعا لم يتم تعريفها",
 * "نسبة الإناث الغير متزوجات", "how many species have not been named") is answered by a figure of a
 * clause that negates too: "تم التعريف فقط 100-150 نوعا، هناك تقريبا 25 نوعا آخر لم يتم تعريفه"
 * answers it with 25, though the question's other words stand as near 100-150. Only this way: a
 * question without a negation is about either kind of clause, as "how many species are there" is
 * answered by the named ones.
 */
public final class NegatedClauses {

    /** English negations, for an English question answered from an Arabic sentence. */
    private static final Set<String> ENGLISH_NEGATIONS = Set.of("not", "never", "without");

    private NegatedClauses() {
    }

    /**
     * The spans of a negated clause when the question negates and the sentence has one; else all
     * {@code spans}.
     */
    static List<Span> agreeing(String sentence, List<Span> spans, String foldedQuestion) {
        if (!negates(foldedQuestion)) {
            return spans;
        }
        List<Span> negated = spans.stream().filter(s -> inNegatedClause(sentence, s)).toList();
        return negated.isEmpty() ? spans : negated;
    }

    /**
     * Whether {@code folded} (a question, Arabic or English, {@link ArabicTextNormalizer#normalize folded}) holds a
     * word that negates: one of {@link ArabicStopWords#NEGATIONS} as written, or not, never, without, n't. Not
     * with a glued و: a question's ولا is the dialects' "or" ("قابله في حلب ولا فين؟", "ولا لأ").
     */
    public static boolean negates(String folded) {
        return negates(folded, false);
    }

    /**
     * Whether {@code folded} (a sentence of an article, {@link ArabicTextNormalizer#normalize folded}) holds a word
     * that negates, also with a glued و or ف: news prose goes on from the sentence before with ولم، ولا، فلا.
     */
    public static boolean sentenceNegates(String folded) {
        return negates(folded, true);
    }

    private static boolean negates(String folded, boolean glued) {
        Matcher m = ArabicTextNormalizer.LETTER_WORD.matcher(folded.toLowerCase(Locale.ROOT).replace("n't", " not"));
        while (m.find()) {
            String word = glued ? ArabicProclitics.withoutConjunction(m.group(), 2) : m.group();
            if (ArabicStopWords.NEGATIONS.contains(word) || ENGLISH_NEGATIONS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a negation stands in the span's clause, before or after it, up to a comma or full stop. */
    private static boolean inNegatedClause(String sentence, Span span) {
        int from = span.start();
        while (from > 0 && !SpanCloseness.endsClause(sentence, from - 1)) {
            from--;
        }
        int to = span.end();
        while (to < sentence.length() && !SpanCloseness.endsClause(sentence, to)) {
            to++;
        }
        return negates(ArabicTextNormalizer.normalize(sentence.substring(from, span.start())))
                || negates(ArabicTextNormalizer.normalize(sentence.substring(span.end(), to)));
    }
}
