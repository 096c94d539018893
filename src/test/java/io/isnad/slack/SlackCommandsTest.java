package io.isnad.slack;

import static io.isnad.slack.SlackDriver.of;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.isnad.answer.Question;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/** The slash command and the answer's buttons end to end, against the {@link FakeSlackApi}. */
@QuarkusTest
@TestProfile(SlackTestProfile.class)
class SlackCommandsTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @ConfigProperty(name = "isnad.slack.api-url")
    String apiUrl;

    SlackDriver slack;

    @BeforeEach
    void reset() {
        slack = new SlackDriver(apiUrl);
        slack.reset();
    }

    @Test
    void theSlashCommandAnswersPrivatelyAndShareInChannelPostsItForEveryone() {
        slack.form("/slack/commands", command(SlackEventsTest.QUESTION, "cmd1")).then().statusCode(200)
                .body("response_type", equalTo("ephemeral")).body("text", containsString("أبحث في المقالات"));
        Map<String, Object> answer = responses(slack.awaitCalls(WAIT, c -> responses(c).size() == 1)).get(0);
        assertEquals("/response/cmd1", answer.get("url"));
        assertEquals("ephemeral", answer.get("response_type"));
        assertEquals(true, answer.get("replace_original"), "the answer replaces the 'searching' reply");
        assertTrue(SlackDriver.blockText(answer).contains("`" + SlackEventsTest.FILE + "`"));
        assertTrue(answer.toString().contains("isnad_share"), "a Share in channel button");

        slack.form("/slack/interactions", Map.of("payload", click("isnad_share", SlackDriver.answerId(answer), true,
                "share1"))).then().statusCode(200);
        Map<String, Object> shared = responses(slack.awaitCalls(WAIT, c -> responses(c).size() == 2)).get(1);
        assertEquals("/response/share1", shared.get("url"));
        assertEquals("in_channel", shared.get("response_type"));
        assertTrue(SlackDriver.blockText(shared).contains("`" + SlackEventsTest.FILE + "`"));
        assertFalse(shared.toString().contains("isnad_share"), "nothing left to share once shared");
    }

    @Test
    void aFeedbackClickIsStoredWithTheAnswerAndAcknowledgedPrivately() {
        slack.event(SlackDriver.mention("EvF1", "1700000100.000100", null, SlackEventsTest.QUESTION)).then().statusCode(200);
        Map<String, Object> answer = of(slack.awaitCalls(WAIT, c -> !of(c, "chat.update").isEmpty()), "chat.update").get(0);
        String answerId = SlackDriver.answerId(answer);
        int before = given().header("Authorization", "Bearer test-admin-token").get("/api/feedback").then().statusCode(200).extract().path("count");

        slack.form("/slack/interactions", Map.of("payload", click("isnad_feedback_down", answerId, false, "fb1")))
                .then().statusCode(200);
        Map<String, Object> thanks = of(slack.awaitCalls(WAIT, c -> !of(c, "chat.postEphemeral").isEmpty()),
                "chat.postEphemeral").get(0);
        assertEquals("U42", thanks.get("user"));
        assertEquals("C1", thanks.get("channel"));
        assertEquals("1700000100.000100", thanks.get("thread_ts"));
        assertTrue(((String) thanks.get("text")).contains("شكرًا"), thanks.toString());

        JsonPath listing = given().header("Authorization", "Bearer test-admin-token").get("/api/feedback").then().statusCode(200).extract().jsonPath();
        assertEquals(before + 1, listing.getInt("count"));
        Map<String, Object> entry = listing.getMap("entries[" + before + "]");
        assertEquals("slack", entry.get("source"));
        assertEquals("down", entry.get("rating"));
        assertEquals(SlackEventsTest.QUESTION, entry.get("question"));
        assertTrue(entry.get("citations").toString().contains(SlackEventsTest.FILE), entry.toString());
        assertTrue(((String) entry.get("answer")).contains("[1]"));
        assertTrue(entry.get("conversationId") != null);
    }

    @Test
    void allSourcesAndForgottenAnswersAreAnsweredPrivately() {
        slack.event(SlackDriver.mention("EvF2", "1700000101.000100", null, SlackEventsTest.QUESTION)).then().statusCode(200);
        String answerId = SlackDriver.answerId(of(slack.awaitCalls(WAIT, c -> !of(c, "chat.update").isEmpty()),
                "chat.update").get(0));
        slack.form("/slack/interactions", Map.of("payload", click("isnad_all_sources", answerId, false, "all1")))
                .then().statusCode(200);
        slack.form("/slack/interactions", Map.of("payload", click("isnad_feedback_up", "no-such-answer", true, "old1")))
                .then().statusCode(200);
        List<Map<String, Object>> calls = slack.awaitCalls(WAIT,
                c -> !of(c, "chat.postEphemeral").isEmpty() && !responses(c).isEmpty());
        String all = SlackDriver.blockText(of(calls, "chat.postEphemeral").get(0));
        assertTrue(all.contains("*كل المصادر*") && all.contains("`" + SlackEventsTest.FILE + "`"), all);
        assertEquals("/response/old1", responses(calls).get(0).get("url"));
        assertTrue(responses(calls).get(0).get("text").toString().contains("no longer kept"));
    }

    @Test
    void anEmptyCommandGetsItsUsageAndNoWork() {
        slack.form("/slack/commands", command("  ", "cmd2")).then().statusCode(200)
                .body("text", containsString("/isnad"));
        SlackDriver.sleep(1000);
        assertEquals(List.of(), slack.calls());
    }

    @Test
    void aCommandOverTheLimitIsToldSoAtOnceAndGetsNoWork() {
        String question = "ما ".repeat(Question.MAX_CHARS);
        String text = slack.form("/slack/commands", command(question, "cmd3")).then().statusCode(200)
                .body("response_type", equalTo("ephemeral")).extract().path("text");
        assertTrue(text.contains("2000"), text);
        assertFalse(text.contains("أبحث"), "not 'searching' for a question that will not be asked");
        assertTrue(text.length() < 200, "the question is not echoed back");
        SlackDriver.sleep(1000);
        assertEquals(List.of(), slack.calls());
    }

    @Test
    void unsignedCommandsAndClicksAreRefused() {
        given().contentType("application/x-www-form-urlencoded").body("text=x&response_url=y").post("/slack/commands")
                .then().statusCode(401).body("error", equalTo("invalid_signature"));
        given().contentType("application/x-www-form-urlencoded").body("payload=%7B%7D").post("/slack/interactions")
                .then().statusCode(401).body("error", equalTo("invalid_signature"));
    }

    private Map<String, String> command(String text, String responseName) {
        return Map.of("command", "/isnad", "text", text, "user_id", "U42", "channel_id", "C1", "team_id", "T1",
                "response_url", slack.responseUrl(responseName));
    }

    private String click(String actionId, String answerId, boolean ephemeral, String responseName) {
        return "{\"type\":\"block_actions\",\"user\":{\"id\":\"U42\"},\"channel\":{\"id\":\"C1\"},"
                + "\"container\":{\"type\":\"message\",\"channel_id\":\"C1\",\"is_ephemeral\":" + ephemeral + "},"
                + (ephemeral ? "" : "\"message\":{\"ts\":\"1.1\",\"thread_ts\":\"1700000100.000100\",\"text\":\"…\"},")
                + "\"response_url\":\"" + slack.responseUrl(responseName) + "\","
                + "\"actions\":[{\"action_id\":\"" + actionId + "\",\"value\":\"" + answerId + "\"}]}";
    }

    private static List<Map<String, Object>> responses(List<Map<String, Object>> calls) {
        return of(calls, "response_url");
    }
}
