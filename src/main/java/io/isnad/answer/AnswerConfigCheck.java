package io.isnad.answer;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.isnad.config.ConfigProblems;
import io.isnad.config.StageConfigCheck;

/**
 * Finds every answer-stage setting out of its range, naming its key: a share above 1
 * would let no sentence join or be judged, a count of 0 would answer nothing.
 */
@ApplicationScoped
class AnswerConfigCheck implements StageConfigCheck {

    private final AnswerConfig config;

    AnswerConfigCheck(AnswerConfig config) {
        this.config = config;
    }

    @Override
    public List<String> problems() {
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
