package io.isnad.retrieve;

import java.io.IOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;

import io.isnad.index.embedding.Embedder;
import io.isnad.index.embedding.VectorField;

/**
 * Fuses BM25's ranking with the embedding model's: each chunk scores
 * {@code (1 - weight) * bm25 + weight * similarity}, both scaled to [0, 1] within their own list.
 * BM25 is scaled to its best hit, since a chunk sharing no word with the question scores 0;
 * similarity is scaled min-max, since unrelated text is far from similarity 0 and how far depends on
 * the model. A chunk missing from one list gets 0 from it, so dense retrieval can bring in chunks
 * BM25 never found.
 */
final class ScoreFusion {

    private static final Comparator<ScoreDoc> BEST_FIRST = Comparator.<ScoreDoc>comparingDouble(hit -> hit.score)
            .reversed().thenComparingInt(hit -> hit.doc);

    private ScoreFusion() {
    }

    /**
     * {@code lexical} fused with the {@code k} chunks nearest to the question's embedding; {@code
     * lexical} unchanged when the weight is 0 or the model fails on the question.
     */
    static ScoreDoc[] withDense(IndexSearcher searcher, Embedder embedder, String question, ScoreDoc[] lexical, int k)
            throws IOException {
        if (embedder.weight() <= 0) {
            return lexical;
        }
        Optional<float[]> vector = embedder.embedQuery(question);
        if (vector.isEmpty()) {
            return lexical;
        }
        ScoreDoc[] dense = searcher.search(VectorField.nearest(vector.get(), k), k).scoreDocs;
        // No chunk has vectors yet (every file failed to embed): nothing to fuse.
        return dense.length == 0 ? lexical : weightedSum(lexical, dense, embedder.weight());
    }

    static ScoreDoc[] weightedSum(ScoreDoc[] lexical, ScoreDoc[] dense, float weight) {
        Map<Integer, Float> fused = new HashMap<>();
        float best = 0;
        for (ScoreDoc hit : lexical) {
            best = Math.max(best, hit.score);
        }
        for (ScoreDoc hit : lexical) {
            fused.merge(hit.doc, best > 0 ? (1 - weight) * hit.score / best : 0, Float::sum);
        }
        float max = Float.NEGATIVE_INFINITY;
        float min = Float.POSITIVE_INFINITY;
        for (ScoreDoc hit : dense) {
            max = Math.max(max, hit.score);
            min = Math.min(min, hit.score);
        }
        for (ScoreDoc hit : dense) {
            float scaled = max > min ? (hit.score - min) / (max - min) : 1;
            fused.merge(hit.doc, weight * scaled, Float::sum);
        }
        return fused.entrySet().stream().map(e -> new ScoreDoc(e.getKey(), e.getValue())).sorted(BEST_FIRST)
                .toArray(ScoreDoc[]::new);
    }
}
