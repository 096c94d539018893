package io.isnad.index;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

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

    public static class FreshServer implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("isnad.index.dir", "target/test-index-start");
        }
    }

    @Test
    void readinessTurnsUpWithoutAnyQuestion() throws InterruptedException {
        int status = 0;
        for (int i = 0; i < 600 && status != 200; i++) {
            status = given().get("/q/health/ready").statusCode();
            Thread.sleep(100);
        }
        assertEquals(200, status, "the live index was never built: nothing started ingestion");
    }
}
