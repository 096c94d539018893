package io.isnad.ingest.arabic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArabicVerbFormsTest {

    @Test
    void theFeminineReplacesAFinalLongVowelWithTa() {
        assertEquals("نفت", ArabicVerbForms.feminine("نفى"));
        assertEquals("دعت", ArabicVerbForms.feminine("دعا"));
        assertEquals("قالت", ArabicVerbForms.feminine("قال"));
    }

    @Test
    void thePastIsMadeForHeSheAndTheyAndThePresentForHeAndShe() {
        assertEquals(List.of("تعرض", "تعرضت", "تعرضوا"), ArabicVerbForms.thirdPersonPast("تعرض").toList());
        assertEquals(List.of("يتبع", "تتبع"), ArabicVerbForms.thirdPersonPresent("تبع").toList());
    }
}
