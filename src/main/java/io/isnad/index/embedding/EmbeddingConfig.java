package io.isnad.index.embedding;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of dense retrieval ({@code isnad.embedding.*}); see README, "Dense retrieval (optional)". */
@ConfigMapping(prefix = "isnad.embedding")
public interface EmbeddingConfig {

    /**
     * {@code none} (default: BM25 alone), {@code onnx}, {@code openai} or {@code ollama}. Only a
     * multilingual model helps on Arabic articles; check with the evaluation runner.
     */
    @WithDefault("none")
    EmbeddingProvider provider();

    /** {@code onnx}: path of the model's ONNX file. */
    Optional<String> modelPath();

    /** {@code onnx}: path of the model's Hugging Face {@code tokenizer.json}. */
    Optional<String> tokenizerPath();

    /** {@code onnx}: how token vectors become one vector, {@code mean} or {@code cls}, as the model was trained. */
    @WithDefault("mean")
    Pooling pooling();

    /**
     * Put before every question, for models trained with one (multilingual-e5: {@code query:});
     * joined with a space unless it already ends with one.
     */
    Optional<String> queryPrefix();

    /** Put before every chunk, for models trained with one (multilingual-e5: {@code passage:}). */
    Optional<String> passagePrefix();

    /**
     * {@code openai}/{@code ollama}: the server; defaults to {@code https://api.openai.com/v1/} and
     * {@code http://localhost:11434}.
     */
    Optional<String> baseUrl();

    /** {@code openai}/{@code ollama}: the embedding model's name, e.g. {@code bge-m3}; required for those providers. */
    Optional<String> modelName();

    /** {@code openai}: API key; best given as the environment variable {@code ISNAD_EMBEDDING_API_KEY}. */
    Optional<String> apiKey();

    /**
     * {@code openai}: asks the server for vectors of this size (models that support it); otherwise
     * the size is whatever the model returns.
     */
    OptionalInt dimension();

    /**
     * Share of the dense ranking in the fused score, 0 to 1: each chunk scores
     * {@code (1 - weight) * BM25 + weight * similarity}, both scaled to their list. 0 stops
     * embedding questions while keeping the vectors.
     */
    @WithDefault("0.3")
    float weight();

    /** {@code openai}/{@code ollama}: how long one embedding call may take before BM25 carries on alone. */
    @WithDefault("10s")
    Duration timeout();

    default EmbeddingSettings settings() {
        return new EmbeddingSettings(provider(), modelPath(), tokenizerPath(), pooling(), queryPrefix(),
                passagePrefix(), baseUrl(), modelName(), apiKey(), dimension(), weight(), timeout());
    }
}
