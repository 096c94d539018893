package io.isnad.slack;

import static io.isnad.slack.SlackDriver.mention;
import static io.isnad.slack.SlackDriver.of;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.isnad.slack.post.SlackCounters;
import io.isnad.slack.reply.AnsweredQuestion;
import io.isnad.slack.reply.RecentAnswers;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Mentions and direct messages end to end, against the {@link FakeSlackApi}. */
@QuarkusTest
@TestProfile(SlackTestProfile.class)
class SlackEventsTest {

    static final String QUESTION = "متى التقى عباس عراقجي بالرئيس بشار الأسد في دمشق؟";
    static final String FILE = "003_bda4f0888d9a15f7.txt";
    private static final Duration WAIT = Duration.ofSeconds(30);

    @ConfigProperty(name = "isnad.slack.api-url")
    String apiUrl;

    @Inject
    RecentAnswers recent;

    @Inject
    SlackCounters counters;

    SlackDriver slack;

    @BeforeEach
    void reset() {
        slack = new SlackDriver(apiUrl);
        slack.reset();
    }

    @Test
    void answersSlacksUrlVerificationChallenge() {
        slack.event("{\"type\":\"url_verification\",\"challenge\":\"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P\"}")
                .then().statusCode(200).body("challenge", equalTo("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P"));
    }

    @Test
    void aMentionIsAcknowledgedAtOnceEvenWhenAnsweringIsSlowAndAnsweredInItsThread() {
        slack.delayEveryCall(1500);
        long started = System.nanoTime();
        slack.event(mention("Ev1", "1700000001.000100", null, QUESTION)).then().statusCode(200);
        long ackMs = (System.nanoTime() - started) / 1_000_000;
        assertTrue(ackMs < 1000, "acknowledged in " + ackMs + " ms");

        List<Map<String, Object>> calls = slack.awaitCalls(WAIT, c -> !of(c, "chat.update").isEmpty());
        Map<String, Object> reaction = of(calls, "reactions.add").get(0);
        assertEquals("1700000001.000100", reaction.get("timestamp"));
        assertEquals("eyes", reaction.get("name"));
        Map<String, Object> placeholder = of(calls, "chat.postMessage").get(0);
        assertEquals("1700000001.000100", placeholder.get("thread_ts"), "a top-level mention starts a thread");
        Map<String, Object> answer = of(calls, "chat.update").get(0);
        assertEquals("C1", answer.get("channel"));
        assertEquals(placeholder.get("channel"), answer.get("channel"));
        String blocks = SlackDriver.blockText(answer);
        assertTrue(blocks.contains("`" + FILE + "`"), blocks);
        assertTrue(blocks.contains(SlackTestProfile.PUBLIC_URL + "/#/articles/" + FILE + "?mark="), blocks);
        assertTrue(blocks.contains("[1]"), blocks);
        assertTrue(((String) answer.get("text")).contains("عراقجي"), "fallback text: " + answer.get("text"));
    }

    @Test
    void oneAnswerForRetriesAndForTheSameMessageThroughTwoEvents() {
        String ts = "1700000002.000200";
        slack.event(mention("Ev2", ts, null, QUESTION)).then().statusCode(200);
        for (int retry = 1; retry <= 3; retry++) {
            slack.post("/slack/events", "application/json", mention("Ev2", ts, null, QUESTION),
                    Map.of("X-Slack-Retry-Num", String.valueOf(retry), "X-Slack-Retry-Reason", "http_timeout"))
                    .then().statusCode(200);
        }
        slack.event("{\"type\":\"event_callback\",\"team_id\":\"T1\",\"event_id\":\"Ev2-message\",\"event\":{"
                + "\"type\":\"message\",\"channel_type\":\"im\",\"user\":\"U42\",\"channel\":\"C1\",\"ts\":\"" + ts
                + "\",\"text\":" + SlackDriver.quote("<@UISNAD> " + QUESTION) + "}}").then().statusCode(200);
        slack.awaitCalls(WAIT, c -> !of(c, "chat.update").isEmpty());
        SlackDriver.sleep(1500);
        List<Map<String, Object>> calls = slack.calls();
        assertEquals(1, of(calls, "chat.update").size(), calls.toString());
        assertEquals(1, of(calls, "chat.postMessage").size(), calls.toString());
    }

