package io.isnad.answer.abstain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.isnad.retrieve.EvidenceTerm;

/**
 * The stem of a function word with a glued pronoun (لد of لديها) is no unknown word; a stem cut as short
 * from a word of another kind (اج of واجهها) and a name the corpus lacks still are.
 */
class FunctionWordStemsTest extends AbsenceCheckCase {

    @Override
    String article() {
        return LANDING;
    }

    @Test
    void aFunctionWordWithAPronounIsNoUnknownWord() {
        String question = "هل لديها ركاب في لارنكا؟";
        assertEquals(List.of("لد"), fixture().functionWords(question));
        AbsentEvidence absent = check(question);
        assertFalse(absent.unknownWord());
        assertEquals(0, absent.strangeShare());
    }

    @Test
    void aShortStemOfAnotherWordIsStillUnknown() {
        String question = "ما الذي واجهها ركاب الطائرة في لارنكا؟";
        assertTrue(fixture().functionWords(question).isEmpty(), () -> fixture().functionWords(question).toString());
        assertTrue(check(question).unknownWord());
    }

    @Test
    void aNameTheCorpusLacksIsStillUnknown() {
        String question = "هل لديها ركاب من شيرين في لارنكا؟";
        assertTrue(check(question).unknownWord());
    }

    @Test
    void anEnglishQuestionHasNoFunctionWordStem() {
        List<EvidenceTerm> evidence = List.of(new EvidenceTerm("to", Set.of("تو"), 1, false));
        Set<String> stems = FunctionWordStems.stems(QuestionWords.of("Who went to Larnaca?"), null, true);
        assertTrue(stems.isEmpty(), stems::toString);
        assertArrayEquals(new boolean[] {false}, FunctionWordStems.of(evidence, stems));
    }
}
