package io.isnad.answer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import io.isnad.testing.LoopbackServer;

/**
 * A local server speaking the OpenAI chat-completions protocol, plain and streamed, with canned
 * replies chosen by what the prompt says, so tests steer it through the question alone. Tests
 * read the requests it received at {@code GET /__requests} (and clear them with DELETE): going
 * through HTTP keeps the test free of class-loader questions.
 */
public class OpenAiStub implements QuarkusTestResourceLifecycleManager {

    /** Question words that make the stub misbehave. */
    static final String FAIL = "boom500";
    static final String SLOW = "slowpoke";
    /** The reply arrives piece by piece over {@link #TRICKLE_MILLIS}: no read ever waits long, the whole call does. */
    static final String TRICKLE = "tricklemodel";
    static final long TRICKLE_MILLIS = 5000;
    static final String FABRICATE = "fabricate";
    static final String SILENT = "nocite";
    /** Replies that a poisoned article or a misbehaving model might produce. */
    public static final String HACKED = "injecthacked";
    public static final String BARE_MARKER = "injectbare";
    public static final String WRONG_NUMBER = "injectnumber";
    public static final String ODD_MARKERS = "injectmarkers";
    public static final String MIXED = "injectmixed";
    /** With credit lines in the prompt, the reply names a source no line names, citing one of them. */
    static final String MADE_UP_SOURCE = "creditbad";
    /** How the answer templates introduce a source question's credit lines. */
    static final String CREDITS_HEADING = "أسطر تنسب الخبر";
    static final String MADE_UP_SOURCE_REPLY = "نشرته صحيفة الغارديان البريطانية";
    /** How the Arabic answer template gives a follow-up the answer the previous question was shown. */
    static final String EARLIER_ANSWER = "الإجابة المعطاة: ";
    /** In a conversation's first question, makes the reply to its follow-up a figure no passage gives. */
    static final String BAD_FOLLOW_UP = "followbad";
    /**
     * In a conversation's first question, makes the reply to its follow-up quote a passage that holds none of the
     * names {@link #REWRITTEN} carries from the story shown (003's), as loosely as the articles are searched
     * (عراقجي also matches العراق): another story.
     */
    static final String OTHER_STORY = "followother";
    private static final List<String> STORY_NAMES = List.of("عباس", "عراق", "دمشق");
    private static final Pattern PASSAGE = Pattern.compile("<passage n=\"(\\d+)\"[^>]*>\n(.*?)\n</passage>",
            Pattern.DOTALL);

    static final String HACKED_REPLY = "HACKED [1]";
    static final String WRONG_NUMBER_REPLY = "التقى عباس عراقجي بالرئيس بشار الأسد في دمشق 500 مرة [1].";
    static final String ODD_MARKERS_REPLY = "التقى عباس عراقجي بالرئيس بشار الأسد في دمشق [١]. "
            + "وأعلن الرئيس الأسد الحرب على القمر [99999999999999999999][-1][^1]【1】.";

