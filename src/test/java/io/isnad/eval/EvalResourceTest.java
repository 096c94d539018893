package io.isnad.eval;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.http.Header;

@QuarkusTest
class EvalResourceTest {

    /** The token application.properties sets for tests. */
    private static final Header ADMIN = new Header("Authorization", "Bearer test-admin-token");

    @Test
    void returnsTheJsonReportOverTheLiveFolderByDefault() throws Exception {
        String questions = Files.readString(Path.of("src/test/resources/eval/seeds-dev.jsonl"));
        given().header(ADMIN).contentType(ContentType.JSON).body(Map.of("questions", questions, "k", 1))
                .when().post("/api/eval")
                .then().statusCode(200)
                .body("schema", equalTo(EvalReport.SCHEMA))
                .body("settings.corpus", equalTo("seeds"))
                .body("settings.k", equalTo(1))
                .body("questions", hasSize(17))
                .body("questions.collect { it.retrievedFiles.size() }", everyItem(lessThanOrEqualTo(1)))
                .body("questions.collect { it.retrievedFiles.size() }", hasItem(1))
                .body("metrics.ar.'recall@1'", notNullValue())
                .body("counts.en.unanswerable", equalTo(1));
    }

    @Test
    void theSplitAndCrossCorpusAreRequestFields() throws Exception {
        String questions = Files.readString(Path.of("src/test/resources/eval/seeds-dev.jsonl"));
        given().header(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("questions", questions, "k", 3, "split", "tune", "crossCorpus", true))
                .when().post("/api/eval")
                .then().statusCode(200)
                .body("settings.split", equalTo("tune"))
                .body("settings.crossCorpus", equalTo(true))
                .body("questions.collect { it.split }", everyItem(equalTo("tune")))
                .body("questions.collect { it.answerable }", everyItem(equalTo(false)));
        given().header(ADMIN).contentType(ContentType.JSON).body(Map.of("questions", questions, "split", "half"))
                .when().post("/api/eval")
                .then().statusCode(400).body("error", equalTo("invalid_request"))
                .body("message", equalTo("split must be tune, check or all, got 'half'"));
    }

    @Test
    void aMalformedSetIsA400NamingTheLine() {
        String questions = "{\"id\": \"q1\", \"lang\": \"ar\", \"question\": \"س\", \"expected_files\": [], "
                + "\"answers\": [], \"answerable\": false}\n{\"id\": \"q2\", \"lang\": \"de\"}\n";
        given().header(ADMIN).contentType(ContentType.JSON).body(Map.of("questions", questions))
                .when().post("/api/eval")
                .then().statusCode(400)
                .body("error", equalTo("malformed_question_set"))
                .body("message", startsWith("request line 2: "));
    }

    @Test
    void otherBadInputIsA400() {
        given().header(ADMIN).contentType(ContentType.JSON).body(Map.of("corpus", "seeds"))
                .when().post("/api/eval")
                .then().statusCode(400).body("error", equalTo("invalid_request"))
                .body("message", containsString("'questions'"));
        String one = "{\"id\": \"q1\", \"lang\": \"ar\", \"question\": \"س\", \"expected_files\": [], "
                + "\"answers\": [], \"answerable\": false}";
        given().header(ADMIN).contentType(ContentType.JSON).body(Map.of("questions", one, "corpus", "no-such-folder"))
                .when().post("/api/eval")
                .then().statusCode(400).body("error", equalTo("invalid_request"))
                .body("message", equalTo("corpus no-such-folder is not a folder"));
        for (String outside : List.of("/etc", "../", "seeds/../../")) {
            given().header(ADMIN).contentType(ContentType.JSON).body(Map.of("questions", one, "corpus", outside))
                    .when().post("/api/eval")
                    .then().statusCode(400).body("error", equalTo("invalid_request"))
                    .body("message", equalTo("'corpus' must be a folder inside the service's working directory."));
        }
        Map<String, Object> badK = new HashMap<>(Map.of("questions", one, "k", 0));
        given().header(ADMIN).contentType(ContentType.JSON).body(badK)
                .when().post("/api/eval")
                .then().statusCode(400).body("message", equalTo("k must be between 1 and 50, got 0"));
        given().header(ADMIN).contentType(ContentType.JSON).body("{\"questions\": ")
                .when().post("/api/eval")
                .then().statusCode(400).body("error", equalTo("malformed_json"));
    }
}
