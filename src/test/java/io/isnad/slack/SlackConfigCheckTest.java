package io.isnad.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class SlackConfigCheckTest {

    @Test
    void theDefaultsAreValid() {
        assertEquals(List.of(),
                new SlackConfigCheck(config(false, null, null, "https://slack.com/api/", null, 4)).problems());
    }

    @Test
    void enablingWithoutSecretsNamesTheEnvironmentVariables() {
        String problems = String.join("; ",
                new SlackConfigCheck(config(true, " ", null, "https://slack.com/api/", null, 4)).problems());
        assertTrue(problems.contains("SLACK_SIGNING_SECRET") && problems.contains("SLACK_BOT_TOKEN"), problems);
    }

    @Test
    void badValuesAreNamedWithTheirKeys() {
        List<String> problems =
                new SlackConfigCheck(config(false, null, null, "slack.com/api", "ftp://x", 0)).problems();
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("isnad.slack.max-concurrent"));
        assertTrue(problems.get(1).startsWith("isnad.slack.api-url"));
        assertTrue(problems.get(2).startsWith("isnad.slack.public-url"));
    }

    private static SlackConfig config(boolean enabled, String secret, String token, String apiUrl, String publicUrl,
            int maxConcurrent) {
        return new SlackConfig() {
            public boolean enabled() {
                return enabled;
            }

            public Optional<String> signingSecret() {
                return Optional.ofNullable(secret);
            }

            public Optional<String> botToken() {
                return Optional.ofNullable(token);
            }

            public String apiUrl() {
                return apiUrl;
            }

            public Optional<String> publicUrl() {
                return Optional.ofNullable(publicUrl);
            }

            public int maxConcurrent() {
                return maxConcurrent;
            }
        };
    }
}
