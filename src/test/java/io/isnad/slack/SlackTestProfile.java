package io.isnad.slack;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Slack enabled, talking to the {@link FakeSlackApi}; every Slack HTTP test shares this one application. */
public class SlackTestProfile implements QuarkusTestProfile {

    static final String SECRET = "test-signing-secret";
    static final String PUBLIC_URL = "https://isnad.example.org";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("isnad.slack.enabled", "true", "isnad.slack.signing-secret", SECRET,
                "isnad.slack.bot-token", "xoxb-test-token", "isnad.slack.public-url", PUBLIC_URL,
                "isnad.slack.max-concurrent", "4");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(FakeSlackApi.class));
    }
}
