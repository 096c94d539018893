package io.isnad.answer.model;

/**
 * The previous turn of a conversation as a follow-up's prompt shows it: what the follow-up refers to, never a
 * passage the model may cite.
 *
 * @param question the previous question as the user asked it
 * @param answer the answer the user was shown to it, without its markers
 */
public record EarlierTurn(String question, String answer) {
}
