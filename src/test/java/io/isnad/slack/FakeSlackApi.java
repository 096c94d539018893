package io.isnad.slack;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import io.isnad.testing.LoopbackServer;

/**
 * A local stand-in for Slack's Web API (under {@code /api/}) and for {@code response_url}s (under
 * {@code /response/}), on a free port of 127.0.0.1. It records every call with the time it arrived
 * and answers like Slack ({@code {"ok":true,"ts":...}}). Tests read and clear the calls at
 * {@code /__calls} and steer it through {@code /__control}: a delay before every answer, HTTP 429
 * with {@code Retry-After} for the first N calls of a method (N = -1: always), and Slack's own refusal
 * ({@code "ok": false} with an error code) of every call of a method. Going through HTTP keeps the test
 * free of class-loader questions.
 */
public class FakeSlackApi implements QuarkusTestResourceLifecycleManager {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<Map<String, Object>> calls = new CopyOnWriteArrayList<>();
    private final AtomicLong ts = new AtomicLong(1_700_000_000_000L);
    private final AtomicLong delayMs = new AtomicLong();
    private final Map<String, AtomicInteger> rateLimited = new ConcurrentHashMap<>();
    private final Map<String, String> refused = new ConcurrentHashMap<>();
    private volatile String retryAfter = "1";
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        server = LoopbackServer.start(Map.of("/api/", this::method, "/response/", this::responseUrl,
                "/__calls", this::calls, "/__control", this::control));
        return Map.of("isnad.slack.api-url", LoopbackServer.base(server) + "/api/");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private void method(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestURI().getPath().substring("/api/".length());
        Map<String, Object> params = params(exchange);
        record(method, params);
        if (answer429(exchange, method)) {
            return;
        }
        pause();
        if (refused.containsKey(method)) {
            send(exchange, 200, JSON.writeValueAsString(Map.of("ok", false, "error", refused.get(method))));
            return;
        }
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("ok", true);
        if (method.equals("chat.postMessage") || method.equals("chat.update")) {
            reply.put("channel", params.get("channel"));
            reply.put("ts", method.equals("chat.update") ? params.get("ts") : String.format("%d.%06d",
                    ts.get() / 1_000_000, ts.incrementAndGet() % 1_000_000));
        }
        if (method.equals("auth.test")) {
            reply.put("user_id", "UISNAD");
            reply.put("team_id", "T1");
        }
        send(exchange, 200, JSON.writeValueAsString(reply));
    }

    private void responseUrl(HttpExchange exchange) throws IOException {
        Map<String, Object> params = params(exchange);
        params.put("url", exchange.getRequestURI().getPath());
        record("response_url", params);
        if (answer429(exchange, "response_url")) {
            return;
        }
        pause();
        send(exchange, 200, "ok");
    }

    private boolean answer429(HttpExchange exchange, String method) throws IOException {
        AtomicInteger left = rateLimited.get(method);
        if (left != null && (left.get() < 0 || left.getAndDecrement() > 0)) {
            exchange.getResponseHeaders().add("Retry-After", retryAfter);
            send(exchange, 429, "{\"ok\":false,\"error\":\"ratelimited\"}");
            return true;
        }
        return false;
    }

    private void record(String method, Map<String, Object> params) {
        Map<String, Object> call = new LinkedHashMap<>(params);
        call.put("method", method);
        call.put("receivedAtMs", System.currentTimeMillis());
        calls.add(call);
    }

    private void pause() {
        long delay = delayMs.get();
        if (delay > 0) {
            try {
                Thread.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> params(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        if (type != null && type.contains("json")) {
            return new LinkedHashMap<>(JSON.readValue(body, Map.class));
        }
        Map<String, Object> params = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return params;
    }

    private void calls(HttpExchange exchange) throws IOException {
        if ("DELETE".equals(exchange.getRequestMethod())) {
            calls.clear();
            delayMs.set(0);
            rateLimited.clear();
            refused.clear();
            retryAfter = "1";
            send(exchange, 204, "");
        } else {
            send(exchange, 200, JSON.writeValueAsString(calls));
        }
    }

    /**
     * {@code POST /__control?delayMs=2000}, {@code ?limit=chat.postMessage&times=1&retryAfter=1} (times -1:
     * always), {@code ?refuse=assistant.threads.setStatus&error=not_allowed_token_type}.
     */
    private void control(HttpExchange exchange) throws IOException {
        Map<String, String> query = new LinkedHashMap<>();
        for (String pair : exchange.getRequestURI().getQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            query.put(kv[0], kv[1]);
        }
        if (query.containsKey("delayMs")) {
            delayMs.set(Long.parseLong(query.get("delayMs")));
        }
        if (query.containsKey("limit")) {
            rateLimited.put(query.get("limit"), new AtomicInteger(Integer.parseInt(query.get("times"))));
            retryAfter = query.getOrDefault("retryAfter", "1");
        }
        if (query.containsKey("refuse")) {
            refused.put(query.get("refuse"), query.get("error"));
        }
        send(exchange, 204, "");
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, status == 204 ? -1 : bytes.length);
        if (status != 204) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
        exchange.close();
    }
}
