package io.isnad.answer.question;

import java.util.List;

/**
 * What a question asks for.
 *
 * @param type the kind of answer asked for
 * @param focus the question's content words, folded, in order: what the answer is about
 * @param counted the noun a how-many question counts, folded ("كم مقاطعة" → مقاطعه), or "" when
 *        the question names none right after its question word
 * @param byNoun whether the type was read from the noun after "what"/"which" (ما نسبة…، أي مدينة،
 *        which year) rather than from a question word that asks for the kind outright (متى، كم، من،
 *        when, how many): such a noun often asks for less than its kind ("ما نسبة شيوع…" for a
 *        phrase, "ما الدرجة…" for a degree, not a figure)
 */
public record QuestionAnalysis(QuestionType type, List<String> focus, String counted, boolean byNoun) {

    public QuestionAnalysis {
        focus = List.copyOf(focus);
    }
}
