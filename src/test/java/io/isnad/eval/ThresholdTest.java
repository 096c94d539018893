package io.isnad.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ThresholdTest {

    private static final EvalReport REPORT = Results.report(List.of(
            Results.answerable("ar", List.of("a"), List.of("a"), List.of("a"), "a", false, true, 10),
            Results.answerable("ar", List.of("a"), List.of("b", "a"), List.of("b"), "b", false, false, 20)));

    @Test
    void parsesOverallAndPerLanguageNames() throws EvalInputException {
        assertEquals(new Threshold("all", Metric.RECALL_1, Threshold.Bound.MIN, 0.9),
                Threshold.parse("recall@1=0.9", Threshold.Bound.MIN));
        Threshold perLanguage = Threshold.parse("ar.mrr@10=0.95", Threshold.Bound.MIN);
        assertEquals(new Threshold("ar", Metric.MRR_10, Threshold.Bound.MIN, 0.95), perLanguage);
        assertEquals("ar.mrr@10", perLanguage.name());
    }

    @Test
    void badThresholdsAreRejectedWithTheReason() {
        assertTrue(reject("recal@1=0.9").startsWith("unknown metric 'recal@1' in threshold 'recal@1=0.9'; known metrics: recall@1, "));
        assertTrue(reject("fr.recall@1=0.5").startsWith("unknown group 'fr'"));
        assertTrue(reject("recall@1").contains("must look like METRIC=VALUE"));
        assertEquals("threshold 'recall@1=high': 'high' is not a number", reject("recall@1=high"));
        assertEquals("threshold 'recall@1=NaN': 'NaN' is not a number", reject("recall@1=NaN"));
    }

    @Test
    void minimumAndMaximumAreCheckedAgainstTheReport() throws EvalInputException {
        // recall@1 = 0.5, answer_hit = 0.5, false_abstain = 0
        assertEquals(Optional.empty(), Threshold.parse("recall@1=0.5", Threshold.Bound.MIN).missedBy(REPORT));
        assertEquals(Optional.of("recall@1 = 0.5, min 0.6"),
                Threshold.parse("recall@1=0.6", Threshold.Bound.MIN).missedBy(REPORT));
        assertEquals(Optional.of("answer_hit = 0.5, max 0.25"),
                Threshold.parse("answer_hit=0.25", Threshold.Bound.MAX).missedBy(REPORT));
        assertEquals(Optional.empty(), Threshold.parse("false_abstain=0", Threshold.Bound.MAX).missedBy(REPORT));
    }

    @Test
    void aFigureNothingMeasuredMissesTheGate() throws EvalInputException {
        assertEquals(Optional.of("abstain_accuracy not measured (no questions it applies to), min 0.9"),
                Threshold.parse("abstain_accuracy=0.9", Threshold.Bound.MIN).missedBy(REPORT));
        assertEquals(Optional.of("en.recall@1 not measured (no questions it applies to), min 0.1"),
                Threshold.parse("en.recall@1=0.1", Threshold.Bound.MIN).missedBy(REPORT));
    }

    @Test
    void perLanguageThresholdNeedsQuestionsInThatLanguage() throws EvalInputException {
        QuestionSet arabicOnly = new QuestionSet("set.jsonl", List.of(new EvalQuestion("q1", "ar", "سؤال", List.of(),
                List.of("a"), List.of("x"), true)), List.of());
        Threshold english = Threshold.parse("en.recall@1=0.1", Threshold.Bound.MIN);
        EvalInputException e = assertThrows(EvalInputException.class, () -> english.requireMeasurable(arabicOnly));
        assertEquals("threshold en.recall@1: set.jsonl has no 'en' questions", e.getMessage());
        Threshold.parse("ar.recall@1=0.1", Threshold.Bound.MIN).requireMeasurable(arabicOnly);
    }

    private static String reject(String spec) {
        return assertThrows(EvalInputException.class, () -> Threshold.parse(spec, Threshold.Bound.MIN)).getMessage();
    }
}
