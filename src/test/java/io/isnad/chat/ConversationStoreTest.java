package io.isnad.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.isnad.answer.Citation;
import io.isnad.answer.followup.EarlierAnswer;

class ConversationStoreTest {

    private final MutableClock clock = new MutableClock();

    @Test
    void keepsOnlyTheLatestTurns() {
        ConversationStore store = new ConversationStore(2, Duration.ofMinutes(30), 10, clock);
        String id = store.start().id();
        store.record(id, "one", Optional.empty());
        store.record(id, "two", Optional.empty());
        store.record(id, "three", Optional.empty());
        assertEquals(List.of("two", "three"), store.find(id).orElseThrow().history());
        assertEquals(List.of("two", "three"), store.remembered(List.of("one", "two", "three")),
                "a history sent with a question (/api/ask) is read as a conversation holding it");
        assertEquals(List.of("one"), store.remembered(List.of("one")));
    }

    @Test
    void keepsTheAnswerTheLatestQuestionWasGivenAndOnlyThatOne() {
        ConversationStore store = new ConversationStore(2, Duration.ofMinutes(30), 10, clock);
        String id = store.start().id();
        assertTrue(store.find(id).orElseThrow().lastAnswer().isEmpty());
        EarlierAnswer first = new EarlierAnswer("one answered [1].", List.of(new Citation(1, "a.txt", "t",
                "one answered.", 0, 13, 1.0, "main")));
        store.record(id, "one", Optional.of(first));
        assertEquals(Optional.of(first), store.find(id).orElseThrow().lastAnswer());
        store.record(id, "two", Optional.empty());
        store.record(id, "three", Optional.empty());
        assertEquals(List.of("two", "three"), store.find(id).orElseThrow().history());
        assertTrue(store.find(id).orElseThrow().lastAnswer().isEmpty(), "a declined question replaces it with none");
    }

    @Test
    void forgetsIdleConversations() {
        ConversationStore store = new ConversationStore(5, Duration.ofMinutes(30), 10, clock);
        String id = store.start().id();
        clock.advance(Duration.ofMinutes(29));
        assertTrue(store.find(id).isPresent(), "use refreshes the idle clock");
        clock.advance(Duration.ofMinutes(29));
        assertTrue(store.find(id).isPresent());
        clock.advance(Duration.ofMinutes(31));
        assertTrue(store.find(id).isEmpty());
    }

    @Test
    void keepsAtMostTheConfiguredNumberOfConversationsAndNeverDropsTheNewest() {
        ConversationStore store = new ConversationStore(5, Duration.ofMinutes(30), 10, clock);
        String newest = null;
        for (int i = 0; i < 30; i++) {
            newest = store.start().id();
        }
        assertEquals(10, store.size());
        assertTrue(store.find(newest).isPresent(), "a conversation just started is never the one forgotten");
    }

    @Test
    void recordingAQuestionKeepsTheConversationAlive() {
        ConversationStore store = new ConversationStore(5, Duration.ofMinutes(30), 10, clock);
        String id = store.start().id();
        clock.advance(Duration.ofMinutes(20));
        store.record(id, "one", Optional.empty());
        clock.advance(Duration.ofMinutes(20));
        assertEquals(List.of("one"), store.find(id).orElseThrow().history());
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2024-12-01T10:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
