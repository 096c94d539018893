package io.isnad.answer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** llm mode with nothing listening where the model should be: the service starts and answers anyway. */
@QuarkusTest
@TestProfile(ModelUnreachableTest.Unreachable.class)
class ModelUnreachableTest {

    public static class Unreachable implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("isnad.answer.mode", "llm", "quarkus.langchain4j.openai.timeout", "2s",
                    "quarkus.langchain4j.openai.base-url", "http://127.0.0.1:" + freePort() + "/v1/");
        }

        private static int freePort() {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    void answersExtractivelyWhenTheModelIsDown() {
        given().contentType(ContentType.JSON).body(Map.of("question", "متى التقى عباس عراقجي بالرئيس بشار الأسد في دمشق؟"))
                .post("/api/ask").then().statusCode(200)
                .body("fallback", equalTo(true))
                .body("fallbackReason", equalTo("model_error"))
                .body("citations[0].file", startsWith("003_"));
    }

    @Test
    void healthReportsTheModelDown() {
        given().get("/q/health/well").then().statusCode(503)
                .body("checks.find { it.name == 'language-model' }.status", equalTo("DOWN"));
    }
}
