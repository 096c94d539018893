package io.isnad.index.embedding;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.isnad.testing.LoopbackServer;

/**
 * A local embedding server speaking OpenAI's {@code POST /v1/embeddings} and Ollama's
 * {@code POST /api/embed}, answering with {@link HashingEmbeddingModel} vectors. It records every
 * input text, and answers 500 while {@link #failing} is set.
 */
public final class EmbeddingStub implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final HashingEmbeddingModel model = new HashingEmbeddingModel();
    private final List<String> inputs = new CopyOnWriteArrayList<>();
    private volatile boolean failing;

    public EmbeddingStub() {
        server = LoopbackServer.start(Map.of("/v1/embeddings", exchange -> embed(exchange, true),
                "/api/embed", exchange -> embed(exchange, false)));
    }

    public String openAiBaseUrl() {
        return LoopbackServer.base(server) + "/v1/";
    }

    public String ollamaBaseUrl() {
        return LoopbackServer.base(server);
    }

    /** Every text the server was asked to embed, in order. */
    public List<String> inputs() {
        return List.copyOf(inputs);
    }

    public void failing(boolean failing) {
        this.failing = failing;
    }

    private void embed(HttpExchange exchange, boolean openAi) throws IOException {
        if (failing) {
            send(exchange, 500, Map.of("error", Map.of("message", "stub failure", "type", "server_error")));
            return;
        }
        JsonNode request = JSON.readTree(exchange.getRequestBody());
        List<String> texts = new ArrayList<>();
        JsonNode input = request.path("input");
        if (input.isArray()) {
            input.forEach(text -> texts.add(text.asText()));
        } else {
            texts.add(input.asText());
        }
        inputs.addAll(texts);
        List<float[]> vectors = texts.stream().map(model::vector).toList();
        if (openAi) {
            List<Map<String, Object>> data = new ArrayList<>();
            for (int i = 0; i < vectors.size(); i++) {
                data.add(Map.of("object", "embedding", "index", i, "embedding", vectors.get(i)));
            }
            send(exchange, 200, Map.of("object", "list", "model", request.path("model").asText(), "data", data,
                    "usage", Map.of("prompt_tokens", 0, "total_tokens", 0)));
        } else {
            send(exchange, 200, Map.of("model", request.path("model").asText(), "embeddings", vectors));
        }
    }

    private static void send(HttpExchange exchange, int status, Object body) throws IOException {
        LoopbackServer.send(exchange, status, "application/json", JSON.writeValueAsString(body));
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
