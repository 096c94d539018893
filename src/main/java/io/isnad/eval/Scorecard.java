package io.isnad.eval;

import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * Turns question results into the figures of {@link Metric}. A figure no question can measure
 * (abstention accuracy of a set without unanswerable questions) is null, never a made-up 0 or 1.
 */
public final class Scorecard {

    private static final int CUTOFF = 10;
    private static final Map<Metric, Integer> RECALL_CUTOFFS = new EnumMap<>(Map.of(Metric.RECALL_1, 1,
            Metric.RECALL_3, 3, Metric.RECALL_5, 5, Metric.RECALL_10, 10));

    private Scorecard() {
    }

    /** Every metric over {@code results}, in {@link Metric} order, rounded to 4 decimals. */
    public static Map<String, Double> score(List<QuestionResult> results) {
        List<QuestionResult> answerable = results.stream().filter(QuestionResult::answerable).toList();
        List<QuestionResult> unanswerable = results.stream().filter(r -> !r.answerable()).toList();
        List<QuestionResult> answered = results.stream().filter(r -> !r.abstained()).toList();
        double[] latencies = results.stream().mapToDouble(QuestionResult::latencyMs).sorted().toArray();

        Map<String, Double> figures = new LinkedHashMap<>();
        RECALL_CUTOFFS.forEach((metric, n) -> figures.put(metric.label(), mean(answerable,
                r -> RankingMetrics.recallAt(n, r.retrievedFiles(), r.expectedFiles()))));
        figures.put(Metric.MRR_10.label(), mean(answerable,
                r -> RankingMetrics.reciprocalRank(CUTOFF, r.retrievedFiles(), r.expectedFiles())));
        figures.put(Metric.NDCG_10.label(), mean(answerable,
                r -> RankingMetrics.ndcg(CUTOFF, r.retrievedFiles(), r.expectedFiles())));
        figures.put(Metric.ANSWER_HIT.label(), mean(answerable.stream().filter(r -> r.answerHit() != null).toList(),
                r -> r.answerHit() ? 1 : 0));
        figures.put(Metric.ANSWER_HIT_FIRST.label(), mean(
                answerable.stream().filter(r -> r.answerHitFirst() != null).toList(), r -> r.answerHitFirst() ? 1 : 0));
        figures.put(Metric.FOLLOWUP_ANSWER_HIT.label(), mean(answerable.stream()
                .filter(r -> r.answerHit() != null && !r.history().isEmpty()).toList(), r -> r.answerHit() ? 1 : 0));
        List<QuestionResult> withGold = answerable.stream().filter(r -> r.shortAnswerEm() != null).toList();
        figures.put(Metric.SHORT_ANSWER_EM.label(), mean(withGold, QuestionResult::shortAnswerEm));
        figures.put(Metric.SHORT_ANSWER_F1.label(), mean(withGold, QuestionResult::shortAnswerF1));
        figures.put(Metric.ANSWER_CHARS.label(), mean(answered, r -> AnswerMatcher.answerText(r.answer()).length()));
        figures.put(Metric.CITATION_PRECISION.label(), mean(
                answerable.stream().filter(r -> !r.citedFiles().isEmpty()).toList(),
                r -> share(r.citedFiles(), r.expectedFiles())));
        figures.put(Metric.CITATION_RECALL.label(), mean(answerable, r -> share(r.expectedFiles(), r.citedFiles())));
        figures.put(Metric.ABSTAIN_ACCURACY.label(), mean(unanswerable, is(QuestionResult::abstained)));
        figures.put(Metric.FALSE_ABSTAIN.label(), mean(answerable, is(QuestionResult::abstained)));
        figures.put(Metric.LATENCY_P50.label(), percentile(latencies, 50));
        figures.put(Metric.LATENCY_P95.label(), percentile(latencies, 95));
        figures.put(Metric.LATENCY_MAX.label(), latencies.length == 0 ? null : round(latencies[latencies.length - 1]));
        return figures;
    }

    /** Nearest-rank percentile of ascending {@code sorted}: the smallest value with p% at or below it. */
    static Double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return null;
        }
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return round(sorted[Math.max(rank, 1) - 1]);
    }

    /** Share of {@code items} that are in {@code within}. */
    private static double share(Collection<String> items, Collection<String> within) {
        return (double) items.stream().filter(within::contains).count() / items.size();
    }

    private static ToDoubleFunction<QuestionResult> is(Predicate<QuestionResult> test) {
        return r -> test.test(r) ? 1 : 0;
    }

    private static Double mean(List<QuestionResult> results, ToDoubleFunction<QuestionResult> value) {
        if (results.isEmpty()) {
            return null;
        }
        return round(results.stream().mapToDouble(value).average().orElseThrow());
    }

    /** Rounded to the 4 decimals of every reported figure. */
    static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
