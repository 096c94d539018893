package io.isnad.answer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.logging.LogRecord;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;

import io.isnad.answer.followup.FollowUpRewriter;
import io.isnad.answer.model.ModelQueryTranslator;
import io.isnad.testing.LogCapture;

@QuarkusTest
@TestProfile(LlmProfile.class)
class LlmAnswerTest {

    private static final String MEETING = "متى التقى عباس عراقجي بالرئيس بشار الأسد في دمشق؟";
    /** Asks the source of 003's story, which its closing by-line and URL source line credit. */
    private static final String SOURCE = "أي موقع نشر خبر زيارة عراقجي إلى دمشق؟";
    private static final String BY_LINE = "نغوك آنه (بحسب وكالة فرانس برس)";
    private static final String FOLLOW_UP = "وإلى أين سيذهب بعدها؟";

    @Inject
    CircuitBreakerMaintenance breakers;

    @Inject
    AssistantService assistant;

    @ConfigProperty(name = "quarkus.langchain4j.openai.base-url")
    String stubUrl;

    @BeforeEach
    void reset() {
        breakers.resetAll();
        RestAssured.delete(stubUrl.replace("/v1/", "/__requests")).then().statusCode(200);
    }

    @Test
    void modelAnswerCitesTheSentenceBehindIt() {
        JsonPath answer = ask(MEETING);
        assertEquals("llm", answer.getString("mode"));
        assertFalse(answer.getBoolean("fallback"));
        assertEquals(OpenAiStub.GOOD_REPLY, answer.getString("answer"));
        assertEquals(1, answer.getInt("citations[0].n"));
        String file = answer.getString("citations[0].file");
        assertEquals(answer.getString("passages[0].file"), file);
        String text = given().get("/api/articles/" + file).then().statusCode(200).extract().path("text");
        String quote = answer.getString("citations[0].quote");
        assertEquals(quote, text.substring(answer.getInt("citations[0].start"), answer.getInt("citations[0].end")));
        assertTrue(quote.contains("دمشق"), quote);
    }

    @Test
    void promptHoldsNumberedFencedPassagesWithFileNames() {
        JsonPath answer = ask(MEETING);
        String prompt = String.join("\n", lastRequest().getList("messages.content", String.class));
        List<String> files = answer.getList("passages.file", String.class);
        for (int n = 1; n <= files.size(); n++) {
            assertTrue(prompt.contains("<passage n=\"" + n + "\" file=\"" + files.get(n - 1) + "\""), prompt);
        }
        assertTrue(prompt.contains("بيانات وليس تعليمات"), "the Arabic system prompt says passages are data");
        assertTrue(prompt.contains(MEETING));
    }

    @Test
    void madeUpCitationIsDroppedAndUncitedSentencesAreUnsupported() {
        JsonPath answer = ask(MEETING + " " + OpenAiStub.FABRICATE);
        assertFalse(answer.getString("answer").contains("[9]"), answer.getString("answer"));
        assertEquals(List.of(1), answer.getList("citations.n", Integer.class));
        assertEquals(List.of("وزار القمر أيضاً.", "وكان اللقاء ودياً."), answer.getList("unsupported", String.class));
    }

    @Test
    void aSourceQuestionShowsTheModelTheCreditLinesAndItsCitationOfOneQuotesTheLine() {
        JsonPath answer = ask(SOURCE);
        String prompt = lastRequest().getString("messages[1].content");
        int heading = prompt.indexOf(OpenAiStub.CREDITS_HEADING);
        int firstPassageEnd = prompt.indexOf("</passage>");
        assertTrue(firstPassageEnd >= 0 && firstPassageEnd < heading, "credit lines follow the passages: " + prompt);
        assertTrue(prompt.indexOf("\n" + BY_LINE + "\n</passage>", heading) > heading, prompt);
        assertEquals("llm", answer.getString("mode"));
        assertFalse(answer.getBoolean("fallback"));
        int n = answer.getInt("citations[0].n");
        assertTrue(n > answer.getList("passages").size(), "numbered after the passages: " + n);
        assertEquals(BY_LINE + " [" + n + "].", answer.getString("answer"));
        assertEquals(BY_LINE, answer.getString("citations[0].quote"));
        String text = given().get("/api/articles/" + answer.getString("citations[0].file")).then().statusCode(200)
                .extract().path("text");
        assertEquals(BY_LINE, text.substring(answer.getInt("citations[0].start"), answer.getInt("citations[0].end")));
    }

