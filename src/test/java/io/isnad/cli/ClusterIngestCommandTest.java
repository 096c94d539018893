package io.isnad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.isnad.index.opensearch.ClusterSettings;
import io.isnad.index.opensearch.ClusterTestIndexes;
import io.isnad.index.opensearch.TestCluster;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;

/**
 * {@code isnad ingest} of the packaged app with {@code isnad.index.backend=opensearch}: the
 * folder goes into the configured cluster index, incrementally, and no local Lucene index is
 * written. Skipped with the reason when no cluster is reachable ({@code ISNAD_TEST_OPENSEARCH}).
 */
@QuarkusMainTest
@TestProfile(ClusterIngestCommandTest.ClusterBackend.class)
class ClusterIngestCommandTest {

    private static final String INDEX = "isnad-test-cli-" + UUID.randomUUID().toString().substring(0, 8);
    private static final Path LOCAL_INDEX = Path.of("target", INDEX);

    /** The cluster backend on the test cluster, with a fresh index; the service's own folder absent. */
    public static class ClusterBackend implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            String hosts = Optional.ofNullable(System.getenv(TestCluster.VARIABLE)).filter(h -> !h.isBlank())
                    .orElse("http://127.0.0.1:9");
            return Map.of("isnad.index.backend", "opensearch", "isnad.opensearch.hosts", hosts,
                    "isnad.opensearch.index", INDEX, "isnad.index.dir", LOCAL_INDEX.toString(),
                    "isnad.ingest.dir", "target/no-such-articles-folder");
        }
    }

    @Test
    void ingestWritesTheFolderIntoTheClusterAndOnlyChangesTheSecondTime(QuarkusMainLauncher launcher,
            @TempDir Path dir) throws IOException {
        ClusterSettings cluster = ClusterSettings.of(TestCluster.hosts(), INDEX, 1, 0);
        for (String seed : new String[] {"000_7a1f042e14fe9a2d.txt", "001_beb8dc77d57e528b.txt"}) {
            Files.copy(Path.of("seeds", seed), dir.resolve(seed));
        }
        try {
            LaunchResult first = launcher.launch("ingest", dir.toString());
            assertEquals(0, first.exitCode(), first.getErrorOutput());
            assertTrue(first.getOutput().contains("into OpenSearch index " + INDEX)
                    && first.getOutput().contains("2 articles indexed, 0 skipped (index: 2 added"), first.getOutput());
            assertFalse(Files.exists(LOCAL_INDEX), "no local Lucene index is written");

            Files.delete(dir.resolve("001_beb8dc77d57e528b.txt"));
            LaunchResult second = launcher.launch("ingest", dir.toString());
            assertEquals(0, second.exitCode(), second.getErrorOutput());
            assertTrue(second.getOutput().contains("0 added, 0 updated, 1 removed, 1 unchanged"), second.getOutput());
        } finally {
            ClusterTestIndexes.delete(cluster);
        }
    }

    @Test
    void aLuceneIndexFolderIsRefusedInOneLine(QuarkusMainLauncher launcher) {
        LaunchResult run = launcher.launch("ingest", "--index", "target/some-index", "seeds");
        assertEquals(IngestCommand.NO_FOLDER, run.exitCode());
        assertEquals(1, run.getErrorOutput().lines().count(), run.getErrorOutput());
        assertTrue(run.getErrorOutput().contains("isnad.index.backend=opensearch"), run.getErrorOutput());
    }
}
