package io.isnad.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** With {@code isnad.api.keys} set, the question endpoints need one of the keys; reading articles does not. */
@QuarkusTest
@TestProfile(ApiKeysTest.Keys.class)
class ApiKeysTest {

    public static class Keys implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("isnad.api.keys", "first-key,second-key");
        }
    }

    @Test
    void questionEndpointsNeedAKey() {
        for (String path : new String[] {"/api/ask", "/api/chat", "/api/chat/stream"}) {
            given().contentType(ContentType.JSON).body(Map.of("question", "حلب", "message", "حلب")).post(path)
                    .then().statusCode(401).body("error", equalTo("unauthorized"));
            given().header(ApiAccessFilter.API_KEY_HEADER, "third-key").contentType(ContentType.JSON)
                    .body(Map.of("question", "حلب", "message", "حلب")).post(path).then().statusCode(401);
        }
        given().header(ApiAccessFilter.API_KEY_HEADER, "second-key").contentType(ContentType.JSON)
                .body(Map.of("question", "حلب")).post("/api/ask").then().statusCode(200);
        given().get("/api/articles").then().statusCode(200);
    }
}
