package io.isnad.ingest.arabic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class ArabicTyposTest {

    /** Each typed word against the word it is compared with: whether it is a typo of it is {@code expected}. */
    private static void assertTypos(boolean expected, Map<String, String> typedAgainstWord) {
        typedAgainstWord.forEach((typed, word) -> assertEquals(expected, ArabicTypos.oneEditApart(typed, word),
                typed + " / " + word));
    }

    @Test
    void oneLetterReplacedAddedLeftOutOrDoubledIsATypo() {
        assertTypos(true, Map.of("يباغ", "يبلغ", "المنطققه", "المنطقه", "المنطه", "المنطقه", "كتابه", "كتاب",
                "ححكومه", "حكومه"));
    }

    @Test
    void aThreeLetterWordIsATypoOnlyForALetterWrittenOrSaidAlike() {
        assertTypos(true, Map.of("حنس", "جنس", "زات", "ذات"));
        assertTypos(false, Map.of("سوق", "سور", "يبغ", "يبلغ"));
    }

    @Test
    void oneRootConsonantReplacedByAnotherMakesAnotherRoot() {
        Map.of("نشبت", "نشرت", "مسير", "مسيح", "ينتم", "ينتج", "توصف", "توصل", "زياده", "زياره")
                .forEach((typed, word) -> assertTrue(ArabicTypos.otherRoot(typed, word), typed + " / " + word));
    }

    @Test
    void aPrefixLetterAgainstARootConsonantFirstMakesAnotherRoot() {
        // مراعي's prefix م against صراع's root ص, either way round; two prefix letters stay one root's forms.
        assertTrue(ArabicTypos.otherRoot("مراع", "صراع"));
        assertTrue(ArabicTypos.otherRoot("صراع", "مراع"));
        assertFalse(ArabicTypos.otherRoot("تستخدم", "مستخدم"));
        assertFalse(ArabicTypos.otherRoot("بكاس", "لكاس"));
    }

    @Test
    void aPatternLetterAnAffixAConfusedOrTransliteratedLetterOrAnotherLengthIsNoOtherRoot() {
        // A long vowel (يباغ / يبلغ), a letter confused (اظطراب / اضطراب) or transliterated otherwise
        // (ديفيس / ديفيز), a prefix's or suffix's letter (تستخدم / مستخدم، كتبت / كتبن), a letter added
        // (جوايز / جايز), a word too short (سوق / سور) or two letters apart (يبغا / يبلغ).
        Map.of("يباغ", "يبلغ", "اظطراب", "اضطراب", "ديفيس", "ديفيز", "تستخدم", "مستخدم", "كتبت", "كتبن",
                "جوايز", "جايز", "سوق", "سور", "يبغا", "يبلغ")
                .forEach((typed, word) -> assertFalse(ArabicTypos.otherRoot(typed, word), typed + " / " + word));
    }

    @Test
    void skeletonsOfAnotherFirstPrefixLetterHaveAnotherPrefix() {
        // نانومتر's skeleton against كيلومتر's, a word with its ي replaced, and ن against م.
        Map.of("نمتر", "لمتر", "يكتب", "مكتب", "نطق", "مطق").forEach((typed, word) ->
                assertTrue(ArabicTypos.otherPrefix(typed, word), typed + " / " + word));
        // A dot slip (ب / ت), a letter not first, a first letter no prefix puts (ح), two lengths, the same skeleton.
        Map.of("بحث", "تحث", "كتب", "كتم", "حمل", "لمل", "نمتر", "متر", "لمتر", "لمتر").forEach((typed, word) ->
                assertFalse(ArabicTypos.otherPrefix(typed, word), typed + " / " + word));
    }

    @Test
    void twoEditsTheSameWordAShortWordOrAFigureIsNoTypo() {
        assertTypos(false, Map.of("يبغا", "يبلغ", "المنطقه", "المنطقه", "مل", "مال", "ابولو15", "ابولو1",
                "minister", "ministers"));
    }

    @Test
    void aWordIsReadWithEachInterdentalAsTheDialectsSayIt() {
        assertEquals(Set.of("تامر", "سامر"), ArabicTypos.saidAlike("ثامر").collect(Collectors.toSet()));
        assertEquals(Set.of("مند", "منز"), ArabicTypos.saidAlike("منذ").collect(Collectors.toSet()));
        assertEquals(Set.of("اضطراب"), ArabicTypos.saidAlike("اظطراب").collect(Collectors.toSet()));
        assertEquals(Set.of(), ArabicTypos.saidAlike("مسيره").collect(Collectors.toSet()),
                "a sibilant is not read as the interdental it might stand for");
        assertEquals(Set.of(), ArabicTypos.saidAlike("حجب").collect(Collectors.toSet()),
                "letters written alike but for their dots are not said alike");
    }
}
