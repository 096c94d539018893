package io.isnad.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.junit.main.Launch;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainTest;

/** The server started without its articles folder stops at once with one line saying what to fix. */
@QuarkusMainTest
@TestProfile(MissingArticlesFolderTest.MissingFolder.class)
class MissingArticlesFolderTest {

    @Test
    @Launch(value = {}, exitCode = 1)
    void failsFastNamingTheFolderAndTheKeyWithoutAStackTrace(LaunchResult result) {
        String output = result.getOutput() + result.getErrorOutput();
        assertTrue(output.contains("target/no-such-articles-folder") && output.contains("isnad.ingest.dir"), output);
        assertFalse(output.contains("\tat "), "no stack trace: " + output);
        assertFalse(output.contains("Exception"), "no exception: " + output);
    }

    /** Points the articles folder at a path that does not exist. */
    public static class MissingFolder implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("isnad.ingest.dir", "target/no-such-articles-folder");
        }
    }
}
