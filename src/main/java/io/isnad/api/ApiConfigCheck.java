package io.isnad.api;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.isnad.config.ConfigProblems;
import io.quarkus.runtime.StartupEvent;

/** Refuses to start with an HTTP limit out of its range, naming the key. */
@ApplicationScoped
class ApiConfigCheck {

    void check(@Observes StartupEvent start, ApiConfig config) {
        ConfigProblems.refuseStartOn("HTTP", problems(config));
    }

    static List<String> problems(ApiConfig config) {
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