    @Test
    void botsEditsAndOtherSubtypesGetNoCall() {
        long before = counters.events();
        slack.event("{\"type\":\"event_callback\",\"team_id\":\"T1\",\"event_id\":\"Ev3\",\"event\":{\"type\":\"message\","
                + "\"channel_type\":\"im\",\"bot_id\":\"B1\",\"user\":\"UISNAD\",\"channel\":\"D1\",\"ts\":\"1.1\",\"text\":\"hi\"}}")
                .then().statusCode(200);
        slack.event("{\"type\":\"event_callback\",\"team_id\":\"T1\",\"event_id\":\"Ev4\",\"event\":{\"type\":\"message\","
                + "\"channel_type\":\"im\",\"subtype\":\"message_changed\",\"channel\":\"D1\",\"ts\":\"1.2\","
                + "\"message\":{\"user\":\"U42\",\"text\":\"edited\"}}}").then().statusCode(200);
        slack.event("{\"type\":\"event_callback\",\"team_id\":\"T1\",\"event_id\":\"Ev5\",\"event\":{\"type\":\"app_mention\","
                + "\"user\":\"U42\",\"channel\":\"C1\",\"ts\":\"1.3\",\"edited\":{\"user\":\"U42\",\"ts\":\"1.4\"},"
                + "\"text\":\"<@UISNAD> " + QUESTION + "\"}}").then().statusCode(200);
        slack.event("{\"type\":\"event_callback\",\"team_id\":\"T1\",\"event_id\":\"Ev6\",\"event\":{\"type\":\"message\","
                + "\"channel_type\":\"channel\",\"user\":\"U42\",\"channel\":\"C1\",\"ts\":\"1.5\",\"text\":\"chatter\"}}")
                .then().statusCode(200);
        SlackDriver.sleep(1500);
        assertEquals(List.of(), slack.calls());
        assertEquals(before, counters.events());
    }

    @Test
    void aFollowUpInTheThreadContinuesTheSameConversation() {
        String first = "1700000003.000300";
        slack.event(mention("Ev7", first, null, QUESTION)).then().statusCode(200);
        AnsweredQuestion opening = answered(slack.awaitCalls(WAIT, c -> of(c, "chat.update").size() == 1), 0);

        slack.event(mention("Ev8", "1700000003.000400", first, "وماذا ناقشا؟")).then().statusCode(200);
        AnsweredQuestion followUp = answered(slack.awaitCalls(WAIT, c -> of(c, "chat.update").size() == 2), 1);
        assertEquals(opening.conversationId(), followUp.conversationId());
        assertEquals(List.of(QUESTION), followUp.history());
        assertEquals(first, of(slack.calls(), "chat.postMessage").get(1).get("thread_ts"));

        slack.event(mention("Ev9", "1700000004.000500", null, "وماذا ناقشا؟")).then().statusCode(200);
        AnsweredQuestion elsewhere = answered(slack.awaitCalls(WAIT, c -> of(c, "chat.update").size() == 3), 2);
        assertTrue(!elsewhere.conversationId().equals(opening.conversationId()), "another thread, another conversation");
        assertEquals(List.of(), elsewhere.history());
    }

