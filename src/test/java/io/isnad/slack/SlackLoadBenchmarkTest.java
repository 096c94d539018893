package io.isnad.slack;

import static io.isnad.slack.SlackDriver.of;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.slack.api.app_backend.SlackSignature;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Benchmark, not a timed test: 20 mentions sent at once, in 20 threads; prints the time to
 * acknowledge (HTTP 200) and the time until the answer reached the fake Web API. It asserts only
 * that every mention got exactly one answer; the figures go to docs/slack.md.
 */
@QuarkusTest
@TestProfile(SlackTestProfile.class)
class SlackLoadBenchmarkTest {

    private static final int MENTIONS = 20;

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @ConfigProperty(name = "isnad.slack.api-url")
    String apiUrl;

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    @Test
    void twentyConcurrentMentions() throws Exception {
        SlackDriver slack = new SlackDriver(apiUrl);
        slack.reset();
        // Warm-up: one answer end to end, so the figures are not the JIT's first steps.
        send(SlackDriver.mention("Warm", "1700009999.000001", null, SlackEventsTest.QUESTION));
        slack.awaitCalls(Duration.ofSeconds(30), c -> !of(c, "chat.update").isEmpty());
        slack.reset();

        // Baseline: the same number of mentions one after another, so the burst's figures can be told apart
        // from the machine's load.
        List<Long> alone = new ArrayList<>();
        for (int i = 0; i < MENTIONS; i++) {
            String ts = String.format("1700009998.%06d", i);
            long t0 = System.nanoTime();
            assertEquals(200, send(SlackDriver.mention("Seq" + ts, ts, null, SlackEventsTest.QUESTION)));
            alone.add((System.nanoTime() - t0) / 1_000_000);
        }
        slack.awaitCalls(Duration.ofSeconds(120), c -> of(c, "chat.update").size() >= MENTIONS);
        slack.reset();

        ExecutorService senders = Executors.newFixedThreadPool(MENTIONS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<long[]>> sent = new ArrayList<>();
        for (int i = 0; i < MENTIONS; i++) {
            String ts = String.format("1700010000.%06d", i);
            String question = i % 2 == 0 ? SlackEventsTest.QUESTION : "Which capital did Araghchi plan to visit after Damascus?";
            sent.add(senders.submit(() -> {
                start.await();
                long sentAt = System.currentTimeMillis();
                long t0 = System.nanoTime();
                assertEquals(200, send(SlackDriver.mention("Load" + ts, ts, null, question)));
                return new long[] {sentAt, (System.nanoTime() - t0) / 1_000_000};
            }));
        }
        start.countDown();
        List<Long> ackMs = new ArrayList<>();
        long firstSent = Long.MAX_VALUE;
        for (Future<long[]> f : sent) {
            long[] r = f.get();
            firstSent = Math.min(firstSent, r[0]);
            ackMs.add(r[1]);
        }
        senders.shutdown();
        List<Map<String, Object>> calls = slack.awaitCalls(Duration.ofSeconds(120),
                c -> of(c, "chat.update").size() >= MENTIONS);
        List<Map<String, Object>> answers = of(calls, "chat.update");
        assertEquals(MENTIONS, answers.size());
        List<Long> postMs = new ArrayList<>();
        for (Map<String, Object> answer : answers) {
            postMs.add(((Number) answer.get("receivedAtMs")).longValue() - firstSent);
        }
        System.out.printf("Slack load, %d mentions one after another: acknowledge p50 %d ms, max %d ms%n", MENTIONS,
                pct(alone, 50), pct(alone, 100));
        System.out.printf("Slack load, %d concurrent mentions, isnad.slack.max-concurrent=4, fake Web API on 127.0.0.1:%n"
                + "  acknowledge (HTTP 200): p50 %d ms, p95 %d ms, max %d ms%n"
                + "  answer posted (from the burst's first request): p50 %d ms, p95 %d ms, max %d ms%n",
                MENTIONS, pct(ackMs, 50), pct(ackMs, 95), pct(ackMs, 100), pct(postMs, 50), pct(postMs, 95), pct(postMs, 100));
    }

    /** Plain JDK HTTP, so the figures are the service's, not a test client's warm-up. */
    private int send(String body) throws Exception {
        String ts = String.valueOf(java.time.Instant.now().getEpochSecond());
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/slack/events"))
                .header("Content-Type", "application/json").header("X-Slack-Request-Timestamp", ts)
                .header("X-Slack-Signature", new SlackSignature.Generator(SlackTestProfile.SECRET).generate(ts, body))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static long pct(List<Long> values, int percentile) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
