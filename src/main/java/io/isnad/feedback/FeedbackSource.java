package io.isnad.feedback;

import java.util.Locale;

/** Where a rating was given. */
public enum FeedbackSource {
    WEB, SLACK, CLI;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
