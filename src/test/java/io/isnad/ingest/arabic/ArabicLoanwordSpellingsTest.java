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

    @Test
    void aLetterOnlyForeignWordsUseSpellsAForeignNameWithFewerVowels() {
        // Two long vowels each: پ (p) and ڤ (v) are kept by the fold, and no Arabic word holds them.
        for (String name : List.of("پيلا", "پاريس", "ڤيلما")) {
            assertTrue(ArabicLoanwordSpellings.looksTransliterated(ArabicTextNormalizer.normalize(name)), name);
        }
        // The same shapes with Arabic letters (بيلا، فيلما), and چ, which folds to ك (chat spelling).
        for (String word : List.of("بيلا", "فيلما", "چيلا")) {
            assertFalse(ArabicLoanwordSpellings.looksTransliterated(ArabicTextNormalizer.normalize(word)), word);
        }
    }

    @Test
    void aNameAsTypedKeepsTheLongVowelTheStemmerCutsOff() {
        // The light stem of each (تاغار، ماركون) has two long vowels; the word as typed has three.
        for (List<String> nameAndStem : List.of(List.of("تاغاريان", "تاغار"), List.of("ماركوني", "ماركون"))) {
            assertFalse(ArabicLoanwordSpellings.looksTransliterated(nameAndStem.get(1)), nameAndStem.get(1));
            assertTrue(ArabicLoanwordSpellings.looksTransliteratedAsTyped(nameAndStem.get(0)), nameAndStem.get(0));
        }
    }

    @Test
    void aProcliticAPronounOrAPluralEndingIsNoLongVowelOfAName() {
        // و + اعلامي, "her claim" (دعوى + ها), "two iron ones" (حديدية + ين): native words made longer.
        for (String word : List.of("واعلامي", "دعواها", "حديديتين", "تاريخيون")) {
            assertFalse(ArabicLoanwordSpellings.looksTransliteratedAsTyped(ArabicTextNormalizer.normalize(word)), word);
        }
        assertTrue(ArabicLoanwordSpellings.looksTransliteratedAsTyped(ArabicTextNormalizer.normalize("ليوناردو")));
    }
}
