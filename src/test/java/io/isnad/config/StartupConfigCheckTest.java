package io.isnad.config;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigurationException;

class StartupConfigCheckTest {

    @Test
    void everyStagesProblemsAreListedInOneRefusalOneLineEach() {
        StageConfigCheck answer = () -> List.of("isnad.answer.related-ratio must be between 0 and 1, got 1.5");
        StageConfigCheck valid = List::of;
        StageConfigCheck chat = () -> List.of("isnad.chat.max-turns must be at least 0, got -1",
                "isnad.chat.max-conversations must be at least 1, got 0");
        // A ConfigurationException is what Quarkus reports alone, without a stack trace.
        ConfigurationException refused = assertThrows(ConfigurationException.class,
                () -> new StartupConfigCheck(List.of(answer, valid, chat)).check(new StartupEvent()));
        assertEquals(List.of("Invalid configuration:",
                "  isnad.answer.related-ratio must be between 0 and 1, got 1.5",
                "  isnad.chat.max-turns must be at least 0, got -1",
                "  isnad.chat.max-conversations must be at least 1, got 0"), refused.getMessage().lines().toList());
    }

    @Test
    void validStagesStartQuietly() {
        assertDoesNotThrow(() -> new StartupConfigCheck(List.of(List::of, List::of)).check(new StartupEvent()));
    }
}
