package io.isnad.chat;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.isnad.config.ConfigProblems;
import io.quarkus.runtime.StartupEvent;

/**
 * Refuses to start with a conversation setting out of its range, naming the key: a negative number
 * of turns fails the first question of every conversation, and a conversation that is forgotten at
 * once (no idle time, no room) answers every follow-up with a 404.
 */
@ApplicationScoped
class ChatConfigCheck {

    void check(@Observes StartupEvent start, ChatConfig config) {
        ConfigProblems.refuseStartOn("conversation", problems(config));
    }

    static List<String> problems(ChatConfig config) {
        return new ConfigProblems()
                .atLeast("isnad.chat.max-turns", config.maxTurns(), 0)
                .check(config.idleTimeout().isPositive(),
                        "isnad.chat.idle-timeout must be longer than 0, got " + config.idleTimeout())
                .atLeast("isnad.chat.max-conversations", config.maxConversations(), 1)
                .list();
    }
}
