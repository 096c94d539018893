package io.isnad.chat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Conversations in memory, bounded three ways: questions per conversation, idle age, and number
 * of conversations (least recently used forgotten first), so memory cannot grow without limit.
 */
@ApplicationScoped
public class ConversationStore {

    private final int maxTurns;
    private final Duration idleTimeout;
    private final int maxConversations;
    private final Clock clock;
    /** In access order, so the first entry is always the least recently used. */
    private final LinkedHashMap<String, Entry> conversations = new LinkedHashMap<>(16, 0.75f, true);

    @Inject
    ConversationStore(ChatConfig config) {
        this(config.maxTurns(), config.idleTimeout(), config.maxConversations(), Clock.systemUTC());
    }

    ConversationStore(int maxTurns, Duration idleTimeout, int maxConversations, Clock clock) {
        this.maxTurns = maxTurns;
        this.idleTimeout = idleTimeout;
        this.maxConversations = maxConversations;
        this.clock = clock;
    }

    /** A new, empty conversation. */
    public synchronized Conversation start() {
        forgetIdle();
        while (conversations.size() >= maxConversations) {
            Iterator<String> eldest = conversations.keySet().iterator();
            eldest.next();
            eldest.remove();
        }
        String id = UUID.randomUUID().toString();
        conversations.put(id, new Entry(new ArrayDeque<>(), clock.instant()));
        return new Conversation(id, List.of());
    }

    /** The conversation, or empty when it never existed or has been forgotten. */
    public synchronized Optional<Conversation> find(String id) {
        forgetIdle();
        Entry entry = conversations.get(id);
        if (entry == null) {
            return Optional.empty();
        }
        entry.lastUsed = clock.instant();
        return Optional.of(new Conversation(id, List.copyOf(entry.questions)));
    }

    /** Remembers a question asked in the conversation, forgetting the oldest beyond the limit. */
    public synchronized void record(String id, String question) {
        Entry entry = conversations.get(id);
        if (entry == null) {
            return;
        }
        entry.questions.addLast(question);
        while (entry.questions.size() > maxTurns) {
            entry.questions.removeFirst();
        }
        entry.lastUsed = clock.instant();
    }

    synchronized int size() {
        forgetIdle();
        return conversations.size();
    }

    private void forgetIdle() {
        Instant cutoff = clock.instant().minus(idleTimeout);
        conversations.values().removeIf(e -> e.lastUsed.isBefore(cutoff));
    }

    private static final class Entry {
        final Deque<String> questions;
        Instant lastUsed;

        Entry(Deque<String> questions, Instant lastUsed) {
            this.questions = questions;
            this.lastUsed = lastUsed;
        }
    }
}
