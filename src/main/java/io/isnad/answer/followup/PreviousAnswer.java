package io.isnad.answer.followup;

import io.isnad.answer.question.QuestionType;

/**
 * The sentence the previous turn's answer was chosen for: its lead, also when a typed neighbour is
 * quoted before it (the neighbour that gave the killed may still give the wounded). A follow-up
 * prefers its article and its neighbourhood, and does not quote it again unless it holds another
 * kind of answer than the one it gave ("وكم قتيل سقط؟" after a when-question answered with "قتل ما
 * بين 120 و130 شخصاً").
 *
 * @param file the article
 * @param sentence the sentence's index in the article
 * @param type what the previous question asked for
 */
public record PreviousAnswer(String file, int sentence, QuestionType type) {
}
