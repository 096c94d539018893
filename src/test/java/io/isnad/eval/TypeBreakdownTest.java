package io.isnad.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class TypeBreakdownTest {

    private static QuestionResult typed(String type, String gold, boolean hit, double em, double f1) {
        return Results.typed("ar", List.of("a"), List.of("a"), List.of("a"), "x [1]", false, hit, 1, type, gold, em,
                f1);
    }

    @Test
    void figuresArePerTypeInTypeOrder() {
        List<QuestionResult> results = List.of(typed("number", "number", true, 1, 1),
                typed("date", "number", false, 0, 0.5), typed("number", null, true, 0, 0.5),
                typed("custom", null, false, 0, 0));
        Map<String, EvalReport.TypeFigures> byType = TypeBreakdown.byType(results, QuestionResult::questionType);
        assertEquals(List.of("date", "number", "custom"), List.copyOf(byType.keySet()),
                "known types in their order, unknown ones after");
        EvalReport.TypeFigures number = byType.get("number");
        assertEquals(2, number.counts().questions());
        assertEquals(0.5, number.metrics().get("short_answer_em"));
        assertEquals(0.75, number.metrics().get("short_answer_f1"));
        assertEquals(1.0, number.metrics().get("answer_hit"));
        assertEquals(0.0, byType.get("date").metrics().get("answer_hit"));

        Map<String, EvalReport.TypeFigures> byGold = TypeBreakdown.byType(results, QuestionResult::goldType);
        assertEquals(List.of("number"), List.copyOf(byGold.keySet()), "questions without a gold type are left out");
        assertEquals(0.5, byGold.get("number").metrics().get("short_answer_em"));
    }

    @Test
    void thresholdsReachTypeAndGoldTypeGroups() throws Exception {
        EvalReport report = Results.report(List.of(typed("number", "date", true, 1, 1), typed("date", "date", false, 0,
                0)));
        assertEquals(1.0, report.value("number", Metric.SHORT_ANSWER_EM).orElseThrow());
        assertEquals(0.5, report.value("gold-date", Metric.SHORT_ANSWER_EM).orElseThrow());
        assertTrue(Threshold.parse("gold-date.short_answer_em=0.6", Threshold.Bound.MIN).missedBy(report).isPresent());
        assertTrue(Threshold.parse("number.short_answer_em=0.6", Threshold.Bound.MIN).missedBy(report).isEmpty());
        assertTrue(report.value("place", Metric.SHORT_ANSWER_EM).isEmpty());
    }
}
