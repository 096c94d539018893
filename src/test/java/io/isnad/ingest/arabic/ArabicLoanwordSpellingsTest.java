package io.isnad.ingest.arabic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class ArabicLoanwordSpellingsTest {

    @Test
    void aLoanwordIsAlsoSpelledWithOneLongVowelFewer() {
        List<String> oxygen = ArabicLoanwordSpellings.withFewerVowels("الأوكسجين");
        assertTrue(oxygen.contains("الاكسجين"), oxygen.toString());
        assertTrue(ArabicLoanwordSpellings.withFewerVowels("الكاربون").contains("الكربون"));
        assertTrue(ArabicLoanwordSpellings.withFewerVowels("رانكاين").contains("رانكين"));
    }

    @Test
    void anArabicPatternWordOrAShortWordKeepsItsSpelling() {
        // One inner long vowel: taking it out gives another Arabic word (تنفسي, تجمعت, انتشر).
        assertEquals(List.of(), ArabicLoanwordSpellings.withFewerVowels("تنافسي"));
        assertEquals(List.of(), ArabicLoanwordSpellings.withFewerVowels("تجمعات"));
        assertEquals(List.of(), ArabicLoanwordSpellings.withFewerVowels("الانتشار"));
        // Five letters: توجه and موطن are words of their own.
        assertEquals(List.of(), ArabicLoanwordSpellings.withFewerVowels("توجيه"));
        assertEquals(List.of(), ArabicLoanwordSpellings.withFewerVowels("المواطن"));
        assertEquals(List.of(), ArabicLoanwordSpellings.withFewerVowels("أول أوكسيد"));
    }

    @Test
    void aLongVowelForEachVowelSpellsAForeignName() {
        for (String name : List.of("ليوناردو", "جورجيو", "نيكولاس", "فونتينبلو", "طوكيو")) {
            assertTrue(ArabicLoanwordSpellings.looksTransliterated(ArabicTextNormalizer.normalize(name)), name);
        }
        // Arabic patterns add one or two long vowels to a root (the first letter, often the ا of a
        // pattern, is not counted); a Latin word is no Arabic spelling.
        for (String word : List.of("اعتياد", "متبقيا", "موضعا", "استشهاد", "استيطان", "Leonardo")) {
            assertFalse(ArabicLoanwordSpellings.looksTransliterated(ArabicTextNormalizer.normalize(word)), word);
        }
    }
}
