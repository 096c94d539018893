package io.isnad.chat;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.isnad.config.ConfigProblems;
import io.isnad.config.StageConfigCheck;

/**
 * Finds every conversation setting out of its range, naming its key: a negative number
 * of turns fails the first question of every conversation, and a conversation that is forgotten at
 * once (no idle time, no room) answers every follow-up with a 404.
 */
@ApplicationScoped
class ChatConfigCheck implements StageConfigCheck {

    private final ChatConfig config;

    ChatConfigCheck(ChatConfig config) {
        this.config = config;
    }

    @Override
    public List<String> problems() {
        return new ConfigProblems()
                .atLeast("isnad.chat.max-turns", config.maxTurns(), 0)
                .check(config.idleTimeout().isPositive(),
                        "isnad.chat.idle-timeout must be longer than 0, got " + config.idleTimeout())
                .atLeast("isnad.chat.max-conversations", config.maxConversations(), 1)
                .list();
    }
}
