package io.isnad.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class ConfigProblemsTest {

    @Test
    void valuesOnTheirBoundsPass() {
        assertEquals(List.of(), new ConfigProblems().between("a", 1, 1, 3).between("b", 3, 1, 3)
                .atLeast("c", 0, 0).share("d", 0).share("e", 1).check(true, "never").list());
    }

    @Test
    void aWeightMayBeZeroButNotNegativeNorNotANumber() {
        assertEquals(List.of("b must be 0 or more, got -0.5", "c must be 0 or more, got NaN",
                "d must be 0 or more, got Infinity"),
                new ConfigProblems().notNegative("a", 0).notNegative("b", -0.5).notNegative("c", Double.NaN)
                        .notNegative("d", Double.POSITIVE_INFINITY).notNegative("e", 2.5).list());
    }

    @Test
    void everyProblemIsKeptInOrderWithItsKeyAndValue() {
        assertEquals(List.of("a must be between 1 and 3, got 4", "c must be at least 1, got 0",
                "d must be between 0 and 1, got NaN", "e must be between 0 and 1, got -0.5", "f is wrong"),
                new ConfigProblems().between("a", 4, 1, 3).between("b", 2, 1, 3).atLeast("c", 0, 1)
                        .share("d", Double.NaN).share("e", -0.5).check(false, "f is wrong").list());
    }
}
