package io.isnad.index.opensearch;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import com.sun.management.UnixOperatingSystemMXBean;

import io.isnad.answer.AssistantService;
import io.isnad.answer.Question;
import io.isnad.index.CorpusUnavailableException;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;

/**
 * The service on the OpenSearch backend while its cluster goes away and comes back (a TCP gate in
 * front of the real node): readiness DOWN and {@code /api/ask} 503 with the JSON error shape while
 * it is unreachable, no threads or connections piling up meanwhile, and answers again on their
 * own once it returns, the ingesting node having retried its sync.
 */
@QuarkusTest
@TestProfile(OpenSearchUnreachableTest.Profile.class)
class OpenSearchUnreachableTest {

    private static final ClusterGate GATE = gate();
    private static final String INDEX = "isnad-test-" + UUID.randomUUID().toString().substring(0, 8);
    @Inject
    AssistantService assistant;

    private static final String QUESTION = "{\"question\":\"متى التقى عباس عراقجي بالرئيس بشار الأسد في دمشق؟\"}";

    /** The OpenSearch backend, pointed at the gate, with short timeouts so failures are quick. */
    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("isnad.index.backend", "opensearch", "isnad.opensearch.hosts", GATE.url(),
                    "isnad.opensearch.index", INDEX, "isnad.opensearch.timeout", "2s");
        }
    }

    @AfterAll
    static void cleanUp() throws IOException {
        GATE.close();
        String configured = System.getProperty(TestCluster.PROPERTY, System.getenv(TestCluster.VARIABLE));
        if (configured != null && !configured.isBlank()) {
            ClusterTestIndexes.delete(ClusterSettings.of(List.of(configured.split(",")), INDEX, 1, 0));
        }
    }

    @Test
    void downWhileUnreachableAndBackWhenItReturns() throws Exception {
        String node = TestCluster.hosts().get(0);

        readiness().statusCode(503).body("status", equalTo("DOWN"));
        ask().statusCode(503).body("error", equalTo("not_ready")).body("message", containsString("cluster"));
        // In process, so the test's own HTTP connections do not count.
        assertThrows(CorpusUnavailableException.class, () -> assistant.ask(Question.of("عراقجي", 5)));
        int threads = ManagementFactory.getThreadMXBean().getThreadCount();
        long files = openFiles();
        for (int i = 0; i < 30; i++) {
            assertThrows(CorpusUnavailableException.class, () -> assistant.ask(Question.of("عراقجي", 5)));
        }
        int threadsAfter = ManagementFactory.getThreadMXBean().getThreadCount();
        long filesAfter = openFiles();
        System.out.printf(Locale.ROOT, "cluster unreachable, 30 questions: threads %d -> %d, open files %d -> %d%n",
                threads, threadsAfter, files, filesAfter);
        assertTrue(threadsAfter <= threads + 2, "threads grew from " + threads + " to " + threadsAfter);
        assertTrue(filesAfter <= files + 4, "open files grew from " + files + " to " + filesAfter);

        GATE.open(node);
        awaitReady();
        ask().statusCode(200).body("citations.size()", greaterThan(0));

        GATE.shut();
        ask().statusCode(503).body("error", equalTo("not_ready"));
        readiness().statusCode(503);

        GATE.open(node);
        awaitReady();
        ask().statusCode(200).body("citations[0].file", equalTo("003_bda4f0888d9a15f7.txt"));
    }

    private static ValidatableResponse ask() {
        return given().contentType("application/json").body(QUESTION).post("/api/ask").then();
    }

    private static ValidatableResponse readiness() {
        return given().get("/q/health/ready").then();
    }

    /** Waits for the ingesting node's retried sync and the readiness check to see the cluster again. */
    private static void awaitReady() throws InterruptedException {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (given().get("/q/health/ready").statusCode() == 200) {
                return;
            }
            Thread.sleep(500);
        }
        fail("not ready within 120 s of the cluster's return");
    }

    private static long openFiles() {
        return ((UnixOperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getOpenFileDescriptorCount();
    }

    private static ClusterGate gate() {
        try {
            return new ClusterGate();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
