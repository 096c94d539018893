package io.isnad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.isnad.config.Mappings;

class IngestConfigCheckTest {

    @Test
    void theDefaultsAreValid() {
        assertEquals(List.of(), new IngestConfigCheck(Mappings.of(IngestConfig.class)).problems());
    }

    @Test
    void theBoundsThemselvesAreAccepted() {
        assertEquals(List.of(), new IngestConfigCheck(Mappings.of(IngestConfig.class,
                "isnad.ingest.max-file-bytes", "1", "isnad.ingest.chunk-sentences", "1",
                "isnad.ingest.chunk-overlap", "0")).problems());
        assertEquals(List.of(), new IngestConfigCheck(Mappings.of(IngestConfig.class,
                "isnad.ingest.chunk-sentences", "4", "isnad.ingest.chunk-overlap", "3")).problems());
    }

    @Test
    void settingsOutOfRangeAreNamedWithTheirKeys() {
        assertEquals(List.of(
                "isnad.ingest.max-file-bytes must be at least 1, got -1",
                "isnad.ingest.chunk-sentences must be at least 1, got 0",
                "isnad.ingest.chunk-overlap must be between 0 and 0, got 1"),
                new IngestConfigCheck(Mappings.of(IngestConfig.class, "isnad.ingest.max-file-bytes", "-1",
                        "isnad.ingest.chunk-sentences", "0")).problems());
    }

    @Test
    void anOverlapAsLargeAsTheChunkIsRefused() {
        assertEquals(List.of("isnad.ingest.chunk-overlap must be between 0 and 2, got 3"),
                new IngestConfigCheck(Mappings.of(IngestConfig.class, "isnad.ingest.chunk-overlap", "3")).problems());
    }

    @Test
    void chunkingMadeOutsideTheServiceIsRefusedByTheSameRules() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new ChunkingSettings(3, 3));
        assertEquals("isnad.ingest.chunk-overlap must be between 0 and 2, got 3", refused.getMessage());
    }
}
