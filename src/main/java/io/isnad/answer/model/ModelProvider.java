package io.isnad.answer.model;

import io.isnad.answer.AnswerConfig;

/** The kind of model server; see {@link AnswerConfig#provider()}. */
public enum ModelProvider {
    /** Any server speaking the OpenAI chat-completions API (OpenAI, vLLM, llama.cpp, Ollama's /v1). */
    OPENAI,
    /** Ollama's native API. */
    OLLAMA
}
