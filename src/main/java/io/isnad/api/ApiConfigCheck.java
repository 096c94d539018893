package io.isnad.api;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.StartupEvent;

/**
 * Refuses to start with an HTTP limit out of its range, naming the key. Checked here rather than
 * with Bean Validation annotations on {@link ApiConfig}: one constrained mapping makes Quarkus build
 * a validator over every configuration mapping of every extension (177 of them) on each start, the
 * largest single cost of the main thread's start-up (docs/performance.md, "Fourth round").
 */
@ApplicationScoped
class ApiConfigCheck {

    void check(@Observes StartupEvent start, ApiConfig config) {
        List<String> problems = problems(config);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Invalid HTTP configuration: " + String.join("; ", problems));
        }
    }

    static List<String> problems(ApiConfig config) {
        List<String> problems = new ArrayList<>();
        inRange(problems, "isnad.api.max-body-bytes", config.maxBodyBytes(), 1024, Long.MAX_VALUE);
        inRange(problems, "isnad.api.max-uri-length", config.maxUriLength(), 256, 1_048_576);
        inRange(problems, "isnad.api.max-header-bytes", config.maxHeaderBytes(), 1024, 1_048_576);
        inRange(problems, "isnad.api.eval.max-body-bytes", config.eval().maxBodyBytes(), 1024, 16_777_216);
        inRange(problems, "isnad.api.eval.max-questions", config.eval().maxQuestions(), 1, Integer.MAX_VALUE);
        inRange(problems, "isnad.api.eval.retry-after-seconds", config.eval().retryAfterSeconds(), 1, Integer.MAX_VALUE);
        return problems;
    }

    private static void inRange(List<String> problems, String key, long value, long min, long max) {
        if (value < min || value > max) {
            problems.add(key + (max == Long.MAX_VALUE || max == Integer.MAX_VALUE ? " must be at least " + min
                    : " must be between " + min + " and " + max) + ", got " + value);
        }
    }
}