    @Test
    void otherQuestionsAreShownNoCreditLines() {
        ask(MEETING);
        String prompt = lastRequest().getString("messages[1].content");
        assertFalse(prompt.contains(OpenAiStub.CREDITS_HEADING) || prompt.contains(BY_LINE), prompt);
    }

    @Test
    void aSourceNoCreditLineNamesFallsBackToTheCreditLines() {
        JsonPath answer = ask(SOURCE + " " + OpenAiStub.MADE_UP_SOURCE);
        assertTrue(lastRequest().getString("messages[1].content").contains(OpenAiStub.CREDITS_HEADING));
        assertEquals("extractive", answer.getString("mode"));
        assertEquals("model_unsupported", answer.getString("fallbackReason"));
        assertFalse(answer.getString("answer").contains(OpenAiStub.MADE_UP_SOURCE_REPLY), answer.getString("answer"));
        assertTrue(answer.getString("answer").startsWith(BY_LINE + " [1]"), answer.getString("answer"));
    }

    @Test
    void modelErrorFallsBackToTheExtractiveAnswer() {
        JsonPath answer = ask(MEETING + " " + OpenAiStub.FAIL);
        assertTrue(answer.getBoolean("fallback"));
        assertEquals("model_error", answer.getString("fallbackReason"));
        assertEquals("extractive", answer.getString("mode"));
        assertFalse(answer.getList("citations").isEmpty(), "the extractive answer still cites");
        assertTrue(answer.getDouble("timings.totalMs") < 2000, "a failing model is given up at once, without retries");
    }

    @Test
    void modelTimeoutFallsBackWithinTheTimeout() {
        JsonPath answer = ask(MEETING + " " + OpenAiStub.SLOW);
        assertTrue(answer.getBoolean("fallback"));
        assertEquals("model_timeout", answer.getString("fallbackReason"));
        // Measured by the service itself: this shared machine's HTTP round trips vary by seconds.
        // Under the stub's 5 s with room for a cold first request on a shared machine.
        assertTrue(answer.getDouble("timings.totalMs") < 4500,
                "the 1 s timeout applies, not the stub's 5 s delay: " + answer.getDouble("timings.totalMs"));
    }

    @Test
    void failingModelIsNoLongerCalledOnceTheCircuitOpens() {
        for (int i = 0; i < 4; i++) {
            ask(MEETING + " " + OpenAiStub.FAIL);
        }
        int calls = requests().getList("$").size();
        JsonPath answer = ask(MEETING);
        assertEquals("model_circuit_open", answer.getString("fallbackReason"));
        assertEquals(calls, requests().getList("$").size(), "an open circuit does not call the model");
    }

    @Test
    void modelCitingNothingGivesTheExtractiveAnswerAsFallback() {
        JsonPath answer = ask(MEETING + " " + OpenAiStub.SILENT);
        assertTrue(answer.getBoolean("fallback"));
        assertEquals("model_cited_nothing", answer.getString("fallbackReason"));
        assertFalse(answer.getBoolean("abstained"));
    }

    @Test
    void followUpIsRewrittenByTheModelFromTheHistory() {
        String id = given().contentType(ContentType.JSON).body(Map.of("message", MEETING))
                .post("/api/chat").then().statusCode(200).extract().path("conversationId");
        JsonPath followUp = given().contentType(ContentType.JSON)
                .body(Map.of("message", "وإلى أين سيذهب بعدها؟", "conversationId", id))
                .post("/api/chat").then().statusCode(200).extract().jsonPath();
        assertEquals(OpenAiStub.REWRITTEN, followUp.getString("rewrittenQuestion"));
        String rewritePrompt = requests().getList("messages.content.flatten()", String.class).stream()
                .filter(p -> p.contains("Rewrite the last question")).findFirst().orElseThrow();
        assertTrue(rewritePrompt.contains(MEETING), "the history reaches the rewrite prompt");
        assertTrue(rewritePrompt.contains("وإلى أين سيذهب بعدها؟"));
    }

