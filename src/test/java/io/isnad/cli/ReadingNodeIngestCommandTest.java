package io.isnad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.junit.main.Launch;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainTest;

/**
 * {@code isnad ingest} on a node that only reads the cluster refuses in one line with its own
 * exit code, before it touches the cluster (none is needed here) or any local index.
 */
@QuarkusMainTest
@TestProfile(ReadingNodeIngestCommandTest.ReadingNode.class)
class ReadingNodeIngestCommandTest {

    /** The cluster backend with ingestion switched off; the cluster address leads nowhere. */
    public static class ReadingNode implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("isnad.index.backend", "opensearch", "isnad.opensearch.hosts", "http://127.0.0.1:9",
                    "isnad.ingest.enabled", "false", "isnad.ingest.dir", "target/no-such-articles-folder");
        }
    }

    @Test
    @Launch(value = {"ingest", "seeds"}, exitCode = IngestCommand.NOT_INGESTING)
    void refusesInOneLineNamingTheKey(LaunchResult result) {
        assertEquals("", result.getOutput());
        assertEquals(1, result.getErrorOutput().lines().count(), result.getErrorOutput());
        assertTrue(result.getErrorOutput().contains("isnad.ingest.enabled=false"), result.getErrorOutput());
    }
}
