package io.isnad.answer.sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

import io.isnad.ingest.TextSpan;

/**
 * Cuts a long sentence down to the clauses that answer. Wikipedia and news sentences often run to
 * 300 characters and more, chaining clauses with commas; the reader needs the clauses that hold
 * what the question asked about (and the short answer), not the whole chain. The cut is a
 * contiguous run of clauses, so the quote stays one exact span of the article.
 */
public final class ClauseCutter {

    /** Marks that end a clause: the Arabic and Latin comma and semicolon. */
    private static final String CLAUSE_ENDS = "،؛,;";
    /** Shorter clauses are joined to the next: a clause of two or three words is rarely a thought. */
    static final int MIN_CLAUSE = 25;
    /** Clauses kept on each side of the run that holds the question's words. */
    static final int CONTEXT_CLAUSES = 1;

    private ClauseCutter() {
    }

    /**
     * The clauses of {@code sentence} that answer: the shortest run that holds as much of the
     * question's evidence as the whole sentence and contains {@code [keepStart, keepEnd)} (the short
     * answer; {@code keepStart = sentence.length()} and {@code keepEnd = 0} keep nothing in
     * particular), widened by
     * {@value #CONTEXT_CLAUSES} clause on each side, since the answer is the part the question did
     * not name and often sits in the clause just before or after the words it did ("…كان موموس،
     * أول ملهى أدبي في وارسو"). When the run starts the sentence and no short answer is given, the
     * question named the sentence's subject and the rest is what is said about it ("الكعبة المشرفة
     * هي قبلة المسلمين…، وحولها يطوفون…"): nothing after it is cut. With a short answer (a date,
     * a place) the run holds what was asked, and what follows its next clause is more about the
     * subject ("جمال خاشقجي (13 أكتوبر 1958، المدينة المنورة - …)، صحفي…، رأس عدّة مناصب…"):
     * cut. The whole sentence when the cut would keep more than {@code maxShare} of its length.
     *
     * @param coverage the question's evidence found in a run of clauses (their texts), 0 to 1
     */
    public static Cut cut(String sentence, ToDoubleFunction<List<String>> coverage, int keepStart, int keepEnd,
            double maxShare) {
        Cut whole = new Cut(0, sentence.length());
        List<TextSpan> clauses = clauses(sentence);
        if (clauses.size() < 2) {
            return whole;
        }
        List<String> texts = clauses.stream().map(c -> sentence.substring(c.start(), c.end())).toList();
        double needed = coverage.applyAsDouble(texts) - 1e-9;
        int first = 0;
        int last = clauses.size() - 1;
        for (int i = 0; i < clauses.size(); i++) {
            for (int j = i; j < clauses.size(); j++) {
                int start = clauses.get(i).start();
                int end = clauses.get(j).end();
                boolean shorter = end - start < clauses.get(last).end() - clauses.get(first).start();
                if (!shorter || start > keepStart || end < keepEnd) {
                    continue;
                }
                if (coverage.applyAsDouble(texts.subList(i, j + 1)) >= needed) {
                    first = i;
                    last = j;
                }
            }
        }
        boolean shortAnswer = keepStart < keepEnd;
        int to = first == 0 && !shortAnswer ? clauses.size() - 1
                : Math.min(clauses.size() - 1, last + CONTEXT_CLAUSES);
        Cut cut = new Cut(clauses.get(Math.max(0, first - CONTEXT_CLAUSES)).start(), clauses.get(to).end());
        return cut.end() - cut.start() <= maxShare * sentence.length() ? cut : whole;
    }

    /**
     * The clauses of {@code sentence}: each ends with its comma or
     * semicolon (some gold answers and readers keep it), without the spaces around it; the last at
     * the sentence's end.
     */
    static List<TextSpan> clauses(String sentence) {
        List<TextSpan> clauses = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < sentence.length(); i++) {
            if (CLAUSE_ENDS.indexOf(sentence.charAt(i)) >= 0 && i - start >= MIN_CLAUSE
                    && sentence.length() - i > MIN_CLAUSE && !betweenDigits(sentence, i)) {
                clauses.add(TextSpan.trimmed(sentence, start, i + 1));
                start = i + 1;
            }
        }
        clauses.add(TextSpan.trimmed(sentence, start, sentence.length()));
        return clauses;
    }

    /** "17,786,419" is one number, not two clauses. */
    private static boolean betweenDigits(String s, int i) {
        return i > 0 && i + 1 < s.length() && Character.isDigit(s.charAt(i - 1)) && Character.isDigit(s.charAt(i + 1));
    }

    /**
     * A run of clauses, {@code [start, end)} in the sentence.
     */
    public record Cut(int start, int end) {

        /** Whether the cut leaves out the sentence's beginning or end. */
        public boolean partOf(String sentence) {
            return start > 0 || end < sentence.length();
        }
    }
}