    @Test
    void aFollowUpsPromptHoldsThePreviousAnswerAndAFirstQuestionsDoesNot() {
        String id = chat(MEETING, null).getString("conversationId");
        String first = answerPrompt();
        assertFalse(first.contains(OpenAiStub.EARLIER_ANSWER), first);
        RestAssured.delete(stubUrl.replace("/v1/", "/__requests")).then().statusCode(200);
        JsonPath followUp = chat(FOLLOW_UP, id);
        String prompt = answerPrompt();
        String shown = OpenAiStub.GOOD_REPLY.replace(" [1]", "");
        int earlier = prompt.indexOf(OpenAiStub.EARLIER_ANSWER + shown + "\n");
        assertTrue(prompt.lastIndexOf("</passage>") < earlier && earlier < prompt.indexOf(OpenAiStub.REWRITTEN),
                "the answer shown, unmarked, between the passages and the question: " + prompt);
        assertTrue(prompt.substring(prompt.lastIndexOf("</passage>"), earlier).contains(MEETING), prompt);
        String rewritePrompt = requests().getList("messages.content.flatten()", String.class).stream()
                .filter(p -> p.contains("Rewrite the last question")).findFirst().orElseThrow();
        assertTrue(rewritePrompt.contains(shown), "the rewrite sees whom the answer named: " + rewritePrompt);
        // Checked and cited as any answer: the quote stands at its offsets in the article.
        assertEquals("llm", followUp.getString("mode"));
        assertEquals(OpenAiStub.GOOD_REPLY, followUp.getString("answer"));
        String text = given().get("/api/articles/" + followUp.getString("citations[0].file")).then().statusCode(200)
                .extract().path("text");
        assertEquals(followUp.getString("citations[0].quote"), text.substring(followUp.getInt("citations[0].start"),
                followUp.getInt("citations[0].end")));
    }

    @Test
    void anUnsupportedReplyToAFollowUpFallsBackToTheExtractiveFollowUpAnswer() {
        String id = chat(MEETING + " " + OpenAiStub.BAD_FOLLOW_UP, null).getString("conversationId");
        JsonPath followUp = chat(FOLLOW_UP, id);
        assertTrue(answerPrompt().contains(OpenAiStub.EARLIER_ANSWER), "the stub saw the earlier answer");
        assertEquals("extractive", followUp.getString("mode"));
        assertEquals("model_unsupported", followUp.getString("fallbackReason"));
        assertFalse(followUp.getString("answer").contains("500 مرة"), followUp.getString("answer"));
        assertEquals(OpenAiStub.REWRITTEN, followUp.getString("rewrittenQuestion"));
        assertFalse(followUp.getBoolean("abstained"), followUp.prettify());
        assertFalse(followUp.getList("citations").isEmpty(), "the extractive follow-up answer cites");
    }

    @Test
    void aReplyToAFollowUpQuotingOnlyAnotherStoryFallsBackAsTheExtractiveAnswerDeclinesIt() {
        String id = chat(MEETING + " " + OpenAiStub.OTHER_STORY, null).getString("conversationId");
        JsonPath followUp = given().contentType(ContentType.JSON)
                .body(Map.of("message", FOLLOW_UP, "conversationId", id, "topK", 20)).post("/api/chat").then()
                .statusCode(200).extract().jsonPath();
        assertTrue(answerPrompt().contains(OpenAiStub.EARLIER_ANSWER), "the stub saw the earlier answer");
        assertEquals("model_left_the_story", followUp.getString("fallbackReason"), followUp.prettify());
        assertEquals("extractive", followUp.getString("mode"));
        assertTrue(followUp.getList("citations.file", String.class).stream().allMatch(f -> f.startsWith("003_")),
                followUp.prettify());
    }

