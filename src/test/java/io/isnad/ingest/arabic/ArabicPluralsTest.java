package io.isnad.ingest.arabic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

class ArabicPluralsTest {

    @Test
    void soundPluralsAreTheirSingulars() {
        assertTrue(ArabicPlurals.sameNoun("قارة", "قارات"));
        assertTrue(ArabicPlurals.sameNoun("اللوحات", "لوحة"));
        assertTrue(ArabicPlurals.sameNoun("مرة", "مرات"), "a two-letter stem before ة");
        assertTrue(ArabicPlurals.sameNoun("ترشيحات", "الترشيح"));
        assertTrue(ArabicPlurals.sameNoun("المهندسين", "مهندس"));
    }

    @Test
    void aDualOrSoundPluralGivesItsSingulars() {
        assertEquals(Set.of("منطقت", "منطقه"), ArabicPlurals.soundSingulars("منطقتان"), "a feminine dual's ت is ة");
        assertEquals(Set.of("منطقت", "منطقه"), ArabicPlurals.soundSingulars("المنطقتين"), "with the article");
        assertEquals(Set.of("ذو", "ذوه"), ArabicPlurals.soundSingulars("ذوات"));
        assertEquals(Set.of("قار", "قاره"), ArabicPlurals.soundSingulars("قارات"));
        assertEquals(Set.of("مهندس"), ArabicPlurals.soundSingulars("المهندسون"));
        assertTrue(ArabicPlurals.soundSingulars("منطقة").isEmpty(), "a singular");
        assertTrue(ArabicPlurals.soundSingulars("فات").isEmpty(), "a one-letter stem is no noun");
    }

    @Test
    void brokenPluralsOfShortNounsAreTheirSingulars() {
        assertTrue(ArabicPlurals.sameNoun("الدول", "دولة"));
        assertTrue(ArabicPlurals.sameNoun("جثة", "الجثث"), "the last letter doubled");
        assertTrue(ArabicPlurals.sameNoun("نوعاً", "أنواع"), "أفعال, with the accusative alif");
        assertTrue(ArabicPlurals.sameNoun("عام", "أعوام"), "a hollow root shows و in the plural");
        assertTrue(ArabicPlurals.sameNoun("يوم", "أيام"));
        assertTrue(ArabicPlurals.sameNoun("بالدول", "دولة"), "the article after a proclitic");
    }

    @Test
    void wordsThatOnlyShareTwoLettersAreNot() {
        assertFalse(ArabicPlurals.sameNoun("مرة", "أمر"));
        assertFalse(ArabicPlurals.sameNoun("عام", "أعلام"), "أفعال keeps the singular's middle letter");
        assertFalse(ArabicPlurals.sameNoun("سنة", "سن"), "a one-letter stem is no noun");
        assertFalse(ArabicPlurals.sameNoun("قارة", "قرارات"));
        assertFalse(ArabicPlurals.sameNoun("دولة", "دولار"));
    }

    @Test
    void aNounReadOnceIsComparedWithManyWords() {
        ArabicPlurals.Noun asked = ArabicPlurals.Noun.of("الدولة");
        assertTrue(asked.same(ArabicPlurals.Noun.of("بالدول")), "a plural after a proclitic and the article");
        assertTrue(asked.same(ArabicPlurals.Noun.of("دولة")));
        assertFalse(asked.same(ArabicPlurals.Noun.of("دولار")));
        assertTrue(ArabicPlurals.Noun.of("مدينة").same(ArabicPlurals.Noun.of("المدن")), "by the root skeleton");
        assertFalse(ArabicPlurals.Noun.of("cities").same(ArabicPlurals.Noun.of("cities")), "a Latin word is no Arabic noun");
    }
}
