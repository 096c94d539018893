package io.isnad.slack.post;

/** Slack answered {@code "ok": false}; the message is its error code, which no retry will change. */
final class SlackRefusal extends Exception {

    SlackRefusal(String error) {
        super(error, null, false, false);
    }
}
