package io.isnad.retrieve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;

import org.apache.lucene.search.ScoreDoc;
import org.junit.jupiter.api.Test;

class ScoreFusionTest {

    private static final ScoreDoc[] BM25 = {hit(1, 12f), hit(2, 6f), hit(3, 3f)};
    /** Similarities as Lucene reports them: close together, far from 0. */
    private static final ScoreDoc[] DENSE = {hit(3, 0.90f), hit(4, 0.83f), hit(1, 0.80f)};

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
        ScoreDoc[] fused = ScoreFusion.weightedSum(BM25, DENSE, 0.5f);
        // doc 3: 0.5 * 3/12 + 0.5 * 1 = 0.625; doc 1: 0.5 * 1 + 0.5 * 0 = 0.5; doc 2: 0.25; doc 4: 0.5 * 0.3 = 0.15.
        assertArrayEquals(new int[] {3, 1, 2, 4}, docs(fused));
        assertEquals(0.625f, fused[0].score, 1e-6);
    }

    @Test
    void aDenseHitBm25NeverFoundStillRanks() {
        ScoreDoc[] fused = ScoreFusion.weightedSum(new ScoreDoc[0], DENSE, 0.3f);
        assertArrayEquals(new int[] {3, 4, 1}, docs(fused));
    }

    private static ScoreDoc hit(int doc, float score) {
        return new ScoreDoc(doc, score);
    }

    private static int[] docs(ScoreDoc[] hits) {
        return Arrays.stream(hits).mapToInt(h -> h.doc).toArray();
    }
}
