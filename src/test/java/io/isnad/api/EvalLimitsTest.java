package io.isnad.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import jakarta.inject.Inject;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.http.Header;
import io.restassured.path.json.JsonPath;

/** {@code POST /api/eval} stays inside its folder, its limits and one run at a time. */
@QuarkusTest
class EvalLimitsTest {

    static final Header ADMIN = new Header("Authorization", "Bearer test-admin-token");
    private static final String ONE = "{\"id\": \"q1\", \"lang\": \"ar\", \"question\": \"س\", \"expected_files\": [], "
            + "\"answers\": [], \"answerable\": false}";

    @Inject
    EvalGate gate;

    @Test
    void aLinkInsideTheWorkingDirectoryCannotLeadOutOfIt() throws Exception {
        Path outside = Files.createTempDirectory("isnad-outside-");
        Files.writeString(outside.resolve("secret.txt"), "عنوان\nسر لا يجوز أن يقرأه أحد.");
        Path link = Path.of("target/eval-link-" + System.nanoTime());
        Files.createSymbolicLink(link, outside);
        try {
            given().header(ADMIN).contentType(ContentType.JSON).body(Map.of("questions", ONE, "corpus", link.toString()))
                    .post("/api/eval").then().statusCode(400)
                    .body("error", equalTo("invalid_request"))
                    .body("message", equalTo("'corpus' must be a folder inside the service's working directory."));
        } finally {
            Files.delete(link);
        }
    }

    @Test
    void moreQuestionsThanTheLimitAreRefusedBeforeAnyRun() {
        StringBuilder set = new StringBuilder();
        for (int i = 0; i < 2001; i++) {
            set.append(ONE.replace("\"q1\"", "\"q" + i + "\"")).append('\n');
        }
        given().header(ADMIN).contentType(ContentType.JSON).body(Map.of("questions", set.toString()))
                .post("/api/eval").then().statusCode(400)
                .body("error", equalTo("too_many_questions"))
                .body("message", containsString("isnad.api.eval.max-questions"));
    }

    @Test
    void aBodyOverTheLimitIsA413BeforeItIsSent() throws Exception {
        RawHttp.Reply reply = RawHttp.send("POST /api/eval HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: Bearer test-admin-token\r\nContent-Type: application/json\r\n"
                + "Content-Length: 4194305\r\n\r\n{\"questions\": \"");
        assertEquals(413, reply.status(), reply.head());
        assertEquals("body_too_large", JsonPath.from(reply.body()).getString("error"));
    }

    @Test
    void aSecondEvaluationWhileOneRunsIsA429WithRetryAfter() {
        if (!gate.tryEnter()) {
            throw new IllegalStateException("an evaluation is running outside this test");
        }
        try {
            given().header(ADMIN).contentType(ContentType.JSON).body(Map.of("questions", ONE))
                    .post("/api/eval").then().statusCode(429)
                    .header("Retry-After", equalTo("30"))
                    .body("error", equalTo("busy"));
        } finally {
            gate.leave();
        }
        given().header(ADMIN).contentType(ContentType.JSON).body(Map.of("questions", ONE))
                .post("/api/eval").then().statusCode(200);
    }
}
