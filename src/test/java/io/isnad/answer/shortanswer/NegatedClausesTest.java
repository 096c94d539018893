package io.isnad.answer.shortanswer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.isnad.ingest.arabic.ArabicTextNormalizer;

class NegatedClausesTest {

    private static boolean sentenceNegates(String text) {
        return NegatedClauses.sentenceNegates(ArabicTextNormalizer.normalize(text));
    }

    private static boolean questionNegates(String text) {
        return NegatedClauses.negates(ArabicTextNormalizer.normalize(text));
    }

    // A sentence negates also with a glued و or ف, as news prose goes on from the sentence before; a word that
    // only opens with those letters (ولد، فلاح) is none.
    @Test
    void aSentenceNegatesAlsoWithAGluedConjunction() {
        assertTrue(sentenceNegates("ولم تمتلك أي من الثلاثة المجسات."));
        assertTrue(sentenceNegates("فلا يوجد دليل على ذلك."));
        assertTrue(sentenceNegates("لم يتم تعريفه بعد."));
        assertTrue(sentenceNegates("وُجدت أنواع بدون مجسات."));
        assertFalse(sentenceNegates("ولد في القاهرة وعمل فلاحاً."));
        assertFalse(sentenceNegates("وجدت ثلاثة أنواع في صخور بورجس."));
    }

    // A question negates by its words as written: its glued ولا is the dialects' "or".
    @Test
    void aQuestionNegatesByItsWordsAsWritten() {
        assertTrue(questionNegates("ما الذي لم يكن موجوداً في المستحاثات؟"));
        assertFalse(questionNegates("هو عراقجي قابل بشار في حلب ولا فين؟"));
        assertTrue(sentenceNegates("هو عراقجي قابل بشار في حلب ولا فين؟"), "read as a sentence, ولا negates");
        assertTrue(questionNegates("Who may not require that its teachers be certified?"));
        assertTrue(questionNegates("What didn't the species have?"));
        assertFalse(questionNegates("What did the species have?"));
    }
}
