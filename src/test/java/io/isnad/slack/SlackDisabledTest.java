package io.isnad.slack;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Slack is off by default: its endpoints do not exist, whatever is sent. */
@QuarkusTest
class SlackDisabledTest {

    @Test
    void everySlackEndpointAnswers404WhileDisabled() {
        for (String path : new String[] {"/slack/events", "/slack/commands", "/slack/interactions"}) {
            given().contentType("application/json").body("{\"type\":\"url_verification\",\"challenge\":\"x\"}")
                    .header("X-Slack-Request-Timestamp", "1").header("X-Slack-Signature", "v0=00").post(path)
                    .then().statusCode(404).body("error", equalTo("not_found"));
        }
    }
}
