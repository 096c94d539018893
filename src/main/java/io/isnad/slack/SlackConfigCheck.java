package io.isnad.slack;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.StartupEvent;

/**
 * Refuses to start with a Slack configuration that could only fail later, one request at a time:
 * every problem is named with its key, so the fix is obvious from the log.
 */
@ApplicationScoped
class SlackConfigCheck {

    static final int MAX_CONCURRENT = 64;

    void check(@Observes StartupEvent start, SlackConfig config) {
        List<String> problems = problems(config);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Invalid Slack configuration: " + String.join("; ", problems));
        }
    }

    static List<String> problems(SlackConfig config) {
        List<String> problems = new ArrayList<>();
        if (config.maxConcurrent() < 1 || config.maxConcurrent() > MAX_CONCURRENT) {
            problems.add("isnad.slack.max-concurrent must be between 1 and " + MAX_CONCURRENT + ", got "
                    + config.maxConcurrent());
        }
        if (!isHttpUrl(config.apiUrl()) || !config.apiUrl().endsWith("/")) {
            problems.add("isnad.slack.api-url must be an http(s) URL ending in '/', got '" + config.apiUrl() + "'");
        }
        config.publicUrl().filter(url -> !isHttpUrl(url))
                .ifPresent(url -> problems.add("isnad.slack.public-url must be an http(s) URL, got '" + url + "'"));
        if (config.enabled()) {
            if (blank(config.signingSecret())) {
                problems.add("isnad.slack.enabled=true needs the signing secret: set SLACK_SIGNING_SECRET "
                        + "(or isnad.slack.signing-secret)");
            }
            if (blank(config.botToken())) {
                problems.add("isnad.slack.enabled=true needs the bot token: set SLACK_BOT_TOKEN "
                        + "(or isnad.slack.bot-token)");
            }
        }
        return problems;
    }

    private static boolean blank(Optional<String> value) {
        return value.map(String::isBlank).orElse(true);
    }

    private static boolean isHttpUrl(String value) {
        try {
            URI uri = new URI(value);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
