package io.isnad.answer.question;

import java.util.List;

/**
 * What a question asks for.
 *
 * @param type the kind of answer asked for
 * @param focus the question's content words, folded, in order: what the answer is about
 */
public record QuestionAnalysis(QuestionType type, List<String> focus) {

    public QuestionAnalysis {
        focus = List.copyOf(focus);
    }
}
