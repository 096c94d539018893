package io.isnad.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

import org.junit.jupiter.api.Test;

class RankingMetricsTest {

    private static final double EPS = 1e-9;

    @Test
    void expectedFileRankedFirstScoresFullMarks() {
        List<String> ranked = List.of("a", "b", "c");
        assertEquals(OptionalInt.of(1), RankingMetrics.firstRank(ranked, Set.of("a")));
        assertEquals(1, RankingMetrics.recallAt(1, ranked, Set.of("a")), EPS);
        assertEquals(1, RankingMetrics.reciprocalRank(10, ranked, Set.of("a")), EPS);
        assertEquals(1, RankingMetrics.ndcg(10, ranked, Set.of("a")), EPS);
    }

    @Test
    void expectedFileAtRankThree() {
        List<String> ranked = List.of("x", "y", "a", "z");
        assertEquals(OptionalInt.of(3), RankingMetrics.firstRank(ranked, Set.of("a")));
        assertEquals(0, RankingMetrics.recallAt(1, ranked, Set.of("a")), EPS);
        assertEquals(1, RankingMetrics.recallAt(3, ranked, Set.of("a")), EPS);
        assertEquals(1.0 / 3, RankingMetrics.reciprocalRank(10, ranked, Set.of("a")), EPS);
        // gain at rank 3 = 1 / log2(4) = 0.5; the ideal ranking gains 1
        assertEquals(0.5, RankingMetrics.ndcg(10, ranked, Set.of("a")), EPS);
    }

    @Test
    void expectedFileNotRetrievedScoresZero() {
        List<String> ranked = List.of("x", "y");
        assertEquals(OptionalInt.empty(), RankingMetrics.firstRank(ranked, Set.of("a")));
        assertEquals(0, RankingMetrics.recallAt(10, ranked, Set.of("a")), EPS);
        assertEquals(0, RankingMetrics.reciprocalRank(10, ranked, Set.of("a")), EPS);
        assertEquals(0, RankingMetrics.ndcg(10, ranked, Set.of("a")), EPS);
    }

    @Test
    void cutoffIgnoresFilesBeyondIt() {
        List<String> ranked = List.of("f1", "f2", "f3", "f4", "f5", "f6", "f7", "f8", "f9", "f10", "a");
        assertEquals(OptionalInt.of(11), RankingMetrics.firstRank(ranked, Set.of("a")));
        assertEquals(0, RankingMetrics.recallAt(10, ranked, Set.of("a")), EPS);
        assertEquals(0, RankingMetrics.reciprocalRank(10, ranked, Set.of("a")), EPS);
        assertEquals(0, RankingMetrics.ndcg(10, ranked, Set.of("a")), EPS);
    }

    @Test
    void ndcgWithSeveralRelevantFilesRewardsFindingThemAll() {
        // dcg = 1/log2(2) + 1/log2(4) = 1.5; ideal = 1/log2(2) + 1/log2(3) = 1.6309...
        double expected = 1.5 / (1 + 1 / log2(3));
        assertEquals(expected, RankingMetrics.ndcg(10, List.of("a", "x", "b"), List.of("a", "b")), EPS);
        assertEquals(0.9197, RankingMetrics.ndcg(10, List.of("a", "x", "b"), List.of("a", "b")), 1e-4);
        // only one of two found, first: 1 / 1.6309
        assertEquals(1 / (1 + 1 / log2(3)), RankingMetrics.ndcg(10, List.of("a", "x"), List.of("a", "b")), EPS);
        // both found, ideal order
        assertEquals(1, RankingMetrics.ndcg(10, List.of("b", "a", "x"), List.of("a", "b")), EPS);
        // a file listed twice is still one relevant file
        assertEquals(1, RankingMetrics.ndcg(10, List.of("a"), List.of("a", "a")), EPS);
    }

    @Test
    void distinctFilesKeepFirstOccurrenceOrder() {
        assertEquals(List.of("a", "b", "c"), RankingMetrics.distinctFiles(List.of("a", "a", "b", "a", "c")));
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
