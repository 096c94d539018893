package io.isnad.chat;

import java.util.List;
import java.util.Optional;

import io.isnad.answer.followup.EarlierAnswer;

/**
 * A conversation as the store hands it out: its id, its earlier questions, oldest first, and the answer the
 * latest of them was given (none before the first question, or when it was declined).
 */
public record Conversation(String id, List<String> history, Optional<EarlierAnswer> lastAnswer) {

    public Conversation {
        history = List.copyOf(history);
    }
}
