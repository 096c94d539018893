package io.isnad.answer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import io.isnad.testing.LoopbackServer;

/**
 * A local server speaking Ollama's native chat API, plain and streamed (one JSON object per line),
 * always with {@link OpenAiStub#GOOD_REPLY}. Tests read the requests it received at
 * {@code GET /__requests}.
 */
public class OllamaStub implements QuarkusTestResourceLifecycleManager {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<String> requests = new CopyOnWriteArrayList<>();
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        server = LoopbackServer.start(Map.of("/api/chat", this::chat,
                "/api/tags", exchange -> LoopbackServer.send(exchange, 200, "application/json", "{\"models\":[]}"),
                "/__requests", exchange -> LoopbackServer.send(exchange, 200, "application/json",
                        "[" + String.join(",", requests) + "]")));
        return Map.of("quarkus.langchain4j.ollama.ollama.base-url", LoopbackServer.base(server));
    }

    @Override
    public void stop() {
        server.stop(0);
    }

    private void chat(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        requests.add(body);
        JsonNode request = JSON.readTree(body);
        if (!request.path("stream").asBoolean(false)) {
            LoopbackServer.send(exchange, 200, "application/json", line(OpenAiStub.GOOD_REPLY, true));
            return;
        }
        exchange.getResponseHeaders().add("Content-Type", "application/x-ndjson");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            String reply = OpenAiStub.GOOD_REPLY;
            for (int i = 0; i < reply.length(); i += 8) {
                out.write((line(reply.substring(i, Math.min(reply.length(), i + 8)), false) + "\n")
                        .getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
            out.write((line("", true) + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    private static String line(String content, boolean done) throws IOException {
        return JSON.writeValueAsString(Map.of("model", "stub", "created_at", "2026-01-01T00:00:00Z",
                "message", Map.of("role", "assistant", "content", content), "done", done,
                "prompt_eval_count", 1, "eval_count", 1));
    }
}

