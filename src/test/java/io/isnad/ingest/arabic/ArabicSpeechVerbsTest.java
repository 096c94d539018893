package io.isnad.ingest.arabic;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ArabicSpeechVerbsTest {

    private static boolean goesOn(String word) {
        return ArabicSpeechVerbs.goesOn(ArabicTextNormalizer.normalize(word));
    }

    // A speaker goes on (أضاف، تابع، أردف), with a glued و or ف and in the feminine; another reporting
    // verb starts a statement of its own, and a word sharing the letters is no verb.
    @Test
    void aVerbOfGoingOnIsReadWithItsConjunctionAndInTheFeminine() {
        assertTrue(goesOn("وأضاف"));
        assertTrue(goesOn("أضافت"));
        assertTrue(goesOn("وتابع"));
        assertTrue(goesOn("فتابعت"));
        assertTrue(goesOn("وأردف"));
        assertFalse(goesOn("وقال"));
        assertFalse(goesOn("وأكد"));
        assertFalse(goesOn("التابع"));
        assertFalse(goesOn("إضافة"));
    }
}
