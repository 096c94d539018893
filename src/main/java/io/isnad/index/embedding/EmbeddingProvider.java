package io.isnad.index.embedding;

/** Where chunk and question vectors come from. */
public enum EmbeddingProvider {
    /** No vectors: BM25 alone. */
    NONE,
    /** An ONNX export of a sentence-embedding model run in process by LangChain4j's {@code OnnxEmbeddingModel}. */
    ONNX,
    /** An OpenAI-compatible {@code /v1/embeddings} endpoint (OpenAI, vLLM, llama.cpp, Ollama's {@code /v1}). */
    OPENAI,
    /** Ollama's native embedding API. */
    OLLAMA
}
