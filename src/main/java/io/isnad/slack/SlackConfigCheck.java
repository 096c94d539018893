package io.isnad.slack;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.isnad.config.ConfigProblems;
import io.isnad.config.StageConfigCheck;

/**
 * Finds every Slack setting that could only fail later, one request at a time:
 * every problem is named with its key, so the fix is obvious from the log.
 */
@ApplicationScoped
class SlackConfigCheck implements StageConfigCheck {

    static final int MAX_CONCURRENT = 64;

    private final SlackConfig config;

    SlackConfigCheck(SlackConfig config) {
        this.config = config;
    }

    @Override
    public List<String> problems() {
        String apiUrl = config.apiUrl();
        ConfigProblems problems = new ConfigProblems()
                .between("isnad.slack.max-concurrent", config.maxConcurrent(), 1, MAX_CONCURRENT)
                .check(ConfigProblems.isHttpUrl(apiUrl) && apiUrl.endsWith("/"),
                        "isnad.slack.api-url must be an http(s) URL ending in '/', got '" + apiUrl + "'");
        config.publicUrl().ifPresent(url -> problems.check(ConfigProblems.isHttpUrl(url),
                "isnad.slack.public-url must be an http(s) URL, got '" + url + "'"));
        if (config.enabled()) {
            problems.check(!blank(config.signingSecret()), "isnad.slack.enabled=true needs the signing secret: "
                    + "set SLACK_SIGNING_SECRET (or isnad.slack.signing-secret)");
            problems.check(!blank(config.botToken()), "isnad.slack.enabled=true needs the bot token: "
                    + "set SLACK_BOT_TOKEN (or isnad.slack.bot-token)");
        }
        return problems.list();
    }

    private static boolean blank(Optional<String> value) {
        return value.map(String::isBlank).orElse(true);
    }
}
