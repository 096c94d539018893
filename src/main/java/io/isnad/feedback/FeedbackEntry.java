package io.isnad.feedback;

import java.util.List;

/**
 * One line of the feedback file, as stored and as {@code GET /api/feedback} lists it.
 *
 * @param id unique id of the entry
 * @param time when it was stored, ISO-8601 UTC
 * @param source {@code web}, {@code slack} or {@code cli}
 * @param rating {@code up} or {@code down}
 * @param history earlier questions of the conversation, oldest first
 * @param answer the answer text that was rated
 * @param citations the cited sentences of that answer
 * @param conversationId the conversation, or null
 * @param comment what the user added, or null
 */
public record FeedbackEntry(String id, String time, String source, String rating, String question,
        List<String> history, String answer, List<CitedSpan> citations, String conversationId, String comment) {

    public FeedbackEntry {
        history = history == null ? List.of() : List.copyOf(history);
        citations = citations == null ? List.of() : List.copyOf(citations);
    }
}
