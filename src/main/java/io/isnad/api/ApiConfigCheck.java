package io.isnad.api;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.isnad.config.ConfigProblems;
import io.isnad.config.StageConfigCheck;

/** Finds every HTTP limit out of its range, naming its key. */
@ApplicationScoped
class ApiConfigCheck implements StageConfigCheck {

    private final ApiConfig config;

    ApiConfigCheck(ApiConfig config) {
        this.config = config;
    }

    @Override
    public List<String> problems() {
        return new ConfigProblems()
                .atLeast("isnad.api.max-body-bytes", config.maxBodyBytes(), 1024)
                .between("isnad.api.max-uri-length", config.maxUriLength(), 256, 1_048_576)
                .between("isnad.api.max-header-bytes", config.maxHeaderBytes(), 1024, 1_048_576)
                .between("isnad.api.eval.max-body-bytes", config.eval().maxBodyBytes(), 1024, 16_777_216)
                .atLeast("isnad.api.eval.max-questions", config.eval().maxQuestions(), 1)
                .atLeast("isnad.api.eval.retry-after-seconds", config.eval().retryAfterSeconds(), 1)
                .list();
    }
}