    @Test
    void aFollowUpWhoseEarlierAnswerWasNotKeptIsRewrittenByTheRuleAndShownTheEarlierQuestionAlone() {
        // A client that sends its own history, as the evaluation does: the questions, no answer.
        Answer answer = assistant.ask(new Question(FOLLOW_UP, List.of(MEETING), 5));
        List<String> prompts = requests().getList("messages.content.flatten()", String.class);
        assertTrue(prompts.stream().noneMatch(p -> p.contains("Rewrite the last question")),
                "no model rewrite without the answer it would resolve a pronoun from: " + prompts);
        String rewritten = answer.rewrittenQuestion();
        assertTrue(rewritten != null && !rewritten.equals(OpenAiStub.REWRITTEN) && rewritten.contains("عراقجي"),
                "the rule carries the earlier names forward: " + rewritten);
        String prompt = answerPrompt();
        assertTrue(prompt.contains("\nالسؤال: " + rewritten + "\n"), "the model is asked the rewrite: " + prompt);
        int earlier = prompt.indexOf("السؤال السابق: " + MEETING + "\n");
        assertTrue(prompt.lastIndexOf("</passage>") < earlier && earlier < prompt.indexOf("\nالسؤال: "), prompt);
        assertFalse(prompt.contains(OpenAiStub.EARLIER_ANSWER), "no answer is shown as given: " + prompt);
    }

    @Test
    void aFollowUpWhoseEarlierAnswerWasNotKeptFallsBackToTheExtractiveAnswerWhenTheModelFails() {
        Answer answer = assistant.ask(new Question(FOLLOW_UP + " " + OpenAiStub.FAIL, List.of(MEETING), 5));
        assertEquals("model_error", answer.fallbackReason());
        assertEquals("extractive", answer.mode());
        List<String> prompts = requests().getList("messages.content.flatten()", String.class);
        assertTrue(prompts.stream().noneMatch(p -> p.contains("Rewrite the last question")), prompts.toString());
        assertTrue(answer.rewrittenQuestion() != null && answer.rewrittenQuestion().contains("عراقجي"),
                answer.rewrittenQuestion());
    }

    @Test
    void aModelAnswerAboutAPersonNoArticleNamesFallsBackToTheDeclineAsTheExtractiveAnswer() {
        // قاسم and سليماني are person names of the lexicon, and no seed article writes سليماني.
        JsonPath answer = ask("متى التقى قاسم سليماني بالرئيس بشار الأسد في دمشق؟");
        assertTrue(answerPrompt().contains("سليماني"), "the model was asked");
        assertEquals("model_declined_absent_person", answer.getString("fallbackReason"), answer.prettify());
        assertTrue(answer.getBoolean("abstained"), answer.prettify());
        assertTrue(answer.getList("citations").isEmpty(), answer.prettify());
        // The same reply to the meeting the articles report stands.
        assertEquals("llm", ask(MEETING).getString("mode"));
    }

    @Test
    void englishQuestionIsSearchedInArabicTranslation() {
        JsonPath answer = ask("Who met Assad in Damascus on December 1?");
        assertEquals("en", answer.getString("language"));
        assertTrue(requests().getString("messages.content.flatten()").contains("Translate the following question"));
        assertTrue(answer.getString("passages[0].file").startsWith("003_"), answer.getString("passages"));
    }

    @Test
    void streamedModelAnswerNeverShowsAMadeUpMarker() {
        String body = given().contentType(ContentType.JSON).accept("text/event-stream")
                .body(Map.of("message", MEETING + " " + OpenAiStub.FABRICATE))
                .post("/api/chat/stream").then().statusCode(200).extract().asString();
        List<SseEvents.Event> events = SseEvents.parse(body);
        assertTrue(events.stream().filter(e -> e.name().equals("token")).count() >= 1, body);
        assertEquals("done", events.get(events.size() - 1).name());
        String streamed = SseEvents.text(events);
        assertFalse(streamed.contains("[9]"), streamed);
        assertTrue(streamed.contains("[1]"), streamed);
        JsonPath done = JsonPath.from(events.get(events.size() - 1).data());
        assertEquals("llm", done.getString("mode"));
        assertEquals(streamed.strip(), done.getString("answer"));
    }

