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
 * @param head the noun the question asks about, folded and lower-cased (ما هي العملة… → العمله, who is
 *        the president of… → president, which university… → university, كم عدد الدول… → الدول), or ""
 *        when the question word is followed by a verb (who leads…, ماذا قال…), by a name, or by a noun
 *        of time or quantity that a date or figure answers without repeating it (أي عام، what year)
 */
public record QuestionAnalysis(QuestionType type, List<String> focus, String counted, boolean byNoun, String head) {

    public QuestionAnalysis {
        focus = List.copyOf(focus);
    }
}
