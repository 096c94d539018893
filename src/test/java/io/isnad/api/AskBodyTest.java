package io.isnad.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/**
 * What {@code /api/ask} reads of its body: a follow-up's {@code history}, answered as {@code /api/chat} answers the
 * same turns; any other field it does not read, and a field of another JSON type, refused with the field named in
 * the reader's language; a 405 naming the methods a path answers.
 */
@QuarkusTest
class AskBodyTest {

    private static final String LEAD = "Who met Assad in Damascus on December 1?";
    private static final String FOLLOW_UP = "Where will he travel next?";

    private static ValidatableResponse ask(Object body, String acceptLanguage) {
        return given().contentType(ContentType.JSON).header("Accept-Language", acceptLanguage).body(body)
                .post("/api/ask").then();
    }

    @Test
    void aFollowUpWithItsHistoryIsAnsweredAsTheConversationAnswersIt() {
        String id = given().contentType(ContentType.JSON).body(Map.of("message", LEAD)).post("/api/chat").then()
                .statusCode(200).extract().path("conversationId");
        JsonPath chat = given().contentType(ContentType.JSON).body(Map.of("message", FOLLOW_UP, "conversationId", id))
                .post("/api/chat").then().statusCode(200).extract().jsonPath();
        JsonPath asked = ask(Map.of("question", FOLLOW_UP, "history", List.of(" " + LEAD + " ")), "en").statusCode(200)
                .extract().jsonPath();

        assertNotNull(asked.getString("rewrittenQuestion"), "read as a follow-up");
        for (String field : List.of("answer", "abstained", "rewrittenQuestion", "citations", "shortAnswer")) {
            assertEquals(chat.getString(field), asked.getString(field), field);
        }
        ask(Map.of("question", FOLLOW_UP), "en").statusCode(200).body("rewrittenQuestion", nullValue());
        ask(Map.of("question", FOLLOW_UP, "history", List.of()), "en").statusCode(200)
                .body("rewrittenQuestion", nullValue());
    }

    @Test
    void theHistorysQuestionsAreCheckedAsTheQuestionIs() {
        ask(Map.of("question", FOLLOW_UP, "history", List.of(LEAD, " ")), "en").statusCode(400)
                .body("error", equalTo("invalid_request"))
                .body("message", equalTo("Each question in 'history' must be a string that is not blank."));
        ask(Map.of("question", FOLLOW_UP, "history", List.of("ا".repeat(2001))), "ar").statusCode(400)
                .body("error", equalTo("question_too_long"))
                .body("message", equalTo("أحد أسئلة 'history' أطول من 2000 حرف؛ اختصره من فضلك."));
        ask("{\"question\": \"" + FOLLOW_UP + "\", \"history\": \"" + LEAD + "\"}", "en").statusCode(400)
                .body("error", equalTo("malformed_json"))
                .body("message", equalTo("The field 'history' must be an array."));
        ask("{\"question\": \"" + FOLLOW_UP + "\", \"history\": [\"" + LEAD + "\", 7]}", "en").statusCode(400)
                .body("error", equalTo("malformed_json"))
                .body("message", equalTo("The field 'history[1]' must be a string."));
    }

    @Test
    void aFieldTheEndpointDoesNotReadIsRefusedByName() {
        ask("{\"question\": \"حلب\", \"top_k\": 3}", "en").statusCode(400).body("error", equalTo("invalid_request"))
                .body("message", equalTo("The field 'top_k' is not one this endpoint reads; it reads history, "
                        + "question, topK."));
        ask("{\"question\": \"حلب\", \"q\": \"x\"}", "ar").statusCode(400).header("Content-Language", "ar")
                .body("error", equalTo("invalid_request"))
                .body("message", equalTo("الحقل 'q' ليس مما تقرؤه هذه الواجهة؛ حقولها: history، question، topK."));
        given().contentType(ContentType.JSON).body("{\"message\": \"حلب\", \"history\": []}").post("/api/chat").then()
                .statusCode(400).body("message", equalTo("The field 'history' is not one this endpoint reads; it "
                        + "reads conversationId, message, topK."));
        given().contentType(ContentType.JSON).body(Map.of("rating", "up", "question", "حلب", "answer", "جواب",
                "citations", List.of(Map.of("file", "a.txt", "start", 0, "end", 1, "quote", "x"))))
                .post("/api/feedback").then().statusCode(400)
                .body("message", equalTo("The field 'citations[0].quote' is not one this endpoint reads; it reads "
                        + "end, file, start."));
    }

    @Test
    void aValueOfTheWrongJsonTypeIsRefusedWithItsFieldNamed() {
        ask("{\"question\": \"حلب\", \"topK\": \"x\"}", "en").statusCode(400).body("error", equalTo("malformed_json"))
                .body("message", equalTo("The field 'topK' must be a whole number."));
        ask("{\"question\": \"حلب\", \"topK\": \"x\"}", "ar").statusCode(400).body("error", equalTo("malformed_json"))
                .body("message", equalTo("يجب أن يكون الحقل 'topK' عدداً صحيحاً."));
        ask("{\"question\": 123}", "en").statusCode(400)
                .body("message", equalTo("The field 'question' must be a string."));
        // A body that is no JSON, or not the endpoint's object, names no field.
        ask("[]", "en").statusCode(400).body("message", equalTo(ApiErrorMapper.NOT_JSON));
        ask("{\"question\": ", "en").statusCode(400).body("message", equalTo(ApiErrorMapper.NOT_JSON));
    }

    @Test
    void aMethodNotAllowedNamesTheMethodsThePathAnswers() {
        given().get("/api/ask").then().statusCode(405).body("error", equalTo("method_not_allowed"))
                .header("Allow", "OPTIONS, POST");
        given().delete("/api/chat/stream").then().statusCode(405).header("Allow", "OPTIONS, POST");
        given().contentType(ContentType.JSON).body("{}").post("/api/articles/001.txt").then().statusCode(405)
                .header("Allow", "GET, HEAD, OPTIONS");
    }
}
