package io.isnad.answer.followup;

/**
 * The sentence the previous turn's answer led with: a follow-up prefers its article and its
 * neighbourhood, and never quotes it again.
 *
 * @param file the article
 * @param sentence the sentence's index in the article
 */
public record PreviousAnswer(String file, int sentence) {
}
