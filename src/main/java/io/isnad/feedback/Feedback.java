package io.isnad.feedback;

import java.util.List;

/**
 * A rating as a surface hands it to the {@link FeedbackStore}, before it has an id and a time.
 *
 * @param history earlier questions of the same conversation, oldest first
 * @param answer the answer text that was rated, with its {@code [n]} markers
 * @param conversationId the conversation, or null for a lone question
 * @param comment what the user added, or null
 */
public record Feedback(FeedbackSource source, Rating rating, String question, List<String> history, String answer,
        List<CitedSpan> citations, String conversationId, String comment) {

    public Feedback {
        history = List.copyOf(history);
        citations = List.copyOf(citations);
    }
}
