package io.isnad.feedback;

import java.util.Locale;
import java.util.Optional;

/** 👍 or 👎, written {@code up} and {@code down} in the file and the API. */
public enum Rating {
    UP, DOWN;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Rating> parse(String value) {
        for (Rating rating : values()) {
            if (rating.label().equals(value)) {
                return Optional.of(rating);
            }
        }
        return Optional.empty();
    }
}
