package io.isnad.index.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.isnad.config.Mappings;

class EmbeddingConfigCheckTest {

    @Test
    void theDefaultsAreValid() {
        assertEquals(List.of(), problems());
    }

    @Test
    void withoutDenseRetrievalNothingOfItIsRequiredOrChecked() {
        assertEquals(List.of(), problems("isnad.embedding.weight", "2", "isnad.embedding.timeout", "0s",
                "isnad.embedding.dimension", "0", "isnad.embedding.base-url", "localhost:11434"));
    }

    @Test
    void anEndpointProvidersKeysOutOfRangeAreNamedWithTheirKeys() {
        assertEquals(List.of(
                "isnad.embedding.weight must be between 0 and 1, got 1.5",
                "isnad.embedding.model-name is required when isnad.embedding.provider=openai",
                "isnad.embedding.base-url must be an http(s) URL, got 'localhost:8080/v1'",
                "isnad.embedding.timeout must be longer than 0, got PT0S",
                "isnad.embedding.dimension must be at least 1, got 0"),
                problems("isnad.embedding.provider", "openai", "isnad.embedding.weight", "1.5",
                        "isnad.embedding.base-url", "localhost:8080/v1", "isnad.embedding.timeout", "0s",
                        "isnad.embedding.dimension", "0"));
    }

    @Test
    void aKeyItsProviderNeverReadsIsNoReasonToRefuse() {
        // The dimension is asked of an OpenAI-compatible server only; Ollama's native API has none.
        assertEquals(List.of(), problems("isnad.embedding.provider", "ollama", "isnad.embedding.model-name", "bge-m3",
                "isnad.embedding.dimension", "0"));
        assertEquals(List.of(), problems("isnad.embedding.provider", "onnx", "isnad.embedding.model-path", "m.onnx",
                "isnad.embedding.tokenizer-path", "tokenizer.json", "isnad.embedding.timeout", "0s"));
    }

    @Test
    void anOnnxModelNeedsBothItsFiles() {
        assertEquals(List.of(
                "isnad.embedding.model-path is required when isnad.embedding.provider=onnx",
                "isnad.embedding.tokenizer-path is required when isnad.embedding.provider=onnx"),
                problems("isnad.embedding.provider", "onnx"));
    }

    private static List<String> problems(String... keysAndValues) {
        return new EmbeddingConfigCheck(Mappings.of(EmbeddingConfig.class, keysAndValues)).problems();
    }
}
