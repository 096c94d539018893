package io.isnad.slack.reply;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.github.benmanes.caffeine.cache.Cache;

import io.isnad.chat.ChatConfig;
import io.isnad.chat.ChatService;
import io.isnad.chat.Conversation;
import io.isnad.index.Caches;

/**
 * One Slack thread is one Isnad conversation. A thread whose conversation was forgotten (idle,
 * evicted) starts a new one rather than failing: unlike a web client, a Slack user cannot start
 * "a new conversation", they just keep writing in the thread.
 */
@ApplicationScoped
class ThreadConversations {

    private final ChatService chat;
    private final Cache<String, String> conversationOfThread;

    ThreadConversations(ChatService chat, ChatConfig config) {
        this.chat = chat;
        // Bounded like the conversations themselves: a mapping outliving its conversation is useless.
        this.conversationOfThread = Caches.builder().maximumSize(config.maxConversations())
                .expireAfterAccess(config.idleTimeout()).build();
    }

    /** The conversation of the thread, started on its first question. */
    synchronized Conversation open(String threadKey) {
        String id = conversationOfThread.getIfPresent(threadKey);
        Optional<Conversation> known = id == null ? Optional.empty() : chat.open(Optional.of(id));
        Conversation conversation = known.orElseGet(() -> chat.open(Optional.empty()).orElseThrow());
        conversationOfThread.put(threadKey, conversation.id());
        return conversation;
    }
}
