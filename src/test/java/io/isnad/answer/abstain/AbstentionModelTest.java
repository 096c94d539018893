package io.isnad.answer.abstain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AbstentionModelTest {

    private static AbstentionFeatures features(double coverage, double largestMissing, double articleMissing) {
        return features(coverage, largestMissing, articleMissing, 0);
    }

    /** A question whose best sentence holds {@code coverage} of it; {@code strange} > 0: it holds an unknown word. */
    private static AbstentionFeatures features(double coverage, double largestMissing, double articleMissing,
            double strange) {
        return new AbstentionFeatures(coverage, largestMissing, articleMissing, 0, 0.5, 0, 0, 0, 0, coverage, 1,
                articleMissing > 0.3 ? 0 : 1, strange > 0 ? 1 : 0, strange, 0, 0);
    }

    @Test
    void probabilityIsTheLogisticOfTheWeightedSum() {
        AbstentionModel model = new AbstentionModel(new double[] {2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}, -1, 0.5);
        assertEquals(1 / (1 + Math.exp(-1)), model.probability(features(1, 0, 0)), 1e-12);
        assertTrue(model.answers(features(1, 0, 0), 0));
        assertFalse(model.answers(features(0.2, 0, 0), 0));
    }

    @Test
    void aPassingMentionsBarAboveTheOperatingPointDeclinesWhatTheOperatingPointAloneAnswers() {
        AbstentionModel model = new AbstentionModel(new double[] {2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}, -1, 0.5);
        // 1 / (1 + e^-1) = 0.731: over the operating point, under the long story's bar 0.85.
        assertTrue(model.answers(features(1, 0, 0), 0.52));
        assertFalse(model.answers(features(1, 0, 0), 0.85));
        assertTrue(model.answers(features(1, 0, 0), 0.731));
        // A bar under the operating point does not lower it: 1 / (1 + e^0.6) = 0.354.
        assertFalse(model.answers(features(0.2, 0, 0), 0.3));
    }

    @Test
    void thePackagedModelAnswersWellCoveredQuestionsAndDeclinesBarelyCoveredOnes() {
        AbstentionModel model = AbstentionModel.packaged();
        assertTrue(model.answers(features(0.9, 0, 0), 0));
        assertFalse(model.answers(features(0.1, 0.6, 0.6), 0));
    }

    @Test
    void thePackagedModelDeclinesAQuestionWithAWordTheCorpusNeverHolds() {
        AbstentionModel model = AbstentionModel.packaged();
        assertTrue(model.answers(features(0.5, 0.3, 0.3), 0));
        assertFalse(model.answers(features(0.5, 0.3, 0.3, 0.4), 0));
    }

    @Test
    void aWrongNumberOfWeightsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new AbstentionModel(new double[] {1}, 0, 0.5));
    }

    @Test
    void theWeightsGivenOutAreACopySoTheRefitCannotChangeTheModel() {
        AbstentionModel model = new AbstentionModel(new double[] {2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}, -1, 0.5);
        double[] weights = model.weights();
        weights[0] = 0;
        assertEquals(2, model.weights()[0]);
        assertEquals(-1, model.bias());
        assertEquals(1 / (1 + Math.exp(-1)), model.probability(features(1, 0, 0)), 1e-12);
    }
}
