package io.isnad.slack;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.app_backend.SlackSignature;

import io.restassured.response.Response;

/** Sends Slack's requests to the service, signed by the SDK's generator, and reads what the {@link FakeSlackApi} saw. */
public final class SlackDriver {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String fakeBase;

    /** {@code apiUrl} is the configured {@code isnad.slack.api-url}, which points at the fake. */
    public SlackDriver(String apiUrl) {
        this.fakeBase = apiUrl.substring(0, apiUrl.length() - "api/".length());
    }

    String responseUrl(String name) {
        return fakeBase + "response/" + name;
    }

    Response post(String path, String contentType, String body, Map<String, String> headers) {
        String ts = String.valueOf(Instant.now().getEpochSecond());
        return given().contentType(contentType + "; charset=UTF-8").header("X-Slack-Request-Timestamp", ts)
                .header("X-Slack-Signature", new SlackSignature.Generator(SlackTestProfile.SECRET).generate(ts, body))
                .headers(headers).body(body).post(path);
    }

    Response event(String json) {
        return post("/slack/events", "application/json", json, Map.of());
    }

    Response form(String path, Map<String, String> fields) {
        StringBuilder body = new StringBuilder();
        fields.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&").append(k).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return post(path, "application/x-www-form-urlencoded", body.toString(), Map.of());
    }

    static String mention(String eventId, String ts, String threadTs, String text) {
        return "{\"type\":\"event_callback\",\"team_id\":\"T1\",\"event_id\":\"" + eventId + "\",\"event\":{"
                + "\"type\":\"app_mention\",\"user\":\"U42\",\"channel\":\"C1\",\"ts\":\"" + ts + "\","
                + (threadTs == null ? "" : "\"thread_ts\":\"" + threadTs + "\",")
                + "\"text\":" + quote("<@UISNAD> " + text) + "}}";
    }

    static String quote(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public List<Map<String, Object>> calls() {
        try {
            String body = HTTP.send(HttpRequest.newBuilder(URI.create(fakeBase + "__calls")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            return JSON.readValue(body, new TypeReference<>() {
            });
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    void reset() {
        control("DELETE", "__calls");
    }

    void delayEveryCall(long millis) {
        control("POST", "__control?delayMs=" + millis);
    }

    void rateLimit(String method, int times, int retryAfterSeconds) {
        control("POST", "__control?limit=" + method + "&times=" + times + "&retryAfter=" + retryAfterSeconds);
    }

    /** Every later call of {@code method} is refused with {@code error}, as Slack answers {@code "ok": false}. */
    public void refuse(String method, String error) {
        control("POST", "__control?refuse=" + method + "&error=" + error);
    }

    private void control(String method, String path) {
        try {
            HTTP.send(HttpRequest.newBuilder(URI.create(fakeBase + path)).method(method, HttpRequest.BodyPublishers.noBody())
                    .build(), HttpResponse.BodyHandlers.discarding());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits up to {@code timeout} until the calls satisfy {@code done}; returns them either way. */
    List<Map<String, Object>> awaitCalls(Duration timeout, Predicate<List<Map<String, Object>>> done) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<Map<String, Object>> calls = calls();
        while (!done.test(calls) && System.nanoTime() < deadline) {
            sleep(50);
            calls = calls();
        }
        return calls;
    }

    /** Every {@code text} in a call's {@code blocks} (a JSON string, as the SDK sends it), joined by new lines. */
    static String blockText(Map<String, Object> call) {
        try {
            List<String> texts = new java.util.ArrayList<>();
            collectTexts(blocks(call), texts);
            return String.join("\n", texts);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void collectTexts(com.fasterxml.jackson.databind.JsonNode node, List<String> texts) {
        node.properties().forEach(field -> {
            if (field.getKey().equals("text") && field.getValue().isTextual()) {
                texts.add(field.getValue().asText());
            }
        });
        node.forEach(child -> collectTexts(child, texts));
    }

    /** The answer id the call's buttons carry. */
    static String answerId(Map<String, Object> call) {
        try {
            return blocks(call).findValuesAsText("value").get(0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Web API calls carry blocks as a JSON string, response_url calls as JSON. */
    private static com.fasterxml.jackson.databind.JsonNode blocks(Map<String, Object> call) throws IOException {
        Object blocks = call.get("blocks");
        return blocks instanceof String text ? JSON.readTree(text) : JSON.valueToTree(blocks);
    }

    public static List<Map<String, Object>> of(List<Map<String, Object>> calls, String method) {
        return calls.stream().filter(c -> method.equals(c.get("method"))).toList();
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
