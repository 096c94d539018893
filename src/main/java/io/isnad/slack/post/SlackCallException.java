package io.isnad.slack.post;

/** A call to Slack that failed for good (after any retries); already logged and counted. */
public class SlackCallException extends RuntimeException {

    public SlackCallException(String message, Throwable cause) {
        super(message, cause);
    }
}
