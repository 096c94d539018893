package io.isnad.retrieve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.isnad.index.ChunkHit;

class ScoreFusionTest {

    private static final List<ChunkHit> BM25 = List.of(hit(1, 12f), hit(2, 6f), hit(3, 3f));
    /** Similarities as Lucene reports them: close together, far from 0. */
    private static final List<ChunkHit> DENSE = List.of(hit(3, 0.90f), hit(4, 0.83f), hit(1, 0.80f));

    @Test
    void weightZeroKeepsTheBm25Order() {
        assertArrayEquals(new int[] {1, 2, 3, 4}, docs(ScoreFusion.weightedSum(BM25, DENSE, 0f)));
    }

    @Test
    void weightOneIsTheDenseOrderWithBm25OnlyHitsLast() {
        assertArrayEquals(new int[] {3, 4, 1, 2}, docs(ScoreFusion.weightedSum(BM25, DENSE, 1f)));
    }

    @Test
    void similaritiesAreSpreadOverTheirRangeSoTheyCanOutweighBm25() {
        List<ChunkHit> fused = ScoreFusion.weightedSum(BM25, DENSE, 0.5f);
        // doc 3: 0.5 * 3/12 + 0.5 * 1 = 0.625; doc 1: 0.5 * 1 + 0.5 * 0 = 0.5; doc 2: 0.25; doc 4: 0.5 * 0.3 = 0.15.
        assertArrayEquals(new int[] {3, 1, 2, 4}, docs(fused));
        assertEquals(0.625f, fused.get(0).score(), 1e-6);
    }

    @Test
    void aDenseHitBm25NeverFoundStillRanks() {
        List<ChunkHit> fused = ScoreFusion.weightedSum(List.of(), DENSE, 0.3f);
        assertArrayEquals(new int[] {3, 4, 1}, docs(fused));
    }

    private static ChunkHit hit(int doc, float score) {
        return new ChunkHit("file" + doc, 0, score);
    }

    private static int[] docs(List<ChunkHit> hits) {
        return hits.stream().mapToInt(h -> Integer.parseInt(h.file().substring("file".length()))).toArray();
    }
}
