package io.isnad.index.embedding;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import io.isnad.config.ConfigProblems;

/** Dense retrieval settings; see {@link EmbeddingConfig} for what each means. */
public record EmbeddingSettings(EmbeddingProvider provider, Optional<String> modelPath, Optional<String> tokenizerPath,
        Pooling pooling, Optional<String> queryPrefix, Optional<String> passagePrefix, Optional<String> baseUrl,
        Optional<String> modelName, Optional<String> apiKey, OptionalInt dimension, float weight, Duration timeout) {

    private static final String KEY = "isnad.embedding.";

    /**
     * Every key the chosen provider reads that is missing or out of its range, each naming its key: read at
     * start-up ({@link EmbeddingConfigCheck}) and by {@link EmbedderFactory}, which builds no model from them.
     * None with {@code provider=none}, and none of a key its provider never reads (the dimension is OpenAI's
     * alone; the server and its timeout are not the ONNX model's), so a value left from another provider is no
     * reason to refuse a start.
     */
    List<String> problems() {
        if (provider == EmbeddingProvider.NONE) {
            return List.of();
        }
        ConfigProblems problems = new ConfigProblems().share(KEY + "weight", weight);
        if (provider == EmbeddingProvider.ONNX) {
            required(problems, modelPath, "model-path");
            required(problems, tokenizerPath, "tokenizer-path");
            return problems.list();
        }
        required(problems, modelName, "model-name");
        baseUrl.ifPresent(url -> problems.check(ConfigProblems.isHttpUrl(url),
                KEY + "base-url must be an http(s) URL, got '" + url + "'"));
        problems.check(timeout.isPositive(), KEY + "timeout must be longer than 0, got " + timeout);
        if (provider == EmbeddingProvider.OPENAI) {
            dimension.ifPresent(d -> problems.atLeast(KEY + "dimension", d, 1));
        }
        return problems.list();
    }

    private void required(ConfigProblems problems, Optional<String> value, String key) {
        problems.check(value.filter(v -> !v.isBlank()).isPresent(),
                KEY + key + " is required when " + KEY + "provider=" + provider.name().toLowerCase());
    }
}
