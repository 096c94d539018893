package io.isnad.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The README's question examples, asked again: the output the README shows as real must be what the
 * service answers today. An answer-stage change that moves one of them fails here, so the README is
 * updated in the same change rather than going stale. Fields the README shows are compared; timings
 * and scores are not shown exactly there and are not compared.
 */
@QuarkusTest
class ReadmeExamplesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ASK_EXAMPLE = Pattern.compile(
            "```bash\\n(?:curl[^\\n]*\\n)?[^`]*?/api/ask[^`]*?-d '(\\{[^']*\\})'[^`]*?```.*?```json\\n(.*?)```",
            Pattern.DOTALL);
    private static final Pattern CHAT_MESSAGE = Pattern.compile("\\\\?\"message\\\\?\":\\s*\\\\?\"([^\"\\\\]+)\\\\?\"");
    private static final Pattern JSON_BLOCK = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL);
    /** A conversation told in prose: "(`first question` answers ...), then `follow-up`:". */
    private static final Pattern PROSE_CONVERSATION = Pattern.compile("\\(`([^`]+)` answers.*?then `([^`]+)`:",
            Pattern.DOTALL);
    private static final Pattern ABSTAINS_LINE = Pattern.compile("\\(`([^`]+)` gets `\"abstained\": true`");
    private static final List<String> SHOWN_FIELDS = List.of("answer", "abstained", "questionType",
            "rewrittenQuestion", "shortAnswer");

    @TestFactory
    Stream<DynamicTest> everyAskExampleAnswersAsShown() throws IOException {
        String section = section("## Ask over HTTP", "### The answer contract");
        List<DynamicTest> tests = new ArrayList<>();
        Matcher m = ASK_EXAMPLE.matcher(section);
        while (m.find()) {
            JsonNode request = JSON.readTree(m.group(1));
            String shown = m.group(2);
            tests.add(DynamicTest.dynamicTest(request.get("question").asText(),
                    () -> assertShown(shown, post("/api/ask", JSON.writeValueAsString(request)))));
        }
        Matcher abstains = ABSTAINS_LINE.matcher(section);
        while (abstains.find()) {
            String question = abstains.group(1);
            tests.add(DynamicTest.dynamicTest(question, () -> assertTrue(
                    post("/api/ask", JSON.writeValueAsString(Map.of("question", question))).get("abstained").asBoolean(),
                    "the README says this question is declined")));
        }
        assertEquals(5, tests.size(), "the README's ask examples (three answers, a follow-up with its history,"
                + " one declined) were not all found");
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> everyConversationExampleAnswersItsFollowUpAsShown() throws IOException {
        String section = section("### Conversations: `POST /api/chat`", "### Streaming");
        List<String[]> conversations = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        int commands = section.indexOf("```bash");
        Matcher message = CHAT_MESSAGE.matcher(section.substring(commands, section.indexOf("```", commands + 3)));
        while (message.find()) {
            messages.add(message.group(1));
        }
        for (int i = 0; i + 1 < messages.size(); i += 2) {
            conversations.add(new String[] {messages.get(i), messages.get(i + 1)});
        }
        Matcher prose = PROSE_CONVERSATION.matcher(section);
        while (prose.find()) {
            conversations.add(new String[] {prose.group(1), prose.group(2)});
        }
        List<String> shown = new ArrayList<>();
        Matcher block = JSON_BLOCK.matcher(section);
        while (block.find()) {
            shown.add(block.group(1));
        }
        assertEquals(3, conversations.size(), "the README's three conversations were not all found");
        assertEquals(conversations.size(), shown.size(), "one output block per conversation");
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < conversations.size(); i++) {
            String[] turns = conversations.get(i);
            String output = shown.get(i);
            tests.add(DynamicTest.dynamicTest(turns[0] + " / " + turns[1], () -> {
                JsonNode first = post("/api/chat", JSON.writeValueAsString(Map.of("message", turns[0])));
                JsonNode followUp = post("/api/chat", JSON.writeValueAsString(
                        Map.of("message", turns[1], "conversationId", first.get("conversationId").asText())));
                assertShown(output, followUp);
            }));
        }
        return tests.stream();
    }

    /** Every field the README's block shows (of those a reader checks) equals the live reply's. */
    private static void assertShown(String shownBlock, JsonNode reply) throws IOException {
        JsonNode shown = JSON.readTree(shownBlock.replace("\"…\"", "null").replace("{…}", "null"));
        List<Executable> checks = new ArrayList<>();
        for (String field : SHOWN_FIELDS) {
            if (shown.has(field)) {
                checks.add(() -> assertEquals(shown.get(field), reply.get(field), field));
            }
        }
        for (int i = 0; shown.has("citations") && i < shown.get("citations").size(); i++) {
            JsonNode citation = shown.get("citations").get(i);
            JsonNode live = reply.get("citations").get(i);
            for (String field : List.of("file", "quote", "start", "end")) {
                String name = "citation " + (i + 1) + " " + field;
                checks.add(() -> assertEquals(citation.get(field), live == null ? null : live.get(field), name));
            }
        }
        assertTrue(checks.size() >= 2, "the README block shows too little to compare: " + shownBlock);
        assertAll("the README shows another reply than " + reply, checks);
    }

    private static JsonNode post(String path, String body) throws IOException {
        return JSON.readTree(given().contentType(ContentType.JSON).body(body).post(path)
                .then().statusCode(200).extract().asString());
    }

    private static String section(String from, String to) throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf(from);
        int end = readme.indexOf(to, start);
        assertTrue(start >= 0 && end > start, "README section " + from);
        return readme.substring(start, end);
    }
}
