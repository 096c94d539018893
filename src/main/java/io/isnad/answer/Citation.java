package io.isnad.answer;

import io.isnad.ingest.Article;
import io.isnad.ingest.Sentence;

/**
 * A sentence an answer rests on, or a part of it. {@code quote} equals
 * {@code text(file).substring(start, end)}. A long sentence quoted in two parts ("subject … [1]
 * …asked clause… [2]") has two citations into the same sentence.
 *
 * @param n the marker {@code [n]} in the answer text
 * @param title the article's headline
 * @param section {@code main}, or {@code appendix} for a story appended after "read also"
 * @param score how much of the question's evidence the sentence holds, 0 to 1
 */
public record Citation(int n, String file, String title, String quote, int start, int end, double score,
        String section) {

    /** The citation {@code [n]} quoting {@code sentence} of {@code article}, its score rounded for display. */
    public static Citation of(int n, Article article, Sentence sentence, double score) {
        return of(n, article, sentence, score, 0, sentence.text().length());
    }

    /**
     * The citation {@code [n]} quoting the part {@code [from, to)} of {@code sentence} (offsets in the
     * sentence): the clauses of a long sentence that answer.
     */
    public static Citation of(int n, Article article, Sentence sentence, double score, int from, int to) {
        return new Citation(n, article.file(), article.title(), sentence.text().substring(from, to),
                sentence.start() + from, sentence.start() + to, Math.round(score * 1000) / 1000.0,
                sentence.section().label());
    }

    /** Whether this quotes (a part of) the sentence {@code sentence} of the article {@code file}. */
    public boolean quotes(String file, Sentence sentence) {
        return this.file.equals(file) && start < sentence.end() && sentence.start() < end;
    }

    /** The same quote under the marker {@code [n]}: a line given to the model is cited under its number there. */
    public Citation numbered(int n) {
        return new Citation(n, file, title, quote, start, end, score, section);
    }
}
