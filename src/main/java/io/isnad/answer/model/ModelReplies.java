package io.isnad.answer.model;

import java.util.List;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;

/** Helpers for one-line tasks given to the model (rewriting, translating). */
public final class ModelReplies {

    /** Past this, a one-line reply is the model rambling, not a question. */
    static final int MAX_QUESTION_CHARS = 2000;

    private ModelReplies() {
    }

    public static List<ChatMessage> userTurn(String text) {
        return List.of(UserMessage.from(text));
    }

    /**
     * The first non-blank line of a reply, without the quotes models like to add; a reply with no
     * such line, or a rambling one, is malformed.
     */
    public static String firstLine(String reply) {
        String line = reply.strip().lines().filter(l -> !l.isBlank()).findFirst().orElse("").strip();
        line = line.replaceAll("^[\"'“«]+|[\"'”»]+$", "").strip();
        if (line.isEmpty() || line.length() > MAX_QUESTION_CHARS) {
            throw new MalformedModelOutputException("expected one line, got " + reply.length() + " characters");
        }
        return line;
    }
}
