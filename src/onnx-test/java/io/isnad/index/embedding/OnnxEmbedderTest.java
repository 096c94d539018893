package io.isnad.index.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.lucene.util.VectorUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.quarkus.runtime.configuration.ConfigurationException;

/** The in-process ONNX provider; compiled and run only with {@code -Ponnx}. */
class OnnxEmbedderTest {

    @TempDir
    Path tmp;

    @Test
    void onnxWithoutAModelPathNamesTheKeyToSet() {
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> EmbedderFactory.create(TestSettings.onnx(null, "tokenizer.json")));
        assertEquals("isnad.embedding.model-path is required when isnad.embedding.provider=onnx", e.getMessage());
    }

    @Test
    void onnxWithAMissingFileSaysWhichAndWhere() {
        Path missing = tmp.resolve("e5.onnx");
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> EmbedderFactory.create(TestSettings.onnx(missing.toString(), "tokenizer.json")));
        assertEquals("isnad.embedding.model-path: no readable file at " + missing.toAbsolutePath(), e.getMessage());
    }

    @Test
    void onnxWithAFileThatIsNoModelFailsAtStartUp() throws IOException {
        Path model = Files.writeString(tmp.resolve("model.onnx"), "not a model");
        Path tokenizer = extract("all-minilm-l6-v2-q-tokenizer.json");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> EmbedderFactory.create(TestSettings.onnx(model.toString(), tokenizer.toString())));
        assertTrue(e.getMessage().startsWith("Could not load the ONNX embedding model " + model), e.getMessage());
    }

    /** LangChain4j's quantised all-MiniLM-L6-v2 (shipped inside a test dependency), run through the ONNX provider. */
    @Test
    void onnxModelFileAndTokenizerEmbedEndToEnd() throws IOException {
        Path model = extract("all-minilm-l6-v2-q.onnx");
        Path tokenizer = extract("all-minilm-l6-v2-q-tokenizer.json");
        EmbeddingSettings settings = TestSettings.onnx(model.toString(), tokenizer.toString());
        Embedder embedder = EmbedderFactory.create(settings).orElseThrow();

        float[] question = embedder.embedQuery("Who won the football match?").orElseThrow();
        var passages = embedder.embedPassages(List.of("The team won the soccer game 2-1.",
                "Interest rates were raised by the central bank."));
        assertEquals(384, question.length);
        assertEquals(1f, VectorUtil.dotProduct(question, question), 1e-4, "unit length");
        assertTrue(VectorUtil.dotProduct(question, passages.get(0)) > VectorUtil.dotProduct(question, passages.get(1)));
        assertTrue(embedder.identity().contains(model.toAbsolutePath().toString()));
        assertTrue(embedder.identity().contains("pooling=" + Pooling.MEAN.name().toLowerCase()));
    }

    private Path extract(String resource) throws IOException {
        Path file = tmp.resolve(resource);
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            Files.copy(in, file);
        }
        return file;
    }
}