    @Test
    void aDirectMessageShowsTheAssistantStatusAndIsAnsweredInItsThread() {
        slack.event("{\"type\":\"event_callback\",\"team_id\":\"T1\",\"event_id\":\"Ev10\",\"event\":{\"type\":\"message\","
                + "\"channel_type\":\"im\",\"user\":\"U42\",\"channel\":\"D9\",\"ts\":\"1700000005.000600\",\"text\":"
                + SlackDriver.quote("Who met Assad in Damascus on December 1?") + "}}").then().statusCode(200);
        List<Map<String, Object>> calls = slack.awaitCalls(WAIT, c -> !of(c, "chat.postMessage").isEmpty());
        Map<String, Object> status = of(calls, "assistant.threads.setStatus").get(0);
        assertEquals("D9", status.get("channel_id"));
        assertEquals("1700000005.000600", status.get("thread_ts"));
        Map<String, Object> answer = of(calls, "chat.postMessage").get(0);
        assertEquals("1700000005.000600", answer.get("thread_ts"));
        assertTrue(SlackDriver.blockText(answer).contains("*Sources*"), "English labels for an English question");
    }

    @Test
    void aRateLimitedPostIsRetriedAfterRetryAfter() {
        slack.rateLimit("chat.postMessage", 1, 1);
        slack.event(mention("Ev11", "1700000006.000700", null, QUESTION)).then().statusCode(200);
        List<Map<String, Object>> calls = slack.awaitCalls(WAIT, c -> !of(c, "chat.update").isEmpty());
        List<Map<String, Object>> posts = of(calls, "chat.postMessage");
        assertEquals(2, posts.size(), "one refused, one retried");
        long waited = ((Number) posts.get(1).get("receivedAtMs")).longValue()
                - ((Number) posts.get(0).get("receivedAtMs")).longValue();
        assertTrue(waited >= 1000, "retried after " + waited + " ms");
    }

    @Test
    void aPermanentRateLimitGivesUpInBoundedTimeAndIsCounted() {
        long failedBefore = counters.failedCalls();
        slack.rateLimit("chat.postMessage", -1, 1);
        long started = System.nanoTime();
        slack.event(mention("Ev12", "1700000007.000800", null, QUESTION)).then().statusCode(200);
        // The placeholder and then the answer itself are each refused 1 + 3 times, about 3 s apiece.
        slack.awaitCalls(WAIT, c -> of(c, "chat.postMessage").size() >= 8);
        long gaveUpMs = (System.nanoTime() - started) / 1_000_000;
        SlackDriver.sleep(2000);
        assertEquals(8, of(slack.calls(), "chat.postMessage").size(), "no call after giving up");
        assertTrue(gaveUpMs < 15_000, "gave up after " + gaveUpMs + " ms");
        assertTrue(counters.failedCalls() >= failedBefore + 2);
        // The same figure reaches Prometheus, where an operator sees an outage.
        String metrics = io.restassured.RestAssured.get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.contains("isnad_slack_failed_calls_total " + counters.failedCalls() + ".0"), metrics);
    }

    @Test
    void unsignedOrStaleRequestsAreRefusedWith401AndNothingHappens() {
        io.restassured.RestAssured.given().contentType("application/json").body(mention("Ev13", "1.9", null, QUESTION))
                .post("/slack/events").then().statusCode(401).body("error", equalTo("invalid_signature"));
        String body = mention("Ev14", "1.9", null, QUESTION);
        String old = String.valueOf(java.time.Instant.now().getEpochSecond() - 301);
        io.restassured.RestAssured.given().contentType("application/json").header("X-Slack-Request-Timestamp", old)
                .header("X-Slack-Signature", new com.slack.api.app_backend.SlackSignature.Generator(SlackTestProfile.SECRET)
                        .generate(old, body))
                .body(body).post("/slack/events").then().statusCode(401).body("error", equalTo("invalid_signature"));
        SlackDriver.sleep(1000);
        assertEquals(List.of(), slack.calls());
    }

    /** The answer behind the {@code index}-th chat.update, found through its buttons' answer id. */
    private AnsweredQuestion answered(List<Map<String, Object>> calls, int index) {
        return recent.find(SlackDriver.answerId(of(calls, "chat.update").get(index))).orElseThrow();
    }
}
