package io.isnad.answer;

/**
 * A sentence an answer rests on. {@code quote} equals {@code text(file).substring(start, end)}.
 *
 * @param n the marker {@code [n]} in the answer text
 * @param title the article's headline
 * @param section {@code main}, or {@code appendix} for a story appended after "read also"
 * @param score how much of the question's evidence the sentence holds, 0 to 1
 */
public record Citation(int n, String file, String title, String quote, int start, int end, double score,
        String section) {
}
