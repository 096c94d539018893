package io.isnad.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;

class ChatStreamTest {

    @Test
    void failureMidStreamEndsWithAnErrorEventAfterTheTokensSentAndLogsTheCause() {
        // The failure is expected: capture its log record and assert on it, instead of printing a stack trace.
        Logger logger = Logger.getLogger(ChatStream.class.getName());
        List<LogRecord> records = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord logged) {
                records.add(logged);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        boolean parents = logger.getUseParentHandlers();
        logger.addHandler(capture);
        logger.setUseParentHandlers(false);
        try {
            List<ChatEvent> events = ChatStream.events(onText -> {
                onText.accept("first sentence.");
                throw new IllegalStateException("boom");
            }).collect().asList().await().atMost(Duration.ofSeconds(5));
            assertEquals(List.of("token", "error"), events.stream().map(ChatEvent::name).toList());
            assertEquals("internal_error", ((Map<?, ?>) events.get(1).data()).get("error"));
        } finally {
            logger.removeHandler(capture);
            logger.setUseParentHandlers(parents);
        }
        assertEquals(1, records.size());
        assertEquals(Level.SEVERE.intValue(), records.get(0).getLevel().intValue(), "logged at ERROR");
        assertEquals("boom", assertInstanceOf(IllegalStateException.class, records.get(0).getThrown()).getMessage());
    }
}
