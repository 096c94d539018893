package io.isnad.slack.verify;

/** A request that is not provably from Slack; the message says why, for the 401 reply and the log. */
public class InvalidSignatureException extends RuntimeException {

    public InvalidSignatureException(String message) {
        super(message);
    }
}