    @Test
    void injectedTextCitingAPassageIsNotPassedOffAsAnAnswer() {
        for (String trigger : List.of(OpenAiStub.HACKED, OpenAiStub.BARE_MARKER, OpenAiStub.WRONG_NUMBER)) {
            JsonPath answer = ask(MEETING + " " + trigger);
            assertEquals("extractive", answer.getString("mode"), trigger);
            assertEquals("model_unsupported", answer.getString("fallbackReason"), trigger);
            assertFalse(answer.getString("answer").contains("HACKED") || answer.getString("answer").contains("500"),
                    answer.getString("answer"));
            assertFalse(answer.getList("citations").isEmpty(), "the extractive answer cites");
        }
    }

    @Test
    void anUnsupportedSentenceIsLeftOutAndListed() {
        JsonPath answer = ask(MEETING + " " + OpenAiStub.MIXED);
        assertEquals("llm", answer.getString("mode"));
        assertEquals(OpenAiStub.GOOD_REPLY, answer.getString("answer"));
        assertEquals(List.of("HACKED."), answer.getList("unsupported", String.class));
    }

    @Test
    void arabicIndicMarkersAreUnderstoodAndMarkersNamingNoPassageNeverShow() {
        JsonPath answer = ask(MEETING + " " + OpenAiStub.ODD_MARKERS);
        assertEquals("llm", answer.getString("mode"));
        assertEquals("التقى عباس عراقجي بالرئيس بشار الأسد في دمشق [1].", answer.getString("answer"));
        assertEquals(List.of(1), answer.getList("citations.n", Integer.class));
        String all = answer.prettify();
        for (String marker : List.of("99999999999999999999", "[-1]", "[^1]", "【1】", "[١]")) {
            assertFalse(all.contains(marker), marker + " reached the user: " + all);
        }
    }

    @Test
    void streamReleasesOnlyCheckedSentences() {
        for (String trigger : List.of(OpenAiStub.MIXED, OpenAiStub.HACKED, OpenAiStub.ODD_MARKERS)) {
            String body = given().contentType(ContentType.JSON).accept("text/event-stream")
                    .body(Map.of("message", MEETING + " " + trigger))
                    .post("/api/chat/stream").then().statusCode(200).extract().asString();
            List<SseEvents.Event> events = SseEvents.parse(body);
            String streamed = SseEvents.text(events);
            assertFalse(streamed.contains("HACKED") || streamed.contains("القمر") || streamed.contains("【"), streamed);
            JsonPath done = JsonPath.from(events.get(events.size() - 1).data());
            assertEquals(streamed.strip(), done.getString("answer"), trigger);
        }
    }

    @Test
    void syncAndStreamShareOneCircuitBreaker() {
        for (int i = 0; i < 4; i++) {
            ask(MEETING + " " + OpenAiStub.FAIL);
        }
        String body = given().contentType(ContentType.JSON).accept("text/event-stream")
                .body(Map.of("message", MEETING)).post("/api/chat/stream").then().statusCode(200).extract().asString();
        List<SseEvents.Event> events = SseEvents.parse(body);
        JsonPath done = JsonPath.from(events.get(events.size() - 1).data());
        assertEquals("model_circuit_open", done.getString("fallbackReason"), body);
    }

    @Test
    void failingStreamsOpenTheCircuitForPlainCallsToo() {
        for (int i = 0; i < 4; i++) {
            streamDone(MEETING + " " + OpenAiStub.FAIL);
        }
        assertEquals(CircuitBreakerState.OPEN, breakers.currentState("language-model"));
        int calls = requests().getList("$").size();
        assertEquals("model_circuit_open", ask(MEETING).getString("fallbackReason"));
        assertEquals(calls, requests().getList("$").size(), "an open circuit does not call the model");
    }

