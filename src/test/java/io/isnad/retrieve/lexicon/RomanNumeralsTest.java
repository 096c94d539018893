package io.isnad.retrieve.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RomanNumeralsTest {

    @Test
    void aLetterBeforeALargerOneIsSubtracted() {
        assertEquals(49, RomanNumerals.value("XLIX"));
        assertEquals(33, RomanNumerals.value("XXXIII"));
        assertEquals(1994, RomanNumerals.value("MCMXCIV"));
        assertEquals(2, RomanNumerals.value("II"));
    }

    @Test
    void onlyTheSevenLettersAreRomanLetters() {
        assertTrue(RomanNumerals.isLetter('M'));
        assertTrue(RomanNumerals.isLetter('I'));
        assertFalse(RomanNumerals.isLetter('i'));
        assertFalse(RomanNumerals.isLetter('B'));
    }
}
