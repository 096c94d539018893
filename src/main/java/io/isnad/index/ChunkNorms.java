package io.isnad.index;

import org.apache.lucene.index.FieldInvertState;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.PerFieldSimilarityWrapper;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.SmallFloat;

/**
 * The similarity the index writer computes length norms with: BM25's for every field, except the
 * n-gram field, whose chunks are written as {@link TokenRun#summed() summed} runs (each distinct
 * gram once with its count). BM25's norm of that field is its number of positions (the grams
 * stacked on a word at increment 0 are overlaps); a summed run carries that number as the sum of
 * its position increments, so the norm is read from the last position instead, which gives the
 * norm the field had when every gram was a token of its own. Searching is unchanged: searchers
 * keep Lucene's default BM25, which decodes the norms the same way.
 */
final class ChunkNorms extends PerFieldSimilarityWrapper {

    private final Similarity bm25 = new BM25Similarity();
    private final Similarity grams = new BM25Similarity() {
        @Override
        public long computeNorm(FieldInvertState state) {
            // Positions start at -1 and the field has no position increment gap: the last is the count less one.
            return SmallFloat.intToByte4(state.getPosition() + 1);
        }
    };

    @Override
    public Similarity get(String field) {
        return IndexField.GRAMS.field().equals(field) ? grams : bm25;
    }
}
