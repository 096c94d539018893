package io.isnad.ingest.arabic;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ArabicPersonTitlesTest {

    @Test
    void titlesAreKnownInTheirFoldedForm() {
        assertTrue(ArabicPersonTitles.contains(ArabicTextNormalizer.normalize("الأمير")));
        assertTrue(ArabicPersonTitles.contains("وزير"));
        assertFalse(ArabicPersonTitles.contains("الأمير"), "the list is folded: أ is written ا");
        assertFalse(ArabicPersonTitles.contains("وزاره"));
    }

    @Test
    void ranksAreTitlesButNoOffice() {
        assertTrue(ArabicPersonTitles.contains("اللواء"));
        assertFalse(ArabicPersonTitles.isOffice("اللواء"));
        assertFalse(ArabicPersonTitles.isOffice(ArabicTextNormalizer.normalize("السيدة")));
        assertTrue(ArabicPersonTitles.isOffice("المتحدث"));
        assertTrue(ArabicPersonTitles.isOffice("سفير"));
    }
}
