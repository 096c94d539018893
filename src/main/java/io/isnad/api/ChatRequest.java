package io.isnad.api;

/**
 * Body of {@code POST /api/chat} and {@code POST /api/chat/stream}.
 *
 * @param message the question, in Arabic or English, at most 2,000 characters; may be a follow-up
 * @param conversationId the conversation to continue, as returned by an earlier reply; absent to start one
 * @param topK how many passages to return, 1 to 20 (default 5)
 */
public record ChatRequest(String message, String conversationId, Integer topK) {
}
