package io.isnad.answer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** {@code isnad.answer.provider=ollama}: plain and streamed answers come from the named Ollama model. */
@QuarkusTest
@TestProfile(OllamaAnswerTest.Ollama.class)
class OllamaAnswerTest {

    private static final String MEETING = "متى التقى عباس عراقجي بالرئيس بشار الأسد في دمشق؟";

    public static class Ollama implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("isnad.answer.mode", "llm", "isnad.answer.provider", "ollama",
                    "quarkus.langchain4j.ollama.ollama.timeout", "5s");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(OllamaStub.class));
        }
    }

    @ConfigProperty(name = "quarkus.langchain4j.ollama.ollama.base-url")
    String stubUrl;

    @Test
    void plainAnswerComesFromTheOllamaModelWithTheConfiguredModelAndTemperature() {
        JsonPath answer = given().contentType(ContentType.JSON).body(Map.of("question", MEETING))
                .post("/api/ask").then().statusCode(200).extract().jsonPath();
        assertEquals("llm", answer.getString("mode"), answer.prettify());
        assertEquals(OpenAiStub.GOOD_REPLY, answer.getString("answer"));
        JsonPath requests = RestAssured.get(stubUrl + "/__requests").jsonPath();
        assertEquals("llama3.2", requests.getString("[0].model"));
        assertEquals(0.1, requests.getDouble("[0].options.temperature"), 1e-9);
    }

    @Test
    void streamedAnswerComesFromTheOllamaModel() {
        String body = given().contentType(ContentType.JSON).accept("text/event-stream")
                .body(Map.of("message", MEETING)).post("/api/chat/stream").then().statusCode(200).extract().asString();
        List<SseEvents.Event> events = SseEvents.parse(body);
        JsonPath done = JsonPath.from(events.get(events.size() - 1).data());
        assertEquals("llm", done.getString("mode"), body);
        assertFalse(done.getBoolean("fallback"));
        assertEquals(OpenAiStub.GOOD_REPLY, SseEvents.text(events).strip());
    }

    @Test
    void healthProbesTheOllamaServer() {
        given().get("/q/health/well").then().statusCode(200)
                .body("checks.find { it.name == 'language-model' }.data.provider", equalTo("ollama"))
                .body("checks.find { it.name == 'language-model' }.status", equalTo("UP"));
    }
}
