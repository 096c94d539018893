package io.isnad.answer;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.isnad.config.ConfigProblems;
import io.quarkus.runtime.StartupEvent;

/**
 * Refuses to start with an answer-stage setting out of its range, naming the key: a share above 1
 * would let no sentence join or be judged, a count of 0 would answer nothing.
 */
@ApplicationScoped
class AnswerConfigCheck {

    void check(@Observes StartupEvent start, AnswerConfig config) {
        ConfigProblems.refuseStartOn("answer", problems(config));
    }

    static List<String> problems(AnswerConfig config) {
        return new ConfigProblems()
                .share("isnad.answer.min-evidence", config.minEvidence())
                .share("isnad.answer.max-missing-share", config.maxMissingShare())
                .share("isnad.answer.related-ratio", config.relatedRatio())
                .atLeast("isnad.answer.max-sentences", config.maxSentences(), 1)
                .atLeast("isnad.answer.rootless-min-roots", config.rootlessMinRoots(), 0)
                .atLeast("isnad.answer.cache-size", config.cacheSize(), 0)
                .atLeast("isnad.answer.default-top-k", config.defaultTopK(), 1)
                .list();
    }
}
