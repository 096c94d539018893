package io.isnad.answer.model;

import java.time.Duration;

import org.eclipse.microprofile.config.Config;

/**
 * Where and how to reach the model, read from the standard quarkus-langchain4j keys of the chosen
 * provider ({@code quarkus.langchain4j.openai.*} or {@code quarkus.langchain4j.ollama.*}), so a
 * configuration written for quarkus-langchain4j works here unchanged.
 *
 * @param enabled {@code enable-integration}: false refuses every call without touching the network
 */
record ModelSettings(ModelProvider provider, String baseUrl, String apiKey, String modelName, Duration timeout,
        double temperature, boolean enabled) {

    /** The same as the quarkus-langchain4j Ollama extension's default; README lists it. */
    static final String DEFAULT_OLLAMA_MODEL = "llama3.2";
    static final String DEFAULT_OPENAI_MODEL = "gpt-4o-mini";
    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    /** Low, because the model should restate the passages, not invent. */
    private static final double DEFAULT_TEMPERATURE = 0.1;

    static ModelSettings read(ModelProvider provider, Config config) {
        return switch (provider) {
            case OPENAI -> new ModelSettings(provider,
                    string(config, "quarkus.langchain4j.openai.base-url", "https://api.openai.com/v1/"),
                    string(config, "quarkus.langchain4j.openai.api-key", "none"),
                    string(config, "quarkus.langchain4j.openai.chat-model.model-name", DEFAULT_OPENAI_MODEL),
                    timeout(config, "quarkus.langchain4j.openai.timeout"),
                    temperature(config, "quarkus.langchain4j.openai.chat-model.temperature"),
                    enabled(config, "quarkus.langchain4j.openai.enable-integration"));
            case OLLAMA -> new ModelSettings(provider,
                    string(config, "quarkus.langchain4j.ollama.base-url", "http://localhost:11434"),
                    "",
                    string(config, "quarkus.langchain4j.ollama.chat-model.model-id", DEFAULT_OLLAMA_MODEL),
                    timeout(config, "quarkus.langchain4j.ollama.timeout"),
                    temperature(config, "quarkus.langchain4j.ollama.chat-model.temperature"),
                    enabled(config, "quarkus.langchain4j.ollama.enable-integration"));
        };
    }

    private static String string(Config config, String key, String fallback) {
        return config.getOptionalValue(key, String.class).filter(v -> !v.isBlank()).orElse(fallback);
    }

    private static Duration timeout(Config config, String key) {
        return config.getOptionalValue(key, Duration.class).orElse(DEFAULT_TIMEOUT);
    }

    private static double temperature(Config config, String key) {
        return config.getOptionalValue(key, Double.class).orElse(DEFAULT_TEMPERATURE);
    }

    private static boolean enabled(Config config, String key) {
        return config.getOptionalValue(key, Boolean.class).orElse(true);
    }
}
