package io.isnad.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import org.junit.jupiter.api.Test;

import io.isnad.testing.LogCapture;

class ChatStreamTest {

    @Test
    void failureMidStreamEndsWithAnErrorEventAfterTheTokensSentAndLogsTheCause() {
        // The failure is expected: capture its log record and assert on it, instead of printing a stack trace.
        List<LogRecord> records;
        try (LogCapture log = LogCapture.of(ChatStream.class)) {
            List<ChatEvent> events = ChatStream.events(onText -> {
                onText.accept("first sentence.");
                throw new IllegalStateException("boom");
            }).collect().asList().await().atMost(Duration.ofSeconds(5));
            assertEquals(List.of("token", "error"), events.stream().map(ChatEvent::name).toList());
            assertEquals("internal_error", ((ChatEvent.Failure) events.get(1).data()).error());
            records = log.records();
        }
        assertEquals(1, records.size());
        assertEquals(Level.SEVERE.intValue(), records.get(0).getLevel().intValue(), "logged at ERROR");
        assertEquals("boom", assertInstanceOf(IllegalStateException.class, records.get(0).getThrown()).getMessage());
    }
}
