package io.isnad.answer.abstain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.isnad.retrieve.EvidenceTerm;

/**
 * A stem the light stemmer cut to two letters from a longer word of the question (اج of واجهها) is no
 * unknown word; a word typed with two letters is not cut, and a longer stem cut from a name is still unknown.
 */
class CutStemsTest extends AbsenceCheckCase {

    @Override
    String article() {
        return """
                هبوط اضطراري
                هبطت الطائرة في مطار لارنكا عام 2010 بعد ساعة من إقلاعها.
                وأصيب ثلاثة ركاب بجروح طفيفة.""";
    }

    @Test
    void aStemCutToTwoLettersIsNoUnknownWord() {
        String question = "ما الذي واجهها ركاب الطائرة في لارنكا؟";
        List<String> cut = fixture().cut(question);
        assertTrue(cut.contains("اج"), cut::toString);
        AbsentEvidence absent = check(question);
        assertFalse(absent.unknownWord());
        assertTrue(absent.strangeShare() == 0, () -> "strangeShare " + absent.strangeShare());
    }

    @Test
    void aWordTypedWithTwoLettersIsNotCut() {
        String question = "هل هبطت طائرة صد في لارنكا؟";
        assertTrue(fixture().cut(question).isEmpty(), () -> fixture().cut(question).toString());
    }

    @Test
    void aLongerStemCutFromANameIsStillUnknown() {
        String question = "هل هبطت طائرة شيرين في لارنكا؟";
        assertTrue(fixture().cut(question).isEmpty(), () -> fixture().cut(question).toString());
        assertTrue(check(question).unknownWord());
    }

    @Test
    void anEnglishQuestionHasNoCutStem() {
        List<EvidenceTerm> evidence = List.of(new EvidenceTerm("to", Set.of("تو"), 1, false));
        assertArrayEquals(new boolean[] {false}, CutStems.of("Who went to Larnaca?", evidence, null, true));
    }
}
