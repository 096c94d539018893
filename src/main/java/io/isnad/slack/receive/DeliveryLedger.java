package io.isnad.slack.receive;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import com.github.benmanes.caffeine.cache.Cache;

import io.isnad.index.Caches;

/**
 * Remembers what Slack has delivered, so that one message gets one answer: Slack retries an event
 * (same {@code event_id}, {@code X-Slack-Retry-Num} 1 to 3) when it did not see our reply in time, and
 * a message mentioning the app may come both as {@code app_mention} and as {@code message} (different
 * event ids, same channel and {@code ts}).
 */
@ApplicationScoped
class DeliveryLedger {

    /** Slack's retries come within minutes; an hour leaves ample margin. */
    static final Duration REMEMBERED_FOR = Duration.ofHours(1);
    static final int MAX_REMEMBERED = 100_000;

    private final Cache<String, Boolean> seen = Caches.builder().maximumSize(MAX_REMEMBERED)
            .expireAfterWrite(REMEMBERED_FOR).build();

    /** True the first time this event, and this message, are delivered; false for any repeat. */
    boolean firstDelivery(String eventId, String channel, String messageTs) {
        boolean newEvent = eventId == null || seen.asMap().putIfAbsent("event:" + eventId, Boolean.TRUE) == null;
        boolean newMessage = seen.asMap().putIfAbsent("message:" + channel + ":" + messageTs, Boolean.TRUE) == null;
        return newEvent && newMessage;
    }
}
