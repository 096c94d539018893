package io.isnad.api;

/**
 * Body of {@code POST /api/ask}.
 *
 * @param question the question, in Arabic or English, at most 2,000 characters
 * @param topK how many passages to return, 1 to 20 (default 5)
 */
public record AskRequest(String question, Integer topK) {
}
