package io.isnad.index.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.quarkus.runtime.configuration.ConfigurationException;

class EmbedderFactoryTest {

    @Test
    void providerNoneBuildsNothing() {
        EmbeddingSettings none = TestSettings.of(EmbeddingProvider.NONE, null, null, null, null);
        assertTrue(EmbedderFactory.create(none).isEmpty());
    }

    @Test
    void onnxInTheDefaultBuildSaysHowToBuildWithIt() {
        assumeTrue(EmbedderFactory.onnxLoader().isEmpty(), "this build has the onnx profile; see OnnxEmbedderTest");
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> EmbedderFactory.create(TestSettings.onnx("model.onnx", "tokenizer.json")));
        assertTrue(e.getMessage().startsWith("isnad.embedding.provider=onnx needs the ONNX Runtime"), e.getMessage());
        assertTrue(e.getMessage().contains("-Ponnx"), e.getMessage());
    }

    @Test
    void endpointProvidersNeedAModelName() {
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> EmbedderFactory.create(TestSettings.ollama("http://127.0.0.1:1", null)));
        assertEquals("isnad.embedding.model-name is required when isnad.embedding.provider=ollama", e.getMessage());
    }

    @Test
    void theIdentityChangesWithAnythingThatChangesTheVectors() {
        EmbeddingSettings base = TestSettings.ollama("http://localhost:11434", "bge-m3");
        EmbeddingSettings otherModel = TestSettings.ollama("http://localhost:11434", "nomic-embed-text");
        EmbeddingSettings noPrefix = new EmbeddingSettings(base.provider(), base.modelPath(), base.tokenizerPath(),
                base.pooling(), Optional.empty(), base.passagePrefix(), base.baseUrl(), base.modelName(),
                base.apiKey(), base.dimension(), base.weight(), base.timeout());
        EmbeddingSettings otherWeight = new EmbeddingSettings(base.provider(), base.modelPath(), base.tokenizerPath(),
                base.pooling(), base.queryPrefix(), base.passagePrefix(), base.baseUrl(), base.modelName(),
                base.apiKey(), base.dimension(), 0.9f, base.timeout());
        assertNotEquals(EmbedderFactory.identity(base), EmbedderFactory.identity(otherModel));
        assertNotEquals(EmbedderFactory.identity(base), EmbedderFactory.identity(noPrefix));
        assertEquals(EmbedderFactory.identity(base), EmbedderFactory.identity(otherWeight),
                "the fusion weight is a search setting: changing it must not re-embed");
    }
}
