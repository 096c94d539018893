package io.isnad.answer;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.StartupEvent;

/**
 * Refuses to start with an answer-stage setting out of its range, naming the key: a share above 1
 * would let no sentence join or be judged, a count of 0 would answer nothing. Checked here rather
 * than with Bean Validation annotations on {@link AnswerConfig}, for the start-up cost {@code
 * ApiConfigCheck} explains.
 */
@ApplicationScoped
class AnswerConfigCheck {

    void check(@Observes StartupEvent start, AnswerConfig config) {
        List<String> problems = problems(config);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Invalid answer configuration: " + String.join("; ", problems));
        }
    }

    static List<String> problems(AnswerConfig config) {
        List<String> problems = new ArrayList<>();
        share(problems, "isnad.answer.min-evidence", config.minEvidence());
        share(problems, "isnad.answer.max-missing-share", config.maxMissingShare());
        share(problems, "isnad.answer.related-ratio", config.relatedRatio());
        count(problems, "isnad.answer.max-sentences", config.maxSentences(), 1);
        count(problems, "isnad.answer.rootless-min-roots", config.rootlessMinRoots(), 0);
        count(problems, "isnad.answer.cache-size", config.cacheSize(), 0);
        count(problems, "isnad.answer.default-top-k", config.defaultTopK(), 1);
        return problems;
    }

    private static void share(List<String> problems, String key, double value) {
        if (!(value >= 0 && value <= 1)) {
            problems.add(key + " must be between 0 and 1, got " + value);
        }
    }

    private static void count(List<String> problems, String key, int value, int min) {
        if (value < min) {
            problems.add(key + " must be at least " + min + ", got " + value);
        }
    }
}
