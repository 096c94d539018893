package io.isnad.answer.question;

import java.util.List;

/**
 * What a question asks for.
 *
 * @param type the kind of answer asked for
 * @param focus the question's content words, folded, in order: what the answer is about
 * @param counted the noun a how-many question counts, folded ("كم مقاطعة" → مقاطعه), or "" when
 *        the question names none right after its question word
 */
public record QuestionAnalysis(QuestionType type, List<String> focus, String counted) {

    public QuestionAnalysis {
        focus = List.copyOf(focus);
    }
}
