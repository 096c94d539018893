package io.isnad.index.embedding;

/**
 * How an ONNX model's token vectors become one vector, as the model was trained. Our own enum
 * rather than LangChain4j's, so the configuration compiles in builds without the ONNX provider.
 */
public enum Pooling {
    /** The mean of all token vectors (sentence-transformers, multilingual-e5). */
    MEAN,
    /** The vector of the first ({@code [CLS]}) token (bge). */
    CLS
}
