package io.isnad.ingest.arabic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ArabicRootSkeletonTest {

    @Test
    void brokenPluralsAndTheirSingularsShareASkeleton() {
        assertTrue(ArabicRootSkeleton.same("القتلى", "قتيلاً"));
        assertTrue(ArabicRootSkeleton.same("الجرحى", "جريحاً"));
        assertTrue(ArabicRootSkeleton.same("المدن", "مدينة"));
        assertTrue(ArabicRootSkeleton.same("الترشيحات", "ترشيحات"));
        assertTrue(ArabicRootSkeleton.same("أطفال", "طفل"));
    }

    @Test
    void differentRootsDoNotMatch() {
        assertFalse(ArabicRootSkeleton.same("القتلى", "جريحاً"));
        assertFalse(ArabicRootSkeleton.same("مقاطعة", "منطقة"));
    }

    @Test
    void shortOrNonArabicWordsNeverMatch() {
        assertFalse(ArabicRootSkeleton.same("في", "في"));
        assertFalse(ArabicRootSkeleton.same("killed", "killed"));
        assertEquals("", ArabicRootSkeleton.of("killed"));
    }

    @Test
    void derivedFormsShareAKeyWithTheirRoot() {
        assertTrue(shareKey("محذراً", "حذر"), "participle with م");
        assertTrue(shareKey("نحذر", "حذر"), "present tense with ن");
        assertTrue(shareKey("تبعد", "بعيد"), "present tense with ت against an adjective");
        assertTrue(shareKey("بلقب", "لقبه"), "a glued preposition and a suffix");
        assertTrue(shareKey("الملقب", "لقب"), "participle with the article");
        assertTrue(shareKey("استهداف", "هدف"), "form X");
        assertTrue(shareKey("أطلقتها", "إطلاق"), "past tense with ت and a pronoun");
    }

    @Test
    void aBrokenPluralKeepsTheLetterASuffixWouldTake() {
        // "رهائن" ends in ين only by accident: its ن is a root letter.
        assertTrue(shareKey("الرهائن", "رهينة"));
    }

    @Test
    void keysOfDifferentRootsDoNotMeet() {
        assertFalse(shareKey("مقاطعة", "منطقة"));
        assertFalse(shareKey("القتلى", "الجرحى"));
        assertFalse(shareKey("زيارة", "وزير"));
    }

    @Test
    void keysAreAtLeastThreeLettersAndArabicOnly() {
        assertTrue(ArabicRootSkeleton.keys("قال").isEmpty(), "قل is too short to match on");
        assertTrue(ArabicRootSkeleton.keys("killed").isEmpty());
        assertTrue(ArabicRootSkeleton.keys("المحذرين").stream().allMatch(k -> k.length() >= ArabicRootSkeleton.MIN_LENGTH));
    }

    private static boolean shareKey(String a, String b) {
        return ArabicRootSkeleton.keys(a).stream().anyMatch(ArabicRootSkeleton.keys(b)::contains);
    }
}
