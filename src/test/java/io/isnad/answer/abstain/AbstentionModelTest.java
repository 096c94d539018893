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
                articleMissing > 0.3 ? 0 : 1, strange > 0 ? 1 : 0, strange, 0, 0, 0);
    }

    @Test
    void probabilityIsTheLogisticOfTheWeightedSum() {
        AbstentionModel model = new AbstentionModel(new double[] {2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}, -1, 0.5);
        assertEquals(1 / (1 + Math.exp(-1)), model.probability(features(1, 0, 0)), 1e-12);
        assertTrue(model.answers(features(1, 0, 0)));
        assertFalse(model.answers(features(0.2, 0, 0)));
    }

    @Test
    void thePackagedModelAnswersWellCoveredQuestionsAndDeclinesBarelyCoveredOnes() {
        AbstentionModel model = AbstentionModel.packaged();
        assertTrue(model.answers(features(0.9, 0, 0)));
        assertFalse(model.answers(features(0.1, 0.6, 0.6)));
    }

    @Test
    void thePackagedModelDeclinesAQuestionWithAWordTheCorpusNeverHolds() {
        AbstentionModel model = AbstentionModel.packaged();
        assertTrue(model.answers(features(0.5, 0.3, 0.3)));
        assertFalse(model.answers(features(0.5, 0.3, 0.3, 0.4)));
    }

    /**
     * A question of the article's words but one number, missing from the article, for an Arabic
     * question ({@code english} false) or an English one searched through FreeDict.
     */
    private static AbstentionFeatures numberSwapped(boolean english, boolean near) {
        return new AbstentionFeatures(0.7, 0.15, 0.15, 0, 0.5, 0, 0, english ? 1 : 0, 0, 0.6, 1, 1, 1, 0.05, 1, 0,
                near ? 1 : 0);
    }

    @Test
    void thePackagedModelDeclinesAMissingNumberWithANearOneInEitherLanguage() {
        AbstentionModel model = AbstentionModel.packaged();
        for (boolean english : new boolean[] {false, true}) {
            assertTrue(model.answers(numberSwapped(english, false)), () -> "english " + english);
            assertFalse(model.answers(numberSwapped(english, true)), () -> "english " + english);
        }
    }

    @Test
    void aWrongNumberOfWeightsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new AbstentionModel(new double[] {1}, 0, 0.5));
    }
}
