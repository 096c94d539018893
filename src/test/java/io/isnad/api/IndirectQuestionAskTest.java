package io.isnad.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * A question asked through the story's telling ("Does it say who…?") is answered as the question it asks, and the
 * answer names it as it was posed.
 */
@QuarkusTest
class IndirectQuestionAskTest {

    private static final String LEAD = "Which Iranian ministry said its diplomatic mission in Aleppo had been hit?";

    @Test
    void aFollowUpAskingWhoTheStorySaysIsDeclinedWhereNoSentenceNamesTheDoer() {
        for (String question : List.of("Does it say who was behind the attack?", "Who was behind the attack?")) {
            given().contentType(ContentType.JSON).body(Map.of("question", question, "history", List.of(LEAD)))
                    .post("/api/ask").then().statusCode(200).body("abstained", equalTo(true))
                    .body("question", equalTo(question));
        }
    }
}
