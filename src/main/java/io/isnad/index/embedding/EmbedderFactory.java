package io.isnad.index.embedding;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.StringJoiner;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.ollama.OllamaEmbeddingModel;
import dev.langchain4j.model.openai.OpenAiEmbeddingModel;
import io.quarkus.runtime.configuration.ConfigurationException;

/**
 * Builds the configured {@link Embedder}. Configuration mistakes (a key missing or out of its range,
 * {@link EmbeddingSettings#problems}; a missing model file) fail here, at start-up, with the key to fix (a
 * {@link ConfigurationException}, which Quarkus prints as one line rather than a stack trace); an unreachable
 * server does not, since it may come up later and only costs BM25-only rankings meanwhile.
 */
final class EmbedderFactory {

    private static final String KEY = "isnad.embedding.";

    private EmbedderFactory() {
    }

    static Optional<Embedder> create(EmbeddingSettings s) {
        if (s.provider() == EmbeddingProvider.NONE) {
            return Optional.empty();
        }
        List<String> problems = s.problems();
        if (!problems.isEmpty()) {
            throw new ConfigurationException(String.join("; ", problems));
        }
        EmbeddingModel model = switch (s.provider()) {
            case ONNX -> onnx(s);
            // No retries: a failed call falls back to BM25 at once, and the next sync embeds again.
            case OPENAI -> OpenAiEmbeddingModel.builder()
                    .baseUrl(s.baseUrl().orElse("https://api.openai.com/v1/"))
                    .apiKey(s.apiKey().orElse("none"))
                    .modelName(s.modelName().orElseThrow())
                    .dimensions(s.dimension().isPresent() ? s.dimension().getAsInt() : null)
                    .timeout(s.timeout()).maxRetries(0).build();
            case OLLAMA -> OllamaEmbeddingModel.builder()
                    .baseUrl(s.baseUrl().orElse("http://localhost:11434"))
                    .modelName(s.modelName().orElseThrow())
                    .timeout(s.timeout()).maxRetries(0).build();
            case NONE -> throw new AssertionError("handled above");
        };
        return Optional.of(new Embedder(model, identity(s), s.queryPrefix().orElse(""), s.passagePrefix().orElse(""),
                s.weight()));
    }

    private static EmbeddingModel onnx(EmbeddingSettings s) {
        OnnxModelLoader loader = onnxLoader().orElseThrow(() -> new ConfigurationException(KEY
                + "provider=onnx needs the ONNX Runtime, which the default build leaves out (about 95 MB): "
                + "build with the onnx profile, ./isnad build -Ponnx (or ./mvnw -B -Ponnx package), "
                + "or choose provider openai or ollama"));
        Path modelFile = readableFile(s.modelPath().orElseThrow(), "model-path");
        Path tokenizer = readableFile(s.tokenizerPath().orElseThrow(), "tokenizer-path");
        try {
            return loader.load(modelFile, tokenizer, s.pooling());
        } catch (RuntimeException e) {
            throw new IllegalStateException("Could not load the ONNX embedding model " + modelFile + " with tokenizer "
                    + tokenizer + ": " + e.getMessage(), e);
        }
    }

    /** The in-process ONNX provider, present only in builds with the {@code onnx} Maven profile. */
    static Optional<OnnxModelLoader> onnxLoader() {
        try {
            return ServiceLoader.load(OnnxModelLoader.class, EmbedderFactory.class.getClassLoader()).findFirst();
        } catch (ServiceConfigurationError staleRegistration) {
            // A services file left in target/ by an earlier -Ponnx build, without its class.
            return Optional.empty();
        }
    }

    /**
     * Everything that changes the vectors. The ONNX file's size stands in for its content, so a file
     * replaced in place by another model is noticed without hashing hundreds of megabytes.
     */
    static String identity(EmbeddingSettings s) {
        StringJoiner id = new StringJoiner(";", "[", "]");
        id.add(s.provider().name().toLowerCase());
        switch (s.provider()) {
            case ONNX -> {
                Path file = Path.of(s.modelPath().orElseThrow()).toAbsolutePath().normalize();
                id.add(file.toString()).add(sizeOf(file)).add("pooling=" + s.pooling().name().toLowerCase());
            }
            case OPENAI, OLLAMA -> id.add(s.baseUrl().orElse("")).add(s.modelName().orElse(""));
            case NONE -> {
            }
        }
        s.dimension().ifPresent(d -> id.add("dimension=" + d));
        s.queryPrefix().ifPresent(p -> id.add("query=" + p));
        s.passagePrefix().ifPresent(p -> id.add("passage=" + p));
        return id.toString();
    }

    private static String sizeOf(Path file) {
        try {
            return Files.size(file) + " bytes";
        } catch (IOException e) {
            return "size unknown";
        }
    }

    private static Path readableFile(String path, String key) {
        Path file = Path.of(path);
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new ConfigurationException(KEY + key + ": no readable file at " + file.toAbsolutePath());
        }
        return file;
    }
}
