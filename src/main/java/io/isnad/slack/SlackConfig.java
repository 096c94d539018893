package io.isnad.slack;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Settings of the Slack app ({@code isnad.slack.*}), checked at start-up by {@link SlackConfigCheck}.
 * Not to be confused with the SDK's {@code com.slack.api.SlackConfig}, which {@code post} builds from it.
 */
@ConfigMapping(prefix = "isnad.slack")
public interface SlackConfig {

    /** Whether the Slack endpoints are served; while false, {@code /slack/*} answers 404. */
    @WithDefault("false")
    boolean enabled();

    /**
     * The app's signing secret (Slack: Basic Information, App Credentials), which every request from
     * Slack is verified with. Read from the environment variable {@code SLACK_SIGNING_SECRET}; required
     * when enabled.
     */
    Optional<String> signingSecret();

    /** The bot token ({@code xoxb-...}, Slack: OAuth & Permissions), from {@code SLACK_BOT_TOKEN}; required when enabled. */
    Optional<String> botToken();

    /** The Web API's base URL, ending in {@code /}; tests point it at a local fake. */
    @WithDefault("https://slack.com/api/")
    String apiUrl();

    /**
     * Where users reach the web page (e.g. {@code https://isnad.example.org}); sources then link to
     * the quoted sentence in the article view. Without it sources are plain text.
     */
    Optional<String> publicUrl();

    /** Answers worked on at once (1 to 64); further questions wait in a bounded queue. */
    @WithDefault("4")
    int maxConcurrent();
}
