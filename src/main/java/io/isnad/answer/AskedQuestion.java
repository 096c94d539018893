package io.isnad.answer;

import java.util.Optional;

import io.isnad.answer.followup.PreviousAnswer;
import io.isnad.answer.question.QuestionAnalysis;

/**
 * A question as the answerers see it.
 *
 * @param text the question searched (a follow-up already made standalone)
 * @param asked the question as the user asked it
 * @param analysis its type and focus words
 * @param english whether it was asked in English, so a short answer is also rendered in English
 * @param previous in a follow-up, the sentence the previous answer led with
 */
public record AskedQuestion(String text, String asked, QuestionAnalysis analysis, boolean english,
        Optional<PreviousAnswer> previous) {
}
