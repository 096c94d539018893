package io.isnad.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.isnad.config.Mappings;

class ChatConfigCheckTest {

    @Test
    void theDefaultsAreValid() {
        assertEquals(List.of(), new ChatConfigCheck(Mappings.of(ChatConfig.class)).problems());
    }

    @Test
    void theBoundsThemselvesAreAccepted() {
        assertEquals(List.of(), new ChatConfigCheck(Mappings.of(ChatConfig.class, "isnad.chat.max-turns", "0",
                "isnad.chat.idle-timeout", "1s", "isnad.chat.max-conversations", "1")).problems());
    }

    @Test
    void settingsOutOfRangeAreNamedWithTheirKeys() {
        assertEquals(List.of(
                "isnad.chat.max-turns must be at least 0, got -1",
                "isnad.chat.idle-timeout must be longer than 0, got PT0S",
                "isnad.chat.max-conversations must be at least 1, got 0"),
                new ChatConfigCheck(Mappings.of(ChatConfig.class, "isnad.chat.max-turns", "-1",
                        "isnad.chat.idle-timeout", "0s", "isnad.chat.max-conversations", "0")).problems());
    }
}
