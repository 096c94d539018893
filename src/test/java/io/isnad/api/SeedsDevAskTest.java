package io.isnad.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Every seeds-dev question through {@code POST /api/ask}, as a user would ask it. */
@QuarkusTest
class SeedsDevAskTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Map<String, String> articleTexts = new HashMap<>();

    @TestFactory
    Stream<DynamicTest> everyQuestionIsAnsweredFromTheRightArticleOrAbstains() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode q : questions()) {
            if (q.has("history") && !q.get("history").isEmpty()) {
                continue;
            }
            tests.add(DynamicTest.dynamicTest(q.get("id").asText() + " " + q.get("question").asText(), () -> check(q)));
        }
        return tests.stream();
    }

    private void check(JsonNode q) throws IOException {
        String body = JSON.writeValueAsString(Map.of("question", q.get("question").asText()));
        JsonNode answer = JSON.readTree(given().contentType(ContentType.JSON).body(body)
                .post("/api/ask").then().statusCode(200).extract().asString());
        assertEquals(q.get("lang").asText(), answer.get("language").asText());
        if (!q.get("answerable").asBoolean()) {
            assertTrue(answer.get("abstained").asBoolean(), "should abstain: " + answer.get("answer"));
            assertTrue(answer.get("citations").isEmpty());
            return;
        }
        assertFalse(answer.get("abstained").asBoolean(), "abstained on an answerable question");
        List<String> expected = JSON.convertValue(q.get("expected_files"), JSON.getTypeFactory()
                .constructCollectionType(List.class, String.class));
        boolean citesExpected = false;
        for (JsonNode c : answer.get("citations")) {
            String file = c.get("file").asText();
            citesExpected |= expected.contains(file);
            String text = articleText(file);
            assertEquals(c.get("quote").asText(), text.substring(c.get("start").asInt(), c.get("end").asInt()),
                    "quote must match its offsets");
            assertTrue(answer.get("answer").asText().contains("[" + c.get("n").asInt() + "]"), "marker in answer");
        }
        assertTrue(citesExpected, "cites one of " + expected + ": " + answer.get("citations"));
    }

    private String articleText(String file) {
        return articleTexts.computeIfAbsent(file, f -> given().get("/api/articles/" + f).then().statusCode(200)
                .extract().path("text"));
    }

    static List<JsonNode> questions() throws IOException {
        try (InputStream in = SeedsDevAskTest.class.getResourceAsStream("/eval/seeds-dev.jsonl")) {
            List<JsonNode> result = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    result.add(JSON.readTree(line));
                }
            }
            return result;
        }
    }
}