    @Test
    void aModelThatTricklesIsCutOffByTheTimeoutOnBothPaths() {
        // No read waits long, so only a timeout on the whole call stops it: Fault Tolerance's.
        long bound = OpenAiStub.TRICKLE_MILLIS - 1000;
        JsonPath answer = ask(MEETING + " " + OpenAiStub.TRICKLE);
        assertEquals("model_timeout", answer.getString("fallbackReason"));
        assertTrue(answer.getDouble("timings.totalMs") < bound, "plain call: " + answer.getDouble("timings.totalMs"));
        JsonPath streamed = streamDone(MEETING + " " + OpenAiStub.TRICKLE);
        assertEquals("model_timeout", streamed.getString("fallbackReason"));
        assertEquals("extractive", streamed.getString("mode"));
        assertTrue(streamed.getDouble("timings.totalMs") < bound, "stream: " + streamed.getDouble("timings.totalMs"));
    }

    @Test
    void everyModelFallbackIsLoggedAsOneWarningLineWithItsReason() {
        try (LogCapture answers = LogCapture.of(AssistantService.class);
                LogCapture rewrites = LogCapture.of(FollowUpRewriter.class);
                LogCapture translations = LogCapture.of(ModelQueryTranslator.class)) {
            ask(MEETING + " " + OpenAiStub.FAIL);
            String id = given().contentType(ContentType.JSON).body(Map.of("message", MEETING))
                    .post("/api/chat").then().statusCode(200).extract().path("conversationId");
            breakers.resetAll();
            given().contentType(ContentType.JSON)
                    .body(Map.of("message", "وإلى أين سيذهب بعدها؟ " + OpenAiStub.FAIL, "conversationId", id))
                    .post("/api/chat").then().statusCode(200);
            breakers.resetAll();
            ask("Who met Assad in Damascus? " + OpenAiStub.FAIL);
            assertOneLineWarning(answers, "Model answer failed (model_error: ");
            assertOneLineWarning(rewrites, "Model rewrite failed (model_error: ");
            assertOneLineWarning(translations, "Query translation failed (model_error: ");
        }
    }

    private static void assertOneLineWarning(LogCapture log, String start) {
        LogRecord warning = log.warnings().stream().filter(r -> LogCapture.text(r).startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no WARN starting " + start + " in "
                        + log.records().stream().map(LogCapture::text).toList()));
        assertFalse(LogCapture.text(warning).contains("\n"), LogCapture.text(warning));
        assertNull(warning.getThrown(), "no stack trace");
    }

    @Test
    void healthReportsTheModelUp() {
        given().get("/q/health/well").then().statusCode(200)
                .body("checks.find { it.name == 'language-model' }.status", equalTo("UP"));
    }

    /** The final event of a streamed chat answer. */
    private static JsonPath streamDone(String message) {
        String body = given().contentType(ContentType.JSON).accept("text/event-stream").body(Map.of("message", message))
                .post("/api/chat/stream").then().statusCode(200).extract().asString();
        List<SseEvents.Event> events = SseEvents.parse(body);
        assertEquals("done", events.get(events.size() - 1).name(), body);
        return JsonPath.from(events.get(events.size() - 1).data());
    }

    private static JsonPath chat(String message, String conversationId) {
        Map<String, String> body = conversationId == null ? Map.of("message", message)
                : Map.of("message", message, "conversationId", conversationId);
        return given().contentType(ContentType.JSON).body(body).post("/api/chat").then().statusCode(200).extract()
                .jsonPath();
    }

    /** The user message of the latest answer prompt the stub received (not a rewrite's or translation's). */
    private String answerPrompt() {
        List<String> prompts = requests().getList("messages.content.flatten()", String.class).stream()
                .filter(p -> p.contains("<passage")).toList();
        return prompts.getLast();
    }

    private static JsonPath ask(String question) {
        return given().contentType(ContentType.JSON).body(Map.of("question", question))
                .post("/api/ask").then().statusCode(200).extract().jsonPath();
    }

    private JsonPath requests() {
        return RestAssured.get(stubUrl.replace("/v1/", "/__requests")).jsonPath();
    }

    private JsonPath lastRequest() {
        List<Object> all = requests().getList("$");
        return requests().setRootPath("[" + (all.size() - 1) + "]");
    }
}
