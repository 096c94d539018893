package io.isnad.answer.model;

import java.time.Duration;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import dev.langchain4j.model.ModelDisabledException;
import io.quarkiverse.langchain4j.ollama.runtime.config.LangChain4jOllamaConfig;
import io.quarkiverse.langchain4j.openai.runtime.config.LangChain4jOpenAiConfig;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.faulttolerance.api.Guard;

import io.isnad.answer.AnswerConfig;

/**
 * The model's endpoint as the extension configures it, and the one Fault Tolerance guard every
 * model call goes through.
 */
class ModelBeans {

    /**
     * The quarkus-langchain4j model name of the native Ollama model (its keys are
     * {@code quarkus.langchain4j.ollama.ollama.*}); the OpenAI-compatible model is the default, unnamed
     * one ({@code quarkus.langchain4j.openai.*}). Both exist, so {@code isnad.answer.provider} can choose
     * at start without a rebuild.
     */
    static final String OLLAMA = "ollama";
    /** Named so that {@code CircuitBreakerMaintenance} (and tests) can see and reset it. */
    static final String CIRCUIT = "language-model";

    /** The extensions' own fallbacks when no base URL or timeout is configured. */
    private static final String OLLAMA_BASE_URL = "http://localhost:11434";
    private static final Duration EXTENSION_TIMEOUT = Duration.ofSeconds(10);

    @Produces
    @Singleton
    ModelEndpoint endpoint(AnswerConfig config, LangChain4jOpenAiConfig openAi, LangChain4jOllamaConfig ollama) {
        return switch (config.provider()) {
            case OPENAI -> {
                LangChain4jOpenAiConfig.OpenAiConfig c = openAi.defaultConfig();
                yield new ModelEndpoint(ModelProvider.OPENAI, c.baseUrl(), c.apiKey(),
                        c.timeout().orElse(EXTENSION_TIMEOUT), c.enableIntegration());
            }
            case OLLAMA -> {
                LangChain4jOllamaConfig.OllamaConfig c = ollama.namedConfig().get(OLLAMA);
                yield new ModelEndpoint(ModelProvider.OLLAMA, c.baseUrl().orElse(OLLAMA_BASE_URL), "",
                        c.timeout().orElse(EXTENSION_TIMEOUT), c.enableIntegration());
            }
        };
    }

    /**
     * One guard, so one circuit breaker, for plain and streamed calls alike: a model that keeps
     * failing is not called at all for a while, whichever path asks, and a dead model does not add
     * its timeout to every request. The timeout bounds the whole call (a stream must finish within
     * it), which the HTTP client's own timeout does not do for a model that trickles. Calls start on
     * the guard's threads, so a timeout returns at once whatever the client does meanwhile. A
     * disabled integration is not a failing model, so it does not open the circuit.
     */
    @Produces
    @Singleton
    @Identifier(CIRCUIT)
    Guard guard(ModelEndpoint endpoint) {
        return Guard.create().withDescription(CIRCUIT).withThreadOffload(true)
                .withTimeout().duration(endpoint.timeout().toMillis(), ChronoUnit.MILLIS).done()
                .withCircuitBreaker().name(CIRCUIT).requestVolumeThreshold(4).failureRatio(0.5)
                .delay(30, ChronoUnit.SECONDS).skipOn(ModelDisabledException.class).done()
                .build();
    }
}
