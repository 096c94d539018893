package io.isnad.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ChatStreamTest {

    @Test
    void failureMidStreamEndsWithAnErrorEventAfterTheTokensSent() {
        List<ChatEvent> events = ChatStream.events(onText -> {
            onText.accept("first sentence.");
            throw new IllegalStateException("boom");
        }).collect().asList().await().atMost(Duration.ofSeconds(5));
        assertEquals(List.of("token", "error"), events.stream().map(ChatEvent::name).toList());
        assertEquals("internal_error", ((Map<?, ?>) events.get(1).data()).get("error"));
    }
}
