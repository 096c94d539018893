package io.isnad.chat;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.isnad.answer.SseEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** The chat surface in the default, extractive mode: no model anywhere. */
@QuarkusTest
class ChatResourceTest {

    @Test
    void firstMessageStartsAConversationWithTheAskFields() {
        given().contentType(ContentType.JSON).body(Map.of("message", "كم بلغ عدد ضحايا الهجوم على الكلية الحربية في حمص؟"))
                .post("/api/chat").then().statusCode(200)
                .body("conversationId", notNullValue())
                .body("mode", equalTo("extractive"))
                .body("fallback", equalTo(false))
                .body("rewrittenQuestion", nullValue())
                .body("citations[0].file", equalTo("004_a7545c0d5a910ec1.txt"));
    }

    @Test
    void followUpIsRewrittenFromTheConversation() {
        String id = chat(Map.of("message", "Who met Assad in Damascus on December 1?")).getString("conversationId");
        JsonPath followUp = chat(Map.of("message", "Where will he travel next?", "conversationId", id));
        assertEquals(id, followUp.getString("conversationId"));
        assertEquals("Where will he travel next (Assad Damascus December 1)?", followUp.getString("rewrittenQuestion"));
        assertEquals("003_bda4f0888d9a15f7.txt", followUp.getString("passages[0].file"));
        assertTrue(followUp.getList("citations.file").contains("003_bda4f0888d9a15f7.txt"), followUp.prettify());
    }

    @Test
    void arabicFollowUpFindsTheMeetingArticle() {
        String id = chat(Map.of("message", "متى التقى عباس عراقجي بالرئيس بشار الأسد في دمشق؟")).getString("conversationId");
        JsonPath followUp = chat(Map.of("message", "وإلى أين سيسافر بعدها؟", "conversationId", id));
        assertTrue(followUp.getString("rewrittenQuestion").contains("عراقجي"), followUp.getString("rewrittenQuestion"));
        assertEquals("003_bda4f0888d9a15f7.txt", followUp.getString("passages[0].file"));
    }

    @Test
    void followUpAnswersFromTheSameStoryWithAnotherSentence() {
        // "Who carried it out?" after the death toll of the Homs attack: the perpetrators' sentence of
        // that article, not the toll again, and not a sentence about who carried out another attack.
        JsonPath first = chat(Map.of("message", "كم عدد القتلى في هجوم الكلية الحربية بحمص؟"));
        JsonPath followUp = chat(Map.of("message", "ومن نفذه؟", "conversationId", first.getString("conversationId")));
        assertEquals("004_a7545c0d5a910ec1.txt", followUp.getString("citations[0].file"), followUp.prettify());
        assertTrue(followUp.getString("answer").contains("التنظيمات المسلحة"), followUp.getString("answer"));
        assertTrue(followUp.getInt("citations[0].start") != first.getInt("citations[0].start"), followUp.prettify());
    }

    @Test
    void englishFollowUpCarriesTheRoleAskedAbout() {
        String id = chat(Map.of("message", "Who is the spokesman of Iran's foreign ministry?")).getString("conversationId");
        JsonPath followUp = chat(Map.of("message", "What did he warn against?", "conversationId", id));
        assertEquals("What did he warn against (spokesman Iran foreign ministry)?", followUp.getString("rewrittenQuestion"));
        assertEquals("000_7a1f042e14fe9a2d.txt", followUp.getString("citations[0].file"), followUp.prettify());
    }

    @Test
    void unknownConversationIs404() {
        given().contentType(ContentType.JSON)
                .body(Map.of("message", "Where will he travel next?", "conversationId", "no-such-conversation"))
                .post("/api/chat").then().statusCode(404).body("error", equalTo("not_found"));
    }

    @Test
    void badRequestsAreRefusedWithJsonErrors() {
        given().contentType(ContentType.JSON).body(Map.of("message", " ")).post("/api/chat")
                .then().statusCode(400).body("error", equalTo("invalid_request"));
        given().contentType(ContentType.JSON).body(Map.of("message", "x", "topK", 99)).post("/api/chat")
                .then().statusCode(400).body("error", equalTo("invalid_request"));
        given().contentType(ContentType.JSON).body(Map.of("message", "x", "conversationId", "../etc")).post("/api/chat")
                .then().statusCode(400).body("error", equalTo("invalid_request"));
        given().contentType(ContentType.JSON).body(Map.of("message", "")).accept("text/event-stream")
                .post("/api/chat/stream").then().statusCode(400).contentType(ContentType.JSON)
                .body("error", equalTo("invalid_request"));
    }

    @Test
    void streamSendsSentencesThenOneDoneEvent() {
        String body = given().contentType(ContentType.JSON).accept("text/event-stream")
                .body(Map.of("message", "متى التقى عباس عراقجي بالرئيس بشار الأسد في دمشق؟"))
                .post("/api/chat/stream").then().statusCode(200).extract().asString();
        List<SseEvents.Event> events = SseEvents.parse(body);
        List<String> names = events.stream().map(SseEvents.Event::name).toList();
        assertEquals("done", names.get(names.size() - 1));
        assertTrue(names.subList(0, names.size() - 1).stream().allMatch("token"::equals), names.toString());
        assertTrue(names.size() >= 2, "at least one sentence before the final event");
        JsonPath done = JsonPath.from(events.get(events.size() - 1).data());
        assertEquals(done.getString("answer"), SseEvents.text(events));
        assertTrue(done.getString("conversationId") != null && !done.getList("citations").isEmpty());
    }

    private static JsonPath chat(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/chat").then().statusCode(200).extract()
                .jsonPath();
    }
}
