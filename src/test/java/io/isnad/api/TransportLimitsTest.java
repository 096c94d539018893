package io.isnad.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import org.junit.jupiter.api.Test;

import io.isnad.testing.LogCapture;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The limits the transport enforces answer with the JSON error shape: a chunked body is held to
 * its endpoint's own limit (not only to the 16 MiB transport ceiling), and a request line or
 * headers over the limit get a 414 or 431 the client can read, logged once at WARN.
 */
@QuarkusTest
class TransportLimitsTest {

    private static final String TOKEN = "Authorization: Bearer test-admin-token\r\n";

    @Test
    void aChunkedBodyOverTheEndpointLimitIsRefusedWith413() throws IOException {
        // 300 KiB: over isnad.api.max-body-bytes (256 KiB), far under the transport's 16 MiB.
        String body = "{\"question\": \"حلب\", \"padding\": \"" + "a".repeat(300 * 1024) + "\"}";
        RawHttp.Reply reply = RawHttp.send(chunked("/api/ask", "", body), false);
        assertError(reply, 413, "body_too_large");
    }

    @Test
    void aChunkedBodyUnderTheLimitIsAnswered() throws IOException {
        RawHttp.Reply reply = RawHttp.send(chunked("/api/ask", "", "{\"question\": \"حلب\"}"), false);
        assertEquals(200, reply.status(), reply.head() + "\n" + reply.body());
        assertTrue(JsonPath.from(reply.body()).getString("answer") != null, reply.body());
    }

    @Test
    void theEvaluationEndpointHoldsChunkedBodiesToItsOwnLargerLimit() throws IOException {
        // Over the question endpoints' 256 KiB, under the evaluation's 4 MiB: read, then refused as a question set.
        String body = "{\"questions\": \"" + "x".repeat(300 * 1024) + "\"}";
        RawHttp.Reply reply = RawHttp.send(chunked("/api/eval", TOKEN, body), false);
        assertError(reply, 400, "malformed_question_set");
    }

    @Test
    void aMalformedChunkGetsTheErrorShape() throws IOException {
        RawHttp.Reply reply = RawHttp.send("POST /api/ask HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\n\r\nZZ\r\n{}\r\n0\r\n\r\n");
        assertError(reply, 400, "bad_request");
    }

    @Test
    void aLongUriGets414WithTheErrorShapeAndOneWarning() throws IOException {
        List<LogRecord> logged;
        try (LogCapture capture = LogCapture.of(RequestLimits.class.getName())) {
            assertError(RawHttp.send("GET /api/articles/" + "a".repeat(5_000) + " HTTP/1.1\r\nHost: localhost\r\n\r\n"),
                    414, "uri_too_long");
            logged = capture.records();
        }
        assertEquals(1, logged.size(), logged.toString());
        assertEquals(Level.WARNING.intValue(), logged.get(0).getLevel().intValue());
        assertNull(logged.get(0).getThrown(), "logged with a stack trace");
    }

    @Test
    void largeHeadersGet431WithTheErrorShape() throws IOException {
        assertError(RawHttp.send("GET /api/articles HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "b".repeat(30_000)
                + "\r\n\r\n"), 431, "headers_too_large");
    }

    @Test
    void aRequestWithoutHostIsRefusedWithTheErrorShape() throws IOException {
        assertError(RawHttp.send("POST /api/ask HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: 19\r\n"
                + "Connection: close\r\n\r\n{\"question\": \"x\"}  "), 400, "bad_request");
    }

    private static void assertError(RawHttp.Reply reply, int status, String error) {
        assertEquals(status, reply.status(), reply.head() + "\n" + reply.body());
        JsonPath body = JsonPath.from(reply.body());
        assertEquals(error, body.getString("error"), reply.body());
        assertTrue(body.getString("message") != null && !body.getString("message").isBlank(), reply.body());
    }

    private static byte[] chunked(String path, String headers, String body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\n" + headers
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        for (int at = 0; at < bytes.length; at += 16 * 1024) {
            int length = Math.min(16 * 1024, bytes.length - at);
            out.writeBytes((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(bytes, at, length);
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }
}
