package io.isnad.index.embedding;

import java.nio.file.Path;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.PoolingMode;

/** LangChain4j's {@link OnnxEmbeddingModel} on ONNX Runtime; compiled only with {@code -Ponnx}. */
public final class OnnxRuntimeModelLoader implements OnnxModelLoader {

    @Override
    public EmbeddingModel load(Path modelFile, Path tokenizer, Pooling pooling) {
        return new OnnxEmbeddingModel(modelFile, tokenizer, PoolingMode.valueOf(pooling.name()));
    }
}
