package io.isnad.chat;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Settings of conversations ({@code isnad.chat.*}), checked at start-up by {@link ChatConfigCheck}.
 * Conversations live in memory only.
 */
@ConfigMapping(prefix = "isnad.chat")
public interface ChatConfig {

    /** Most earlier questions remembered per conversation; older ones are forgotten first. 0 or more. */
    @WithDefault("10")
    int maxTurns();

    /** A conversation unused for this long is forgotten; its id then answers 404. Longer than 0. */
    @WithDefault("30M")
    Duration idleTimeout();

    /**
     * Most conversations kept at once; beyond it a rarely used one is forgotten (Caffeine's
     * recency and frequency policy), never one just started. At least 1.
     */
    @WithDefault("1000")
    int maxConversations();
}
