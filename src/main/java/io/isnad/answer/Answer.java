package io.isnad.answer;

import java.util.List;

/**
 * The reply to a question.
 *
 * @param answer answer text with {@code [n]} markers, or the abstention message
 * @param abstained true when the articles do not answer the question
 * @param language language of the question, {@code ar} or {@code en}
 * @param answerLanguage language of the answer text
 * @param mode who wrote the answer text: {@code extractive} or {@code llm}
 * @param fallback true when {@code llm} mode is configured but the extractive answer is returned
 * @param fallbackReason why the model's answer was not used, e.g. {@code model_error}; null without fallback
 * @param unsupported sentences of a model's answer that cite no passage, so nothing backs them
 * @param rewrittenQuestion the standalone question searched for a follow-up; null when the question
 *        was searched as asked
 * @param questionType what kind of answer the question asks for ({@code person}, {@code date},
 *        {@code number}, {@code place}, {@code reason}, {@code description}, {@code yesno}, {@code list},
 *        {@code other})
 * @param shortAnswer the few words that answer a typed question, or null when there are none
 */
public record Answer(String question, String answer, boolean abstained, String language, String answerLanguage,
        List<Citation> citations, List<PassageView> passages, Timings timings, String mode, boolean fallback,
        String fallbackReason, List<String> unsupported, String rewrittenQuestion, String questionType,
        ShortAnswer shortAnswer) {

    /** This answer with other timings: a cached answer reports the time of the request that reused it. */
    public Answer withTimings(Timings other) {
        return new Answer(question, answer, abstained, language, answerLanguage, citations, passages, other, mode,
                fallback, fallbackReason, unsupported, rewrittenQuestion, questionType, shortAnswer);
    }
}
