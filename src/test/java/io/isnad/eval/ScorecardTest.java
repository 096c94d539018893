package io.isnad.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ScorecardTest {

    /**
     * Ranks 1, 3 and none; one answer hit, one miss, one abstention; one unanswerable question
     * declined. Every expected figure below is computed by hand.
     */
    private static final List<QuestionResult> RESULTS = List.of(
            Results.answerable("ar", List.of("a"), List.of("a", "b"), List.of("a"), "x ٨٩ [1]", false, true, 10),
            Results.answerable("ar", List.of("a", "c"), List.of("b", "x", "a"), List.of("b", "a"), "wrong [1] [2]",
                    false, false, 20),
            Results.answerable("en", List.of("a"), List.of("b"), List.of(), "declined", true, false, 30),
            Results.unanswerable("en", List.of("b"), true, 40));

    @Test
    void figuresMatchHandComputedValues() {
        Map<String, Double> f = Scorecard.score(RESULTS);
        assertEquals(0.3333, f.get("recall@1"));
        assertEquals(0.6667, f.get("recall@3"));
        assertEquals(0.6667, f.get("recall@10"));
        assertEquals(0.4444, f.get("mrr@10"));
        // (1 + 0.5 / (1 + 1/log2 3) + 0) / 3
        assertEquals(0.4355, f.get("ndcg@10"));
        assertEquals(0.3333, f.get("answer_hit"));
        // "x ٨٩" and "wrong": markers are not answer text, abstentions are not answers
        assertEquals(4.5, f.get("answer_chars"));
        assertEquals(0.75, f.get("citation_precision"));
        assertEquals(0.5, f.get("citation_recall"));
        assertEquals(1.0, f.get("abstain_accuracy"));
        assertEquals(0.3333, f.get("false_abstain"));
        assertEquals(20.0, f.get("latency_p50_ms"));
        assertEquals(40.0, f.get("latency_p95_ms"));
        assertEquals(40.0, f.get("latency_max_ms"));
    }

    @Test
    void everyMetricIsReportedInOrder() {
        assertEquals(Arrays.stream(Metric.values()).map(Metric::label).toList(),
                List.copyOf(Scorecard.score(RESULTS).keySet()));
    }

    @Test
    void figuresNoQuestionMeasuresAreNull() {
        Map<String, Double> f = Scorecard.score(RESULTS.subList(0, 2));
        assertNull(f.get("abstain_accuracy"));
        Map<String, Double> onlyUnanswerable = Scorecard.score(RESULTS.subList(3, 4));
        assertNull(onlyUnanswerable.get("recall@1"));
        assertNull(onlyUnanswerable.get("answer_hit"));
        assertNull(onlyUnanswerable.get("answer_chars"));
        assertEquals(1.0, onlyUnanswerable.get("abstain_accuracy"));
    }

    @Test
    void followUpsAreScoredApart() {
        QuestionResult first = Results.answerable("en", List.of("a"), List.of("a"), List.of("a"), "x", false, true, 1);
        QuestionResult followUp = new QuestionResult("f", "en", "And then?", List.of("Who came?"), true, List.of("a"),
                1, List.of("a"), List.of("a"), "y", false, false, false, 2, "other", null, "tune", null, false, 0.0, 0.0);
        Map<String, Double> f = Scorecard.score(List.of(first, followUp));
        assertEquals(0.5, f.get("answer_hit"));
        assertEquals(0.0, f.get("followup_answer_hit"), "only the question with history counts");
        assertNull(Scorecard.score(List.of(first)).get("followup_answer_hit"));
    }

    @Test
    void percentilesUseNearestRank() {
        double[] sorted = new double[20];
        Arrays.setAll(sorted, i -> i + 1);
        assertEquals(10.0, Scorecard.percentile(sorted, 50));
        assertEquals(19.0, Scorecard.percentile(sorted, 95));
        assertEquals(7.0, Scorecard.percentile(new double[] {7}, 95));
        assertNull(Scorecard.percentile(new double[0], 50));
    }
}
