package io.isnad.config;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;

/**
 * A configuration mapping read as the service reads it, with its own defaults, from the given
 * keys, so a start-up check is tested against the real mapping rather than a hand-written stand-in.
 */
public final class Mappings {

    private Mappings() {
    }

    /** {@code mapping} with {@code keysAndValues} (key, value, key, value...) set over its defaults. */
    public static <T> T of(Class<T> mapping, String... keysAndValues) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            values.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return new SmallRyeConfigBuilder().withMapping(mapping)
                // Quarkus's own reading of durations ("30M", "30s"), as the service has it.
                .withConverter(Duration.class, 200, new DurationConverter())
                .withSources(new PropertiesConfigSource(values, "test", 500))
                .build().getConfigMapping(mapping);
    }
}
