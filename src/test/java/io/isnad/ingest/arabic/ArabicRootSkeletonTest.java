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
}
