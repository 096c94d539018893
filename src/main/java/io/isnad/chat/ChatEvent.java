package io.isnad.chat;

import java.util.Map;

/**
 * One server-sent event of a streamed answer: {@code token} events carry text as it is written,
 * then exactly one {@code done} (the whole reply) or {@code error} ({@code {"error","message"}}).
 */
public record ChatEvent(String name, Object data) {

    static final String TOKEN = "token";
    static final String DONE = "done";
    static final String ERROR = "error";

    static ChatEvent token(String text) {
        return new ChatEvent(TOKEN, Map.of("text", text));
    }

    static ChatEvent done(ChatReply reply) {
        return new ChatEvent(DONE, reply);
    }

    static ChatEvent error(String error, String message) {
        return new ChatEvent(ERROR, new Failure(error, message));
    }

    /** An {@code error} event's data: the HTTP API's error shape, which the API may put in the reader's language. */
    public record Failure(String error, String message) {
    }
}
