package io.isnad.answer.abstain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A past-tense verb whose root's first و the stemmer cut (وصلت → صلت) is no unknown word where the corpus writes its
 * bare past (وصل); where it does not, or the word is another one, it still is.
 */
class FirstRadicalWawStemsTest extends AbsenceCheckCase {

    @Override
    String article() {
        return """
                وصول الوفد
                وصل الوفد إلى مطار لارنكا عام 2010 بعد ساعة من إقلاعه.""";
    }

    @Test
    void aVerbWhoseBarePastTheCorpusWritesIsNoUnknownWord() {
        String question = "متى وصلت إلى مطار لارنكا؟";
        assertEquals(List.of("صلت"), fixture().wawVerbs(question));
        assertTrue(check(question).unknownWord(), "the stem alone is a word no chunk holds");
        assertFalse(fixture().check(question, true).unknownWord());
    }

    @Test
    void aVerbWhoseBarePastNoChunkHoldsIsStillUnknown() {
        String question = "متى وقعت في مطار لارنكا؟";
        assertTrue(fixture().wawVerbs(question).isEmpty(), () -> fixture().wawVerbs(question).toString());
        assertTrue(fixture().check(question, true).unknownWord());
    }

    @Test
    void anEnglishQuestionHasNone() {
        assertTrue(fixture().wawVerbs("When did the plane arrive at Larnaca?").isEmpty());
    }
}
