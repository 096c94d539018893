package io.isnad.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** {@code /q/metrics}: HTTP metrics and Isnad's own {@code isnad_*} figures, moved by real requests. */
@QuarkusTest
class MetricsTest {

    private static final String ANSWERED = "isnad_answers_total{mode=\"extractive\",outcome=\"answered\",reason=\"none\"}";
    private static final String ABSTAINED = "isnad_answers_total{mode=\"extractive\",outcome=\"abstained\",reason=\"none\"}";
    private static final String REINDEXED = "isnad_reindex_duration_seconds_count";

    @Test
    void anAnswerAndAnAbstentionAreCountedAndTimed() {
        String before = metrics();
        ask("متى التقى عباس عراقجي بالرئيس بشار الأسد في دمشق؟");
        ask("Who won the 2022 FIFA World Cup?");
        // Asked again (a kept answer): the meters registered by the first answer of its kind count it too.
        ask("متى التقى عباس عراقجي بالرئيس بشار الأسد في دمشق؟");
        String after = metrics();

        assertEquals(value(before, ANSWERED) + 2, value(after, ANSWERED), after);
        assertEquals(value(before, ABSTAINED) + 1, value(after, ABSTAINED), after);
        for (String name : new String[] {"isnad_retrieval_latency_seconds_bucket{mode=\"extractive\",le=\"0.005\"}",
            "isnad_answer_latency_seconds_count{mode=\"extractive\"}", "isnad_answer_latency_seconds_sum",
            "isnad_articles_indexed ", "isnad_articles_skipped ", "isnad_ingestion_duration_seconds_count",
            "http_server_requests_seconds_count{method=\"POST\",outcome=\"SUCCESS\",status=\"200\",uri=\"/api/ask\"}"}) {
            assertTrue(after.contains(name), name + " missing from\n" + after);
        }
        assertTrue(value(after, "isnad_articles_indexed") >= 5, "the seeds are indexed");
        assertTrue(value(after, "isnad_answer_latency_seconds_count{mode=\"extractive\"}") >= 3);
    }

    @Test
    void aReindexIsTimed() {
        double before = value(metrics(), REINDEXED);
        given().header(EvalLimitsTest.ADMIN).contentType("application/json").post("/api/admin/reindex").then().statusCode(200);
        assertEquals(before + 1, value(metrics(), REINDEXED));
    }

    private static void ask(String question) {
        given().contentType(ContentType.JSON).body("{\"question\":\"" + question + "\"}")
                .post("/api/ask").then().statusCode(200);
    }

    private static String metrics() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** The sample's value, 0 when the series does not exist yet (a counter appears on first use). */
    private static double value(String metrics, String series) {
        return metrics.lines().filter(line -> line.startsWith(series + " ") || line.startsWith(series + "{"))
                .filter(line -> !line.startsWith("#")).findFirst()
                .map(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).orElse(0.0);
    }
}
