package io.isnad.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Every bad request gets the one error shape, a 4xx status, and no internals. */
@QuarkusTest
class ErrorShapeTest {

    private static ValidatableResponse ask(String body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/ask").then();
    }

    private static void assertError(ValidatableResponse response, int status, String error) {
        response.statusCode(status)
                .contentType(ContentType.JSON)
                .body("error", equalTo(error))
                .body("message", notNullValue())
                .body(not(containsString("Exception")))
                .body(not(containsString("\tat ")));
    }

    @Test
    void missingQuestion() {
        assertError(ask("{}"), 400, "invalid_request");
    }

    @Test
    void blankQuestion() {
        assertError(ask("{\"question\": \"  \\n \"}"), 400, "invalid_request");
    }

    @Test
    void nullBody() {
        assertError(ask("null"), 400, "invalid_request");
    }

    @Test
    void questionOverTwoThousandCharacters() {
        assertError(ask("{\"question\": \"" + "ا".repeat(2001) + "\"}"), 400, "question_too_long");
    }

    @Test
    void questionOfExactlyTwoThousandCharactersIsAccepted() {
        ask("{\"question\": \"" + "حلب ".repeat(500) + "\"}").statusCode(200);
    }

    @Test
    void topKOutOfRange() {
        assertError(ask("{\"question\": \"حلب\", \"topK\": 21}"), 400, "invalid_request");
        assertError(ask("{\"question\": \"حلب\", \"topK\": 0}"), 400, "invalid_request");
    }

    @Test
    void malformedJson() {
        assertError(ask("{\"question\": "), 400, "malformed_json");
        assertError(ask("{\"question\": [1, 2]}"), 400, "malformed_json");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"question\": \"حلب\", \"topK\": \"5\"}", "{\"question\": \"حلب\", \"topK\": 2.5}",
        "{\"question\": 123}", "{\"question\": true}", "{\"question\": \"حلب\", \"topK\": true}"})
    void valuesOfTheWrongJsonTypeAreRefusedNotConverted(String body) {
        assertError(ask(body), 400, "malformed_json");
    }

    @Test
    void chatFieldsAreValidatedLikeAsk() {
        assertError(given().contentType(ContentType.JSON).body("{\"message\": \" \"}").post("/api/chat").then(), 400,
                "invalid_request");
        assertError(given().contentType(ContentType.JSON).body("{\"message\": \"حلب\", \"conversationId\": \"../x\"}")
                .post("/api/chat/stream").then(), 400, "invalid_request");
        assertError(given().contentType(ContentType.JSON).body("{\"message\": \"" + "ا".repeat(2001) + "\"}")
                .post("/api/chat").then(), 400, "question_too_long");
    }

    @Test
    void wrongContentType() {
        assertError(given().contentType(ContentType.TEXT).body("question=x").post("/api/ask").then(), 415,
                "unsupported_media_type");
    }

    @Test
    void wrongMethod() {
        assertError(given().get("/api/ask").then(), 405, "method_not_allowed");
    }

    @Test
    void unknownRoute() {
        assertError(given().get("/api/nothing-here").then(), 404, "not_found");
    }

    @Test
    void unknownArticle() {
        assertError(given().get("/api/articles/999_missing.txt").then(), 404, "not_found");
    }

    @ParameterizedTest
    @ValueSource(strings = {"..%2Fpom.xml", "..%2F..%2Fetc%2Fpasswd", "%2E%2E%2Fapplication.properties",
            "..%5Cpom.xml", "seeds%2F000_7a1f042e14fe9a2d.txt"})
    void pathLikeNamesNeverReadOutsideTheArticles(String name) {
        given().urlEncodingEnabled(false).get("/api/articles/" + name).then()
                .statusCode(404)
                .body(not(containsString("<artifactId>")))
                .body(not(containsString("root:")));
    }
}