    static final String GOOD_REPLY = "التقى عباس عراقجي بالرئيس بشار الأسد في دمشق [1].";
    static final String FABRICATED_REPLY = "التقى عراقجي بالأسد في دمشق [1]. وزار القمر أيضاً [9]. وكان اللقاء ودياً.";
    static final String REWRITTEN = "إلى أين سيسافر عباس عراقجي بعد دمشق؟";
    static final String TRANSLATED = "من التقى الأسد في دمشق في الأول من ديسمبر؟";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<String> requests = new CopyOnWriteArrayList<>();
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        server = LoopbackServer.start(Map.of("/v1/chat/completions", this::complete,
                "/v1/models", exchange -> LoopbackServer.send(exchange, 200, "application/json", "{\"data\":[]}"),
                "/__requests", this::requests));
        return Map.of("quarkus.langchain4j.openai.base-url", LoopbackServer.base(server) + "/v1/");
    }

    @Override
    public void stop() {
        server.stop(0);
    }

    private void complete(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        requests.add(body);
        JsonNode request = JSON.readTree(body);
        String prompt = request.path("messages").findValuesAsText("content").toString();
        if (prompt.contains(FAIL)) {
            LoopbackServer.send(exchange, 500, "application/json", "{\"error\":{\"message\":\"stub failure\",\"type\":\"server_error\"}}");
            return;
        }
        if (prompt.contains(SLOW)) {
            sleep(5000);
        }
        String reply = reply(prompt);
        boolean trickle = prompt.contains(TRICKLE);
        if (request.path("stream").asBoolean(false)) {
            stream(exchange, reply, trickle);
        } else if (trickle) {
            trickle(exchange, completion(reply));
        } else {
            LoopbackServer.send(exchange, 200, "application/json", completion(reply));
        }
    }

    private static String completion(String reply) throws IOException {
        return JSON.writeValueAsString(Map.of(
                "id", "stub", "object", "chat.completion", "created", 0, "model", "stub",
                "choices", List.of(Map.of("index", 0, "finish_reason", "stop",
                        "message", Map.of("role", "assistant", "content", reply))),
                "usage", Map.of("prompt_tokens", 1, "completion_tokens", 1, "total_tokens", 2)));
    }

    /** A whole JSON reply, sent in twenty pieces spread over {@link #TRICKLE_MILLIS}. */
    private static void trickle(HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, 0);
        int pieces = 20;
        try (OutputStream out = exchange.getResponseBody()) {
            for (int i = 0; i < pieces; i++) {
                sleep(TRICKLE_MILLIS / pieces);
                out.write(bytes, i * bytes.length / pieces, (i + 1) * bytes.length / pieces - i * bytes.length / pieces);
                out.flush();
            }
        } catch (IOException clientGaveUp) {
            // Expected: the service stopped waiting.
        }
    }

    private static String reply(String prompt) {
        if (prompt.contains("Rewrite the last question")) {
            return REWRITTEN;
        }
        if (prompt.contains("Translate the following question")) {
            return TRANSLATED;
        }
        if (prompt.contains(CREDITS_HEADING)) {
            return creditReply(prompt);
        }
        if (prompt.contains(EARLIER_ANSWER) && prompt.contains(BAD_FOLLOW_UP)) {
            return WRONG_NUMBER_REPLY;
        }
        if (prompt.contains(EARLIER_ANSWER) && prompt.contains(OTHER_STORY)) {
            return otherStoryReply(prompt);
        }
        if (prompt.contains(FABRICATE)) {
            return FABRICATED_REPLY;
        }
        if (prompt.contains(HACKED)) {
            return HACKED_REPLY;
        }
        if (prompt.contains(BARE_MARKER)) {
            return "[1]";
        }
        if (prompt.contains(WRONG_NUMBER)) {
            return WRONG_NUMBER_REPLY;
        }
        if (prompt.contains(ODD_MARKERS)) {
            return ODD_MARKERS_REPLY;
        }
        if (prompt.contains(MIXED)) {
            return GOOD_REPLY + " " + HACKED_REPLY + ".";
        }
        if (prompt.contains(SILENT)) {
            return "لا تجيب المقالات عن هذا السؤال.";
        }
        return GOOD_REPLY;
    }

    /** The first sentence of the first passage holding none of the story's names, cited by its number. */
    private static String otherStoryReply(String prompt) {
        Matcher passage = PASSAGE.matcher(prompt);
        while (passage.find()) {
            String text = passage.group(2);
            if (STORY_NAMES.stream().noneMatch(text::contains)) {
                int stop = text.indexOf('.');
                return (stop < 0 ? text : text.substring(0, stop)).strip() + " [" + passage.group(1) + "].";
            }
        }
        return "";
    }

    /** The first credit line the prompt gives, cited by its number; a made-up source when asked for one. */
    private static String creditReply(String prompt) {
        Matcher line = PASSAGE.matcher(prompt.substring(prompt.indexOf(CREDITS_HEADING)));
        if (!line.find()) {
            return "";
        }
        String source = prompt.contains(MADE_UP_SOURCE) ? MADE_UP_SOURCE_REPLY : line.group(2);
        return source + " [" + line.group(1) + "].";
    }

    /**
     * Streams in pieces of four characters, so markers are split across chunks as real models split
     * them; a trickle spreads them over {@link #TRICKLE_MILLIS}.
     */
    private static void stream(HttpExchange exchange, String reply, boolean trickle) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        long pause = trickle ? TRICKLE_MILLIS / ((reply.length() + 3) / 4) : 0;
        try (OutputStream out = exchange.getResponseBody()) {
            for (int i = 0; i < reply.length(); i += 4) {
                sleep(pause);
                String piece = reply.substring(i, Math.min(reply.length(), i + 4));
                chunk(out, Map.of("content", piece), null);
            }
            chunk(out, Map.of(), "stop");
            out.write("data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
        } catch (IOException clientGaveUp) {
            if (!trickle) {
                throw clientGaveUp;
            }
        }
    }

    private static void chunk(OutputStream out, Map<String, String> delta, String finish) throws IOException {
        Map<String, Object> choice = new java.util.HashMap<>(Map.of("index", 0, "delta", delta));
        choice.put("finish_reason", finish);
        String data = JSON.writeValueAsString(Map.of("id", "stub", "object", "chat.completion.chunk", "created", 0,
                "model", "stub", "choices", List.of(choice)));
        out.write(("data: " + data + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private void requests(HttpExchange exchange) throws IOException {
        if ("DELETE".equals(exchange.getRequestMethod())) {
            requests.clear();
        }
        LoopbackServer.send(exchange, 200, "application/json", "[" + String.join(",", requests) + "]");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
