package io.isnad.slack.reply;

import java.util.List;

import io.isnad.answer.Answer;

/**
 * An answer as posted to Slack, kept so that its buttons (feedback, share, all sources) can act on
 * it later without carrying it in the button.
 *
 * @param history the conversation's earlier questions, oldest first
 */
public record AnsweredQuestion(String question, List<String> history, Answer answer, String conversationId) {

    public AnsweredQuestion {
        history = List.copyOf(history);
    }
}
