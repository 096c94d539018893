package io.isnad.eval;

import java.util.List;
import java.util.Map;

/** Hand-made question results and reports for the unit tests. */
final class Results {

    private Results() {
    }

    static QuestionResult answerable(String lang, List<String> expected, List<String> retrieved, List<String> cited,
            String answer, boolean abstained, boolean answerHit, double latencyMs) {
        return typed(lang, expected, retrieved, cited, answer, abstained, answerHit, latencyMs, "other", null, 0, 0);
    }

    /** An answerable question of a type (and gold type), with its short answer scores. */
    static QuestionResult typed(String lang, List<String> expected, List<String> retrieved, List<String> cited,
            String answer, boolean abstained, boolean answerHit, double latencyMs, String type, String goldType,
            double shortAnswerEm, double shortAnswerF1) {
        Integer rank = RankingMetrics.firstRank(retrieved, expected).stream().boxed().findFirst().orElse(null);
        return new QuestionResult("q-" + latencyMs, lang, "question " + latencyMs, List.of(), true, expected, rank,
                retrieved, cited, answer, abstained, answerHit, answerHit, latencyMs, type, goldType, "tune",
                shortAnswerF1 > 0 ? "short" : null, answerHit, shortAnswerEm, shortAnswerF1);
    }

    static QuestionResult unanswerable(String lang, List<String> retrieved, boolean abstained, double latencyMs) {
        return new QuestionResult("u-" + latencyMs, lang, "question " + latencyMs, List.of(), false, List.of(), null,
                retrieved, List.of(), abstained ? "declined" : "an answer", abstained, null, abstained, latencyMs, "other",
                null, "check", null, null, null, null);
    }

    static EvalReport report(List<QuestionResult> results) {
        return new EvalReport(EvalReport.SCHEMA,
                new EvalReport.Settings("corpus", "set.jsonl", 10, "as_retrieved", Map.of("isnad.x", "1"), "now", "all",
                        false),
                Map.of(EvalReport.ALL, new EvalReport.Counts(results.size(), 0, 0)),
                Map.of(EvalReport.ALL, Scorecard.score(results)),
                new EvalReport.Cost(100, 2, 0, 10, 100, 50, 40, 80), List.of(), results,
                TypeBreakdown.byType(results, QuestionResult::questionType),
                TypeBreakdown.byType(results, QuestionResult::goldType), Map.of());
    }
}
