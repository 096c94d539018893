package io.isnad.chat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.github.benmanes.caffeine.cache.Cache;

import io.isnad.answer.followup.EarlierAnswer;
import io.isnad.index.Caches;

/**
 * Conversations in memory, bounded three ways: questions per conversation, idle age, and number
 * of conversations, so memory cannot grow without limit. The last two are a Caffeine cache
 * (expire after access, size-bounded); its eviction policy weighs recency and frequency, so the
 * conversation forgotten beyond the limit is a rarely used one, never one just started.
 */
@ApplicationScoped
public class ConversationStore {

    private final int maxTurns;
    /** Earlier questions and the latest one's answer by conversation id; values are replaced whole. */
    private final Cache<String, Turns> conversations;

    @Inject
    ConversationStore(ChatConfig config) {
        this(config.maxTurns(), config.idleTimeout(), config.maxConversations(), Clock.systemUTC());
    }

    ConversationStore(int maxTurns, Duration idleTimeout, int maxConversations, Clock clock) {
        this.maxTurns = maxTurns;
        this.conversations = Caches.builder()
                .maximumSize(maxConversations)
                .expireAfterAccess(idleTimeout)
                .ticker(() -> nanos(clock.instant()))
                .build();
    }

    /** A new, empty conversation. */
    public Conversation start() {
        String id = UUID.randomUUID().toString();
        conversations.put(id, Turns.NONE);
        return new Conversation(id, List.of(), Optional.empty());
    }

    /** The conversation, or empty when it never existed or has been forgotten. */
    public Optional<Conversation> find(String id) {
        return Optional.ofNullable(conversations.getIfPresent(id))
                .map(turns -> new Conversation(id, turns.questions(), turns.lastAnswer()));
    }

    /**
     * Remembers a question asked in the conversation with the answer it was given, forgetting the oldest
     * questions beyond the limit; only the latest answer is kept, as only the next question follows it.
     */
    public void record(String id, String question, Optional<EarlierAnswer> answer) {
        conversations.asMap().computeIfPresent(id, (key, turns) -> {
            List<String> next = new ArrayList<>(turns.questions());
            next.add(question);
            return new Turns(remembered(next), answer);
        });
    }

    /** The questions of {@code questions} a conversation remembers: the latest {@code isnad.chat.max-turns}. */
    public List<String> remembered(List<String> questions) {
        return List.copyOf(questions.subList(Math.max(0, questions.size() - maxTurns), questions.size()));
    }

    int size() {
        conversations.cleanUp();
        return (int) conversations.estimatedSize();
    }

    private record Turns(List<String> questions, Optional<EarlierAnswer> lastAnswer) {

        static final Turns NONE = new Turns(List.of(), Optional.empty());
    }

    private static long nanos(Instant instant) {
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }
}
