package io.isnad.index.embedding;

import java.nio.file.Path;

import dev.langchain4j.model.embedding.EmbeddingModel;

/**
 * Loads an ONNX sentence-embedding model in process. Its one implementation is compiled only by
 * the {@code onnx} Maven profile (it needs ONNX Runtime, about 95 MB of native code), and is
 * found through {@link java.util.ServiceLoader}, so the default build has no trace of the runtime.
 */
public interface OnnxModelLoader {

    /** The model in {@code modelFile} with its Hugging Face {@code tokenizer.json}. */
    EmbeddingModel load(Path modelFile, Path tokenizer, Pooling pooling);
}
