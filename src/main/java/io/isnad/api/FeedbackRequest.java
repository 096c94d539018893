package io.isnad.api;

import java.util.List;

/**
 * Body of {@code POST /api/feedback}: a 👍 or 👎 on an answer.
 *
 * @param rating {@code up} or {@code down}
 * @param question the question that was answered, at most 2,000 characters
 * @param answer the answer text that was rated, at most 20,000 characters
 * @param citations the answer's citations (file, start, end), at most 50; may be empty (an abstention)
 * @param conversationId the conversation the answer belongs to, optional
 * @param comment what the user adds, optional, at most 2,000 characters
 */
public record FeedbackRequest(String rating, String question, String answer, List<Span> citations,
        String conversationId, String comment) {

    /** A cited sentence: the article file and the quote's character range. */
    public record Span(String file, Integer start, Integer end) {
    }
}
