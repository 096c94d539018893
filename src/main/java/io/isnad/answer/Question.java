package io.isnad.answer;

import java.util.List;
import java.util.Optional;

import io.isnad.answer.followup.EarlierAnswer;

/**
 * A question as every surface hands it to the {@link AssistantService}.
 *
 * @param text what the user asked, stripped, at most {@link #MAX_CHARS} characters
 * @param history earlier user turns of the same conversation, oldest first; empty for a lone question
 * @param topK how many passages to retrieve and report
 * @param earlier the answer the user was shown to the latest question of {@code history}, where the
 *        conversation kept it (the chat surfaces do); the model of llm mode is shown it with a follow-up
 */
public record Question(String text, List<String> history, int topK, Optional<EarlierAnswer> earlier) {

    /** The longest question every surface accepts (the HTTP API, Slack, the command line), in characters. */
    public static final int MAX_CHARS = 2000;

    public Question {
        history = List.copyOf(history);
    }

    /** A question after earlier ones whose answers were not kept (an evaluation set's history). */
    public Question(String text, List<String> history, int topK) {
        this(text, history, topK, Optional.empty());
    }

    /** A question with no conversation before it. */
    public static Question of(String text, int topK) {
        return new Question(text, List.of(), topK);
    }
}
