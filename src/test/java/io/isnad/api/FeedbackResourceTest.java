package io.isnad.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class FeedbackResourceTest {

    private static final String QUESTION = "متى التقى عباس عراقجي بالرئيس بشار الأسد في دمشق؟";

    @Test
    void aRatingIsStoredWithItsConversationHistoryAndListed() {
        String conversationId = given().contentType("application/json").body("{\"message\":\"Who met Assad in Damascus?\"}")
                .post("/api/chat").then().statusCode(200).extract().path("conversationId");
        given().contentType("application/json").body(Map.of("message", QUESTION, "conversationId", conversationId))
                .post("/api/chat").then().statusCode(200);

        String id = given().contentType("application/json").body(Map.of("rating", "down", "question", QUESTION,
                "answer", "جواب [1]", "citations", List.of(Map.of("file", "003_bda4f0888d9a15f7.txt", "start", 0, "end", 184)),
                "conversationId", conversationId, "comment", "wrong date"))
                .post("/api/feedback").then().statusCode(201).body("id", notNullValue()).extract().path("id");

        JsonPath listing = given().header(EvalLimitsTest.ADMIN).get("/api/feedback").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> entries = listing.getList("entries");
        assertEquals(listing.getInt("count"), entries.size());
        Map<String, Object> entry = entries.stream().filter(e -> id.equals(e.get("id"))).findFirst().orElseThrow();
        assertEquals("web", entry.get("source"));
        assertEquals("down", entry.get("rating"));
        assertEquals(List.of("Who met Assad in Damascus?"), entry.get("history"), "the turns before the rated one");
        assertEquals("wrong date", entry.get("comment"));
        assertEquals(List.of(Map.of("file", "003_bda4f0888d9a15f7.txt", "start", 0, "end", 184)), entry.get("citations"));
    }

    @Test
    void anAbstentionCanBeRatedWithoutCitations() {
        given().contentType("application/json").body(Map.of("rating", "up", "question", "Who won the 2022 World Cup?",
                "answer", "The articles do not answer this question.")).post("/api/feedback").then().statusCode(201);
    }

    @Test
    void badRatingsAreRefusedWithClearMessages() {
        refused("{\"rating\":\"meh\",\"question\":\"q\",\"answer\":\"a\"}", "'rating' must be");
        refused("{\"rating\":\"up\",\"answer\":\"a\"}", "'question' is required");
        refused("{\"rating\":\"up\",\"question\":\"q\",\"answer\":\" \"}", "'answer' is required");
        refused("{\"rating\":\"up\",\"question\":\"q\",\"answer\":\"a\",\"citations\":[{\"file\":\"x.txt\",\"start\":9,\"end\":3}]}",
                "needs 'start' and 'end'");
        refused("{\"rating\":\"up\",\"question\":\"q\",\"answer\":\"a\",\"citations\":[{\"start\":0,\"end\":3}]}",
                "'file' must be an article file name");
        refused("{\"rating\":\"up\",\"question\":\"q\",\"answer\":\"a\",\"conversationId\":\"../etc\"}", "'conversationId'");
        refused("{\"rating\":\"up\",\"question\":\"" + "q".repeat(2001) + "\",\"answer\":\"a\"}", "longer than 2000 characters");
        given().contentType("application/json").body("{\"rating\":").post("/api/feedback").then().statusCode(400)
                .body("error", equalTo("malformed_json"));
    }

    private static void refused(String body, String message) {
        given().contentType("application/json").body(body).post("/api/feedback").then().statusCode(400)
                .body("error", org.hamcrest.Matchers.anyOf(equalTo("invalid_request"), equalTo("question_too_long")))
                .body("message", containsString(message));
    }
}
