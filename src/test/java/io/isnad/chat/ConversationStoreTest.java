package io.isnad.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

class ConversationStoreTest {

    private final MutableClock clock = new MutableClock();

    @Test
    void keepsOnlyTheLatestTurns() {
        ConversationStore store = new ConversationStore(2, Duration.ofMinutes(30), 10, clock);
        String id = store.start().id();
        store.record(id, "one");
        store.record(id, "two");
        store.record(id, "three");
        assertEquals(List.of("two", "three"), store.find(id).orElseThrow().history());
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
    void forgetsTheLeastRecentlyUsedBeyondTheLimit() {
        ConversationStore store = new ConversationStore(5, Duration.ofMinutes(30), 2, clock);
        String first = store.start().id();
        String second = store.start().id();
        store.find(first);
        String third = store.start().id();
        assertTrue(store.find(second).isEmpty(), "the least recently used one goes");
        assertTrue(store.find(first).isPresent());
        assertTrue(store.find(third).isPresent());
        assertEquals(2, store.size());
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
