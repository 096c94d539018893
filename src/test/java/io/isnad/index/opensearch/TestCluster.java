package io.isnad.index.opensearch;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The OpenSearch cluster the integration tests run against: the URLs in the system property
 * {@code isnad.test.opensearch} or the environment variable {@code ISNAD_TEST_OPENSEARCH}
 * (comma-separated, as {@code .ci/opensearch urls} prints them). Without one, or when it does not
 * answer, the calling test is skipped with the reason.
 */
public final class TestCluster {

    static final String PROPERTY = "isnad.test.opensearch";
    public static final String VARIABLE = "ISNAD_TEST_OPENSEARCH";

    private TestCluster() {
    }

    /**
     * The configured URLs; skips the test when none is configured or none answers. CI starts the
     * cluster beside the build and sets {@code ISNAD_TEST_OPENSEARCH_WAIT} (seconds) so the first
     * test waits for it instead of skipping.
     */
    public static List<String> hosts() {
        String configured = System.getProperty(PROPERTY, System.getenv(VARIABLE));
        assumeTrue(configured != null && !configured.isBlank(), "no OpenSearch configured: set " + VARIABLE
                + " (or -D" + PROPERTY + ") to the URLs of a running cluster, e.g. after `.ci/opensearch start`");
        List<String> hosts = Arrays.stream(configured.split(",")).map(String::strip).toList();
        long deadline = System.nanoTime() + Duration.ofSeconds(waitSeconds()).toNanos();
        boolean reachable = reachable(hosts);
        while (!reachable && System.nanoTime() < deadline) {
            sleep();
            reachable = reachable(hosts);
        }
        assumeTrue(reachable, "no OpenSearch answers at " + configured + " (" + VARIABLE + ")");
        return hosts;
    }

    private static long waitSeconds() {
        String wait = System.getenv("ISNAD_TEST_OPENSEARCH_WAIT");
        return wait == null || wait.isBlank() ? 0 : Long.parseLong(wait.strip());
    }

    private static void sleep() {
        try {
            Thread.sleep(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Settings for a fresh index of this test run, named so parallel or failed runs never collide. */
    static ClusterSettings settings(int shards, int replicas) {
        return ClusterSettings.of(hosts(), "isnad-test-" + UUID.randomUUID().toString().substring(0, 8)
                .toLowerCase(Locale.ROOT), shards, replicas);
    }

    /** Whether the cluster answers with every node of {@code hosts} joined and a cluster manager elected. */
    private static boolean reachable(List<String> hosts) {
        try (ClusterClient client = ClusterClient.connect(ClusterSettings.of(hosts, "probe", 1, 0))) {
            return client.client().cluster().health().numberOfNodes() >= hosts.size();
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
