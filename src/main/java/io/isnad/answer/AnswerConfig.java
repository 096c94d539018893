package io.isnad.answer;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the answer stage ({@code isnad.answer.*}). */
@ConfigMapping(prefix = "isnad.answer")
public interface AnswerConfig {

    /**
     * Share of the question's weighted evidence (0 to 1) the best sentence must hold; below it the
     * service says the articles do not answer. Tuned on the seeds-dev question set.
     */
    @WithDefault("0.4")
    double minEvidence();

    /** Most sentences in an extractive answer. */
    @WithDefault("3")
    int maxSentences();

    /**
     * A further sentence joins the answer (or cites the same fact from another article) when its
     * evidence is at least this share of the best sentence's.
     */
    @WithDefault("0.75")
    double relatedRatio();

    /** Default number of passages returned. */
    @WithDefault("5")
    int defaultTopK();

    default ExtractiveSettings extractive() {
        return new ExtractiveSettings(minEvidence(), maxSentences(), relatedRatio());
    }
}
