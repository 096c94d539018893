package io.isnad.retrieve;

import java.util.List;

/**
 * The outcome of one search: the analysed query and the passages, best first.
 *
 * @param scorer the question's evidence scorer the passages were re-ranked with, holding the
 *        matches of every sentence it scored: the answer stage scores with it (or a
 *        {@linkplain EvidenceScorer#reweighted reweighted} copy) instead of matching those
 *        sentences again. Belongs to one question: not thread-safe.
 * @param dictionary whether an English question was translated with a general dictionary (FreeDict)
 *        at hand, not the built-in lists alone; false for an Arabic question
 * @param rescoreWeight the weight the passages' scores add their best sentence's share of the question's evidence
 *        with ({@code isnad.retrieve.rescore-weight}, or {@code translated-rescore-weight} for an English question):
 *        the scale a reader of {@link Passage#score} needs; 0 when the passages keep their BM25 scores
 */
public record Retrieval(AnalyzedQuery query, List<Passage> passages, double millis, EvidenceScorer scorer,
        boolean dictionary, double rescoreWeight) {
}
