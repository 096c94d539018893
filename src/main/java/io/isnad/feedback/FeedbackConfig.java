package io.isnad.feedback;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the feedback store ({@code isnad.feedback.*}). */
@ConfigMapping(prefix = "isnad.feedback")
public interface FeedbackConfig {

    /** The append-only JSON Lines file (relative to the working directory); created with its folder on first use. */
    @WithDefault("data/feedback.jsonl")
    String file();
}
