package io.isnad.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * An error's message is in the reader's language: the one {@code Accept-Language} names, else the
 * question's; the shape and the code stay the same, and {@code Content-Language} says which.
 */
@QuarkusTest
class ErrorLanguageTest {

    private static final String ARABIC_QUESTION = "من التقى الأسد في دمشق؟ ".repeat(100);

    private static ValidatableResponse post(String path, String acceptLanguage, String body) {
        var request = given().contentType(ContentType.JSON).body(body);
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        return request.post(path).then();
    }

    private static ValidatableResponse inArabic(ValidatableResponse response, int status, String error) {
        return response.statusCode(status).header("Content-Language", "ar").body("error", equalTo(error));
    }

    @Test
    void aBlankQuestionIsRefusedInTheLanguageTheClientAsksFor() {
        inArabic(post("/api/ask", "ar", "{\"question\": \" \"}"), 400, "invalid_request")
                .body("message", startsWith("السؤال مطلوب"));
        post("/api/ask", "en-GB,en;q=0.9", "{\"question\": \" \"}").statusCode(400).header("Content-Language", "en")
                .body("message", equalTo("The field 'question' is required and must not be blank."));
    }

    @Test
    void withoutAPreferenceATooLongQuestionIsRefusedInItsOwnLanguage() {
        inArabic(post("/api/ask", null, "{\"question\": \"" + ARABIC_QUESTION + "\"}"), 400, "question_too_long")
                .body("message", equalTo("السؤال أطول من 2000 حرف؛ اختصره من فضلك."));
        inArabic(post("/api/chat", "fr", "{\"message\": \"" + ARABIC_QUESTION + "\"}"), 400, "question_too_long");
        post("/api/ask", "en", "{\"question\": \"" + ARABIC_QUESTION + "\"}").statusCode(400)
                .header("Content-Language", "en").body("message", startsWith("The question is longer"));
    }

    @Test
    void theFirstNamedLanguageByWeightDecides() {
        inArabic(post("/api/ask", "fr-FR, en;q=0.5, ar;q=0.8", "{\"question\": "), 400, "malformed_json")
                .body("message", equalTo("جسم الطلب ليس JSON صالحاً لهذه الواجهة."));
        post("/api/ask", null, "{\"question\": ").statusCode(400).header("Content-Language", "en")
                .body("message", equalTo(ApiErrorMapper.NOT_JSON));
        post("/api/ask", "not a ;;; header", "{\"question\": ").statusCode(400).header("Content-Language", "en");
    }

    @Test
    void anUnknownConversationIsToldInTheMessagesLanguage() {
        inArabic(post("/api/chat", null, "{\"message\": \"وماذا قال؟\", \"conversationId\": \"gone-1\"}"), 404,
                "not_found").body("message", startsWith("لا توجد هذه المحادثة"));
        post("/api/chat", null, "{\"message\": \"And what did he say?\", \"conversationId\": \"gone-1\"}")
                .statusCode(404).header("Content-Language", "en").body("message", startsWith("No such conversation"));
        inArabic(given().contentType(ContentType.JSON).header("Accept-Language", "ar")
                .body("{\"message\": \"x\", \"conversationId\": \"gone-1\"}").post("/api/chat/stream").then(), 404,
                "not_found");
    }

    @Test
    void refusalsBeforeAnyResourceAndTheFrameworksOwnAreSaidInArabicToo() {
        inArabic(given().header("Accept-Language", "ar").contentType(ContentType.TEXT).body("x")
                .post("/api/ask").then(), 415, "unsupported_media_type").body("message", startsWith("أرسل جسم الطلب"));
        inArabic(given().header("Accept-Language", "ar").get("/api/nothing-here").then(), 404, "not_found")
                .body("message", equalTo("لا شيء بهذا العنوان."));
        inArabic(given().header("Accept-Language", "ar").get("/api/ask").then(), 405, "method_not_allowed")
                .body("message", startsWith("هذه الطريقة"));
    }

    @Test
    void aDevelopersDetailWithoutArabicFollowsItsCodesArabicSentence() {
        inArabic(given().header("Accept-Language", "ar").get("/api/articles?offset=-1").then(), 400, "invalid_request")
                .body("message", startsWith("الطلب غير صالح: ")).body("message", containsString("offset"));
    }
}
