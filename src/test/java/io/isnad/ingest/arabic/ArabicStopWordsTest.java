package io.isnad.ingest.arabic;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ArabicStopWordsTest {

    @Test
    void questionWordsWithAGluedConjunctionAreStopWords() {
        assertTrue(ArabicStopWords.contains("وشو"));
        assertTrue(ArabicStopWords.contains("ومين"));
        assertTrue(ArabicStopWords.contains("فكم"));
    }

    @Test
    void dialectFunctionWordsAreStopWordsButContentWordsAreNot() {
        assertTrue(ArabicStopWords.contains("اللي"));
        assertTrue(ArabicStopWords.contains("هيك"));
        assertFalse(ArabicStopWords.contains("فلم"));
        assertFalse(ArabicStopWords.contains("حق"));
        assertFalse(ArabicStopWords.contains("حلب"));
    }
}
