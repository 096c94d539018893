package io.isnad.slack.post;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.isnad.slack.FakeSlackApi;
import io.isnad.slack.SlackDriver;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * An app that is not an assistant app has every status refused: the refusal is learned from the
 * first, and no later direct message asks (and logs) again.
 */
class SlackWebApiStatusTest {

    private static final String SET_STATUS = "assistant.threads.setStatus";

    private final FakeSlackApi fake = new FakeSlackApi();
    private SlackDriver slack;
    private SlackWebApi api;

    @BeforeEach
    void start() {
        String apiUrl = fake.start().get("isnad.slack.api-url");
        slack = new SlackDriver(apiUrl);
        api = new SlackWebApi(SlackWebApi.slack(apiUrl), "xoxb-test", new SlackCounters(new SimpleMeterRegistry()));
    }

    @AfterEach
    void stop() {
        fake.stop();
    }

    @Test
    void aStatusSlackAllowsIsSetEachTime() {
        assertTrue(api.setStatus("D1", "1.1", "searching"));
        assertTrue(api.setStatus("D1", "1.2", "searching"));
        assertEquals(2, SlackDriver.of(slack.calls(), SET_STATUS).size());
    }

    @Test
    void aNonAssistantAppIsAskedOnceAndNeverAgain() {
        slack.refuse(SET_STATUS, "not_allowed_token_type");
        assertFalse(api.setStatus("D1", "1.1", "searching"));
        assertFalse(api.setStatus("D1", "1.2", "searching"));
        assertFalse(api.setStatus("D2", "2.1", "searching"));
        assertEquals(1, SlackDriver.of(slack.calls(), SET_STATUS).size(), "learned from the first refusal");
    }

    @Test
    void anotherRefusalIsThrownAndAskedAgain() {
        slack.refuse(SET_STATUS, "channel_not_found");
        SlackCallException refused = assertThrows(SlackCallException.class,
                () -> api.setStatus("D1", "1.1", "searching"));
        assertEquals("channel_not_found", refused.slackError().orElseThrow());
        assertThrows(SlackCallException.class, () -> api.setStatus("D1", "1.2", "searching"));
        assertEquals(2, SlackDriver.of(slack.calls(), SET_STATUS).size(),
                "one thread's refusal says nothing of the app");
    }
}
