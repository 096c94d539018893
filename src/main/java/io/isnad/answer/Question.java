package io.isnad.answer;

import java.util.List;

/**
 * A question as every surface hands it to the {@link AssistantService}.
 *
 * @param text what the user asked, stripped, at most 2,000 characters
 * @param history earlier user turns of the same conversation, oldest first; empty for a lone question
 * @param topK how many passages to retrieve and report
 */
public record Question(String text, List<String> history, int topK) {

    public Question {
        history = List.copyOf(history);
    }

    /** A question with no conversation before it. */
    public static Question of(String text, int topK) {
        return new Question(text, List.of(), topK);
    }
}
