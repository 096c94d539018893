package io.isnad.answer.shortanswer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.isnad.ingest.arabic.ArabicPlaceNames;
import io.isnad.ingest.arabic.ArabicTextNormalizer;

class KnownNamesTest {

    private static String folded(String word) {
        return ArabicTextNormalizer.normalize(word);
    }

    @Test
    void aCommonWordIsOneTheLexiconTranslatesACommonEnglishWordByAndNoName() {
        assertTrue(KnownNames.commonWord(folded("وكالة")));
        assertTrue(KnownNames.commonWord(folded("والأنباء")), "with the article and a glued conjunction");
        assertTrue(KnownNames.commonWord(folded("جنرالاً")), "the accusative's alif");
        assertFalse(KnownNames.commonWord(folded("سوريا")), "a place");
        assertFalse(KnownNames.commonWord(folded("جمال")), "a person's name, beauty too");
        assertFalse(KnownNames.commonWord(folded("كولومبوس")), "no word of the lexicon");
    }

    @Test
    void aNameHasEverySpellingOfItsEntry() {
        assertTrue(KnownNames.spellings(folded("سوريا")).containsAll(Set.of(folded("سوريا"), folded("سورية"))));
        assertTrue(KnownNames.spellings(folded("السورية")).contains(folded("سوريا")));
    }

    @Test
    void aNameBeginningWithAlKeepsItsOwnLettersAmongItsSpellings() {
        // withoutArticle reads the ال of ألمانية as the article; the spelling as written stays.
        String german = folded("الألمانية");
        assertTrue(KnownNames.known(german));
        assertTrue(KnownNames.spellings(german).contains(folded("ألمانية")));
    }

    @Test
    void aCountryIsKnownFromItsCapitalWhenItBearsTheSameName() {
        assertTrue(KnownNames.countryOnly(folded("اليمن")), "with the article");
        assertTrue(KnownNames.countryOnly(folded("البرازيل")));
        assertTrue(KnownNames.countryOnly(folded("يمن")), "without it");
        // Kuwait City, Tunis, Algiers and the city-states are cities by the country's name; a city is none.
        for (String city : List.of("الكويت", "تونس", "الجزائر", "سنغافورة", "الفاتيكان", "دمشق", "حلب")) {
            assertFalse(KnownNames.countryOnly(folded(city)), city);
        }
    }

    @Test
    void anUnknownWordIsItsOwnOnlySpelling() {
        assertEquals(Set.of(folded("مستوطنة")), KnownNames.spellings(folded("مستوطنة")));
    }

    @Test
    void aDemonymGivesTheBaseItSharesWithItsCountry() {
        assertEquals(Optional.of(ArabicPlaceNames.demonymBase("سوريا")), nationality("السورية"));
        assertEquals(Optional.of(ArabicPlaceNames.demonymBase("ايران")), nationality("الإيراني"));
        assertEquals(nationality("التركي"), nationality("التركية"), "both genders");
    }

    @Test
    void aCountryACityOrAnotherWordIsNoDemonym() {
        assertEquals(Optional.empty(), nationality("سوريا"));
        assertEquals(Optional.empty(), nationality("حمص"));
        assertEquals(Optional.empty(), nationality("الرسمي"));
        assertEquals(Optional.empty(), nationality("الغربي"), "a side, though the lexicon lists it");
        // An office's portfolio, though the lexicon lists الخارجية for "foreign" and الداخلية for "domestic".
        assertEquals(Optional.empty(), nationality("الخارجية"), "وزير الخارجية is of no nation");
        assertEquals(Optional.empty(), nationality("الداخلية"));
        assertEquals(Optional.empty(), nationality("أجنبي"), "foreign, of no nation in particular");
        assertEquals(Optional.empty(), KnownNames.englishNationality("foreign"));
        // A reach or a kind of place, though the lexicon lists them: المبعوث الدولي is no envoy of a nation.
        for (String reach : List.of("الدولي", "الإقليمية", "العالمي", "الحدودي", "الساحلية", "الريفي", "المركزية")) {
            assertEquals(Optional.empty(), nationality(reach), reach);
        }
        assertEquals(Optional.empty(), KnownNames.englishNationality("international"));
    }

    @Test
    void anEnglishDemonymIsThePeoplesAdjectiveAloneNotAPlaceNorACountryNamedByItsAdjectiveToo() {
        assertTrue(KnownNames.englishDemonym("iraqi"));
        assertTrue(KnownNames.englishDemonym("russian"));
        assertFalse(KnownNames.englishDemonym("iraq"));
        assertFalse(KnownNames.englishDemonym("tehran"));
        assertFalse(KnownNames.englishDemonym("us"), "الولايات المتحدة beside الأمريكية");
        assertFalse(KnownNames.englishDemonym("militias"));
    }

    @Test
    void aWholePersonNameOfThePeopleListGivesItsArabicSpellings() {
        assertEquals(List.of("مسعود بزشكيان"), KnownNames.arabicPerson("masoud pezeshkian"));
        assertEquals(List.of("إسماعيل قاآني", "قاآني"), KnownNames.arabicPerson("esmail qaani"));
    }

    @Test
    void aNameOfOneWordOrAPlaceGivesNoPerson() {
        // A given name or surname alone is read as no whole person, as the Arabic check reads one name word.
        assertEquals(List.of(), KnownNames.arabicPerson("pezeshkian"));
        assertEquals(List.of(), KnownNames.arabicPerson("ali"));
        assertEquals(List.of(), KnownNames.arabicPerson("saudi arabia"));
    }

    private static Optional<String> nationality(String word) {
        return KnownNames.nationality(folded(word));
    }

    @Test
    void anEnglishCountryOrDemonymGivesItsArabicDemonymBase() {
        assertEquals(KnownNames.nationality(folded("الروسي")), KnownNames.englishNationality("russian"));
        assertEquals(KnownNames.nationality(folded("الأمريكية")), KnownNames.englishNationality("us"));
        assertTrue(KnownNames.englishNationality("russian").isPresent());
        assertEquals(Optional.empty(), KnownNames.englishNationality("minister"));
    }
}
