package io.isnad.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * {@code POST /api/ask} answers a question asked before from the answer cache, on the I/O thread,
 * with the same answer as the first time; another passage count is another question.
 */
@QuarkusTest
class AskCacheTest {

    private static final String QUESTION = "من هو المتحدث باسم وزارة الخارجية الإيرانية؟ (AskCacheTest)";

    @Test
    void aRepeatedQuestionGetsTheKeptAnswer() {
        JsonPath first = ask(Map.of("question", QUESTION));
        JsonPath again = ask(Map.of("question", QUESTION));
        assertFalse(first.getBoolean("timings.cached"));
        assertTrue(again.getBoolean("timings.cached"));
        assertEquals(0.0, again.getDouble("timings.retrievalMs"));
        assertEquals(first.getString("answer"), again.getString("answer"));
        assertEquals(first.getList("citations"), again.getList("citations"));
        assertEquals(first.getList("passages"), again.getList("passages"));

        JsonPath fewer = ask(Map.of("question", QUESTION, "topK", 2));
        assertFalse(fewer.getBoolean("timings.cached"));
        assertEquals(2, fewer.getList("passages").size());
    }

    @Test
    void aBadRequestIsRefusedBeforeTheCacheIsAsked() {
        String blank = given().contentType(ContentType.JSON).body(Map.of("question", " ")).post("/api/ask")
                .then().statusCode(400).extract().path("error");
        assertEquals("invalid_request", blank);
        String error = given().contentType(ContentType.JSON).body(Map.of("question", QUESTION, "topK", 0))
                .post("/api/ask").then().statusCode(400).extract().path("error");
        assertEquals("invalid_request", error);
    }

    private static JsonPath ask(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/ask").then().statusCode(200).extract()
                .jsonPath();
    }
}
