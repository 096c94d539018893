package io.isnad.index.embedding;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

/** Dense retrieval settings; see {@link EmbeddingConfig} for what each means. */
public record EmbeddingSettings(EmbeddingProvider provider, Optional<String> modelPath, Optional<String> tokenizerPath,
        Pooling pooling, Optional<String> queryPrefix, Optional<String> passagePrefix, Optional<String> baseUrl,
        Optional<String> modelName, Optional<String> apiKey, OptionalInt dimension, float weight, Duration timeout) {
}
