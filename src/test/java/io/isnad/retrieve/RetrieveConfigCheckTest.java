package io.isnad.retrieve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.isnad.config.Mappings;

class RetrieveConfigCheckTest {

    @Test
    void theDefaultsAreValid() {
        assertEquals(List.of(), new RetrieveConfigCheck(Mappings.of(RetrieveConfig.class)).problems());
    }

    @Test
    void theBoundsThemselvesAreAccepted() {
        RetrieveConfig bounds = Mappings.of(RetrieveConfig.class, "isnad.retrieve.grams-weight", "0",
                "isnad.retrieve.rescore-weight", "0", "isnad.retrieve.candidates", "1",
                "isnad.retrieve.passages-per-article", "1", "isnad.retrieve.rescore-depth", "0");
        assertEquals(List.of(), new RetrieveConfigCheck(bounds).problems());
    }

    @Test
    void settingsOutOfRangeAreNamedWithTheirKeys() {
        RetrieveConfig wrong = Mappings.of(RetrieveConfig.class, "isnad.retrieve.arabic-weight", "-1",
                "isnad.retrieve.title-weight", "NaN", "isnad.retrieve.candidates", "0",
                "isnad.retrieve.passages-per-article", "0", "isnad.retrieve.translated-rescore-weight", "-0.5",
                "isnad.retrieve.rescore-depth", "-1");
        assertEquals(List.of(
                "isnad.retrieve.arabic-weight must be 0 or more, got -1.0",
                "isnad.retrieve.title-weight must be 0 or more, got NaN",
                "isnad.retrieve.candidates must be at least 1, got 0",
                "isnad.retrieve.passages-per-article must be at least 1, got 0",
                "isnad.retrieve.translated-rescore-weight must be 0 or more, got -0.5",
                "isnad.retrieve.rescore-depth must be at least 0, got -1"),
                new RetrieveConfigCheck(wrong).problems());
    }
}
