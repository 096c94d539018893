/**
 * Embedding: optional dense vectors beside the BM25 fields. A LangChain4j {@code EmbeddingModel}
 * (an ONNX file, or an Ollama or OpenAI-compatible endpoint) embeds every chunk at index time and
 * each question at search time; off by default, because the English models LangChain4j ships rank
 * Arabic worse than BM25 alone. A failing model never fails ingestion or a request.
 */
package io.isnad.index.embedding;
