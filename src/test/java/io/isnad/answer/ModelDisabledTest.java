package io.isnad.answer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** llm mode with the integration switched off: answers stay extractive and health says why. */
@QuarkusTest
@TestProfile(ModelDisabledTest.Disabled.class)
class ModelDisabledTest {

    public static class Disabled implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("isnad.answer.mode", "llm", "quarkus.langchain4j.openai.enable-integration", "false");
        }
    }

    @Test
    void answersExtractivelyAndSaysTheModelIsDisabled() {
        given().contentType(ContentType.JSON).body(Map.of("question", "كم بلغ عدد ضحايا الهجوم على الكلية الحربية في حمص؟"))
                .post("/api/ask").then().statusCode(200)
                .body("fallback", equalTo(true))
                .body("fallbackReason", equalTo("model_disabled"))
                .body("mode", equalTo("extractive"))
                .body("abstained", equalTo(false));
    }

    @Test
    void aDisabledModelIsNotAFailingOneAndNeverOpensTheCircuit() {
        for (int i = 0; i < 6; i++) {
            given().contentType(ContentType.JSON).body(Map.of("question", "من التقى الأسد في دمشق؟"))
                    .post("/api/ask").then().statusCode(200).body("fallbackReason", equalTo("model_disabled"));
        }
    }

    @Test
    void aFallbackIsCountedOnMetricsWithItsReason() {
        given().contentType(ContentType.JSON).body(Map.of("question", "من التقى الأسد في دمشق؟"))
                .post("/api/ask").then().statusCode(200).body("fallback", equalTo(true));
        given().get("/q/metrics").then().statusCode(200).body(containsString(
                "isnad_answers_total{mode=\"extractive\",outcome=\"fallback\",reason=\"model_disabled\"}"));
    }

    @Test
    void healthReportsTheModelDownWithoutFailingReadiness() {
        given().get("/q/health/well").then().statusCode(503)
                .body("checks.find { it.name == 'language-model' }.status", equalTo("DOWN"));
        given().get("/api/articles").then().statusCode(200); // waits for start-up ingestion, which readiness reports
        given().get("/q/health/ready").then().statusCode(200);
    }
}
