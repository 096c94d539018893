package io.isnad.retrieve;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.isnad.index.ChunkHit;
import io.isnad.index.Snapshot;
import io.isnad.index.embedding.Embedder;

/**
 * Fuses BM25's ranking with the embedding model's: each chunk scores
 * {@code (1 - weight) * bm25 + weight * similarity}, both scaled to [0, 1] within their own list.
 * BM25 is scaled to its best hit, since a chunk sharing no word with the question scores 0;
 * similarity is scaled min-max, since unrelated text is far from similarity 0 and how far depends on
 * the model. A chunk missing from one list gets 0 from it, so dense retrieval can bring in chunks
 * BM25 never found.
 */
final class ScoreFusion {

    private static final Comparator<ChunkHit> BEST_FIRST = Comparator.comparingDouble((ChunkHit hit) -> -hit.score())
            .thenComparing(ChunkHit::file).thenComparingInt(ChunkHit::chunk);

    private ScoreFusion() {
    }

    /**
     * {@code lexical} fused with the {@code k} chunks nearest to the question's embedding; {@code
     * lexical} unchanged when the weight is 0 or the model fails on the question.
     */
    static List<ChunkHit> withDense(Snapshot snapshot, Embedder embedder, String question, List<ChunkHit> lexical,
            int k) {
        if (embedder.weight() <= 0) {
            return lexical;
        }
        Optional<float[]> vector = embedder.embedQuery(question);
        if (vector.isEmpty()) {
            return lexical;
        }
        List<ChunkHit> dense = snapshot.nearest(vector.get(), k);
        // No chunk has vectors yet (every file failed to embed): nothing to fuse.
        return dense.isEmpty() ? lexical : weightedSum(lexical, dense, embedder.weight());
    }

    static List<ChunkHit> weightedSum(List<ChunkHit> lexical, List<ChunkHit> dense, float weight) {
        Map<ChunkKey, Float> fused = new LinkedHashMap<>();
        float best = 0;
        for (ChunkHit hit : lexical) {
            best = Math.max(best, hit.score());
        }
        for (ChunkHit hit : lexical) {
            fused.merge(ChunkKey.of(hit), best > 0 ? (1 - weight) * hit.score() / best : 0, Float::sum);
        }
        float max = Float.NEGATIVE_INFINITY;
        float min = Float.POSITIVE_INFINITY;
        for (ChunkHit hit : dense) {
            max = Math.max(max, hit.score());
            min = Math.min(min, hit.score());
        }
        for (ChunkHit hit : dense) {
            float scaled = max > min ? (hit.score() - min) / (max - min) : 1;
            fused.merge(ChunkKey.of(hit), weight * scaled, Float::sum);
        }
        return fused.entrySet().stream().map(e -> new ChunkHit(e.getKey().file(), e.getKey().chunk(), e.getValue()))
                .sorted(BEST_FIRST).toList();
    }

    private record ChunkKey(String file, int chunk) {
        static ChunkKey of(ChunkHit hit) {
            return new ChunkKey(hit.file(), hit.chunk());
        }
    }
}
