package io.isnad.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.isnad.config.Mappings;

class IndexConfigCheckTest {

    @Test
    void theDefaultsAreValid() {
        assertEquals(List.of(), new IndexConfigCheck(Mappings.of(IndexConfig.class)).problems());
    }

    @Test
    void theBoundsThemselvesAreAccepted() {
        assertEquals(List.of(), new IndexConfigCheck(Mappings.of(IndexConfig.class,
                "isnad.index.commit-every", "1", "isnad.index.commit-interval", "0s",
                "isnad.index.article-cache-mb", "1", "isnad.index.ingest-threads", "0")).problems());
    }

    @Test
    void settingsOutOfRangeAreNamedWithTheirKeys() {
        assertEquals(List.of(
                "isnad.index.commit-every must be at least 1, got 0",
                "isnad.index.commit-interval must be 0s or more, got PT-1S",
                "isnad.index.article-cache-mb must be at least 1, got 0",
                "isnad.index.ingest-threads must be at least 0, got -2"),
                new IndexConfigCheck(Mappings.of(IndexConfig.class, "isnad.index.commit-every", "0",
                        "isnad.index.commit-interval", "-1s", "isnad.index.article-cache-mb", "0",
                        "isnad.index.ingest-threads", "-2")).problems());
    }

    @Test
    void settingsMadeOutsideTheServiceAreRefusedByTheSameRules() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new IndexSettings(0, Duration.ofSeconds(-1), 32, 0));
        assertEquals("isnad.index.commit-every must be at least 1, got 0; "
                + "isnad.index.commit-interval must be 0s or more, got PT-1S", refused.getMessage());
    }
}
