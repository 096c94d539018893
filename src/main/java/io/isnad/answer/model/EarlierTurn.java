package io.isnad.answer.model;

import java.util.Optional;

/**
 * The previous turn of a conversation as a follow-up's prompt shows it: what the follow-up refers to, never a
 * passage the model may cite.
 *
 * @param question the previous question as the user asked it
 * @param answer the answer the user was shown to it, without its markers; empty when the conversation did not
 *        keep it (a client that sends its own history, or a declined answer), and the question is shown alone
 */
public record EarlierTurn(String question, Optional<String> answer) {
}
