package io.isnad.chat;

import java.util.List;

/**
 * A conversation as the store hands it out: its id and its earlier questions, oldest first.
 */
public record Conversation(String id, List<String> history) {

    public Conversation {
        history = List.copyOf(history);
    }
}
