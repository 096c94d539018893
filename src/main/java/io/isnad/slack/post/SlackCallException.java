package io.isnad.slack.post;

import java.util.Optional;

/** A call to Slack that failed for good (after any retries); already logged and counted. */
public class SlackCallException extends RuntimeException {

    private final String slackError;

    public SlackCallException(String message, Throwable cause) {
        super(message, cause);
        this.slackError = cause instanceof SlackRefusal refusal ? refusal.getMessage() : null;
    }

    /**
     * Slack's own error code ({@code channel_not_found}, {@code not_allowed_token_type}) when Slack
     * answered and refused the call; empty when it could not be reached or answered HTTP errors.
     */
    public Optional<String> slackError() {
        return Optional.ofNullable(slackError);
    }
}
