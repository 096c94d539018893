package io.isnad.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.isnad.answer.model.ModelProvider;

class AnswerConfigCheckTest {

    @Test
    void theDefaultsAreValid() {
        assertEquals(List.of(), new AnswerConfigCheck(config(0.3, 0.3, 0.75, 2, 2000, 1000, 5)).problems());
    }

    @Test
    void theBoundsThemselvesAreAccepted() {
        assertEquals(List.of(), new AnswerConfigCheck(config(0, 1, 1, 1, 0, 0, 1)).problems());
    }

    @Test
    void settingsOutOfRangeAreNamedWithTheirKeys() {
        assertEquals(List.of(
                "isnad.answer.min-evidence must be between 0 and 1, got -0.1",
                "isnad.answer.max-missing-share must be between 0 and 1, got 1.5",
                "isnad.answer.related-ratio must be between 0 and 1, got NaN",
                "isnad.answer.max-sentences must be at least 1, got 0",
                "isnad.answer.rootless-min-roots must be at least 0, got -1",
                "isnad.answer.cache-size must be at least 0, got -5",
                "isnad.answer.default-top-k must be at least 1, got 0"),
                new AnswerConfigCheck(config(-0.1, 1.5, Double.NaN, 0, -1, -5, 0)).problems());
    }

    private static AnswerConfig config(double minEvidence, double maxMissingShare, double relatedRatio,
            int maxSentences, int rootlessMinRoots, int cacheSize, int defaultTopK) {
        return new AnswerConfig() {
            public double minEvidence() {
                return minEvidence;
            }

            public double maxMissingShare() {
                return maxMissingShare;
            }

            public int maxSentences() {
                return maxSentences;
            }

            public double relatedRatio() {
                return relatedRatio;
            }

            public int rootlessMinRoots() {
                return rootlessMinRoots;
            }

            public int cacheSize() {
                return cacheSize;
            }

            public int defaultTopK() {
                return defaultTopK;
            }

            public AnswerMode mode() {
                return AnswerMode.EXTRACTIVE;
            }

            public ModelProvider provider() {
                return ModelProvider.values()[0];
            }

            public String promptsDir() {
                return "prompts";
            }

            public boolean translateQuestions() {
                return true;
            }
        };
    }
}
