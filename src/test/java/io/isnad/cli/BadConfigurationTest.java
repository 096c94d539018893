package io.isnad.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.junit.main.Launch;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainTest;

/**
 * The server started with two stages' keys out of range stops at once naming both, each on its own line: each
 * stage refused on its own before, so the operator met the second mistake only after fixing the first.
 */
@QuarkusMainTest
@TestProfile(BadConfigurationTest.TwoStagesWrong.class)
class BadConfigurationTest {

    @Test
    @Launch(value = {}, exitCode = 1)
    void refusesToStartNamingEveryStagesBadKey(LaunchResult result) {
        String output = result.getOutput() + result.getErrorOutput();
        assertTrue(output.contains("Invalid configuration:"), output);
        assertTrue(output.lines().anyMatch(line -> line.strip()
                .equals("isnad.answer.related-ratio must be between 0 and 1, got 1.5")), output);
        assertTrue(output.lines().anyMatch(line -> line.strip()
                .equals("isnad.chat.max-turns must be at least 0, got -1")), output);
    }

    /** A share above 1 in the answer stage and a negative number of turns in the conversation stage. */
    public static class TwoStagesWrong implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("isnad.answer.related-ratio", "1.5", "isnad.chat.max-turns", "-1");
        }
    }
}
