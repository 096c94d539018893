package io.isnad.index;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * A server ingests its articles as soon as it listens, with no request asking for them: readiness
 * alone turns UP. Its own profile (and index folder), so no other test's questions start it first.
 */
@QuarkusTest
@TestProfile(LiveCorpusStartTest.FreshServer.class)
class LiveCorpusStartTest {

    /** A folder no earlier run wrote, so only this server's index can be found in it. */
    static final Path INDEX = Path.of("target", "test-index-start-" + ProcessHandle.current().pid());

    public static class FreshServer implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("isnad.index.dir", INDEX.toString());
        }
    }

    @Test
    void readinessTurnsUpWithoutAnyQuestion() throws InterruptedException, IOException {
        int status = 0;
        for (int i = 0; i < 600 && status != 200; i++) {
            status = given().get("/q/health/ready").statusCode();
            Thread.sleep(100);
        }
        assertEquals(200, status, "the live index was never built: nothing started ingestion");
        // The index opens while the framework is still starting, before its runtime configuration
        // exists: it must still be the configured folder, and its figures must reach the meters.
        try (Directory directory = FSDirectory.open(INDEX)) {
            assertTrue(DirectoryReader.indexExists(directory), "no index in the configured folder " + INDEX);
        }
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertEquals(1, value(metrics, "isnad_ingestion_duration_seconds_count"), metrics);
        assertEquals(5, value(metrics, "isnad_articles_indexed"), metrics);
    }

    private static double value(String metrics, String series) {
        return metrics.lines().filter(line -> line.startsWith(series + " ")).findFirst()
                .map(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).orElse(-1.0);
    }
}
