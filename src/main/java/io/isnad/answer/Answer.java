package io.isnad.answer;

import java.util.List;

/**
 * The reply to a question.
 *
 * @param answer answer text with {@code [n]} markers, or the abstention message
 * @param abstained true when the articles do not answer the question
 * @param language language of the question, {@code ar} or {@code en}
 * @param answerLanguage language of the answer text
 */
public record Answer(String question, String answer, boolean abstained, String language, String answerLanguage,
        List<Citation> citations, List<PassageView> passages, Timings timings) {
}
