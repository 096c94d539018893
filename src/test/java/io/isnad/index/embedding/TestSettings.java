package io.isnad.index.embedding;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

/** Embedding settings as a user would write them, with multilingual-e5's prefixes. */
final class TestSettings {

    static final float WEIGHT = 0.3f;

    private TestSettings() {
    }

    static EmbeddingSettings of(EmbeddingProvider provider, String modelPath, String tokenizerPath, String baseUrl,
            String modelName) {
        return new EmbeddingSettings(provider, Optional.ofNullable(modelPath), Optional.ofNullable(tokenizerPath),
                Pooling.MEAN, Optional.of("query:"), Optional.of("passage:"), Optional.ofNullable(baseUrl),
                Optional.ofNullable(modelName), Optional.empty(), OptionalInt.empty(), WEIGHT, Duration.ofSeconds(5));
    }

    static EmbeddingSettings onnx(String modelPath, String tokenizerPath) {
        return of(EmbeddingProvider.ONNX, modelPath, tokenizerPath, null, null);
    }

    static EmbeddingSettings openAi(String baseUrl, String modelName) {
        return of(EmbeddingProvider.OPENAI, null, null, baseUrl, modelName);
    }

    static EmbeddingSettings ollama(String baseUrl, String modelName) {
        return of(EmbeddingProvider.OLLAMA, null, null, baseUrl, modelName);
    }
}
