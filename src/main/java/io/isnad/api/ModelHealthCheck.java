package io.isnad.api;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

import io.isnad.answer.AnswerConfig;
import io.isnad.answer.AnswerMode;
import io.isnad.answer.model.ModelEndpoint;
import io.smallrye.health.api.Wellness;

/**
 * Whether the language model answers, in {@code llm} mode. A wellness check, not a readiness one:
 * without its model the service still answers (extractively), so it must not be taken out of
 * traffic, and a model down at start-up must not stop it starting.
 */
@Wellness
@ApplicationScoped
public class ModelHealthCheck implements HealthCheck {

    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);

    private final AnswerConfig config;
    private final ModelEndpoint endpoint;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(PROBE_TIMEOUT).build();

    ModelHealthCheck(AnswerConfig config, ModelEndpoint endpoint) {
        this.config = config;
        this.endpoint = endpoint;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder health = HealthCheckResponse.named("language-model")
                .withData("mode", config.mode().label());
        if (config.mode() != AnswerMode.LLM) {
            return health.withData("detail", "not used in extractive mode").up().build();
        }
        health.withData("provider", config.provider().name().toLowerCase()).withData("baseUrl", endpoint.baseUrl());
        if (!endpoint.enabled()) {
            return health.withData("detail", "integration disabled").down().build();
        }
        try {
            HttpResponse<Void> response = http.send(endpoint.probe().timeout(PROBE_TIMEOUT).build(),
                    HttpResponse.BodyHandlers.discarding());
            return health.withData("status", response.statusCode()).status(response.statusCode() < 300).build();
        } catch (Exception e) {
            return health.withData("detail", "unreachable: " + e.getClass().getSimpleName()).down().build();
        }
    }
}
