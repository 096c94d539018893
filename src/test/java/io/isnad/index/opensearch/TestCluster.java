package io.isnad.index.opensearch;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
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
final class TestCluster {

    static final String PROPERTY = "isnad.test.opensearch";
    static final String VARIABLE = "ISNAD_TEST_OPENSEARCH";

    private TestCluster() {
    }

    /** The configured URLs; skips the test when none is configured or none answers. */
    static List<String> hosts() {
        String configured = System.getProperty(PROPERTY, System.getenv(VARIABLE));
        assumeTrue(configured != null && !configured.isBlank(), "no OpenSearch configured: set " + VARIABLE
                + " (or -D" + PROPERTY + ") to the URLs of a running cluster, e.g. after `.ci/opensearch start`");
        List<String> hosts = Arrays.stream(configured.split(",")).map(String::strip).toList();
        assumeTrue(reachable(hosts), "no OpenSearch answers at " + configured + " (" + VARIABLE + ")");
        return hosts;
    }

    /** Settings for a fresh index of this test run, named so parallel or failed runs never collide. */
    static ClusterSettings settings(int shards, int replicas) {
        return ClusterSettings.of(hosts(), "isnad-test-" + UUID.randomUUID().toString().substring(0, 8)
                .toLowerCase(Locale.ROOT), shards, replicas);
    }

    private static boolean reachable(List<String> hosts) {
        try (ClusterClient client = ClusterClient.connect(ClusterSettings.of(hosts, "probe", 1, 0))) {
            return client.client().ping().value();
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
