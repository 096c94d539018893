package io.isnad.ingest.arabic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ArabicPlaceNamesTest {

    @Test
    void aCountryAndItsDemonymShareABase() {
        for (List<String> pair : List.of(List.of("سوريا", "السورية"), List.of("إيران", "الإيراني"), List.of("العراق", "عراقي"),
                List.of("روسيا", "الروسي"), List.of("أمريكا", "الأمريكية"))) {
            assertEquals(ArabicPlaceNames.demonymBase(ArabicTextNormalizer.normalize(pair.get(0))),
                    ArabicPlaceNames.demonymBase(ArabicTextNormalizer.normalize(pair.get(1))), pair.toString());
        }
    }

    @Test
    void aCapitalsNounIsTheFoldedSettlementNounItsDeclineReads() {
        assertEquals(ArabicTextNormalizer.normalize("عاصمة"), ArabicPlaceNames.CAPITAL);
        assertEquals(ArabicPlaceNames.CAPITAL,
                ArabicTextNormalizer.withoutArticle(ArabicTextNormalizer.normalize("العاصمة")));
        assertTrue(ArabicPlaceNames.SETTLEMENT_NOUNS.contains(ArabicPlaceNames.CAPITAL));
    }

    @Test
    void aNamedKindsNounIsReadGluedPluralAndInEnglish() {
        ArabicPlaceNames.NamedKind hospital = ArabicPlaceNames.NAMED_KINDS.stream()
                .filter(kind -> kind.english().contains("hospital")).findFirst().orElseThrow();
        assertTrue(hospital.writtenIn("ونقل الجرحى إلى المستشفى العسكري."), "with the article");
        assertTrue(hospital.writtenIn("وللمستشفيات في المدينة."), "the plural after a preposition");
        assertTrue(hospital.nounOf("hospitals"));
        assertFalse(hospital.writtenIn("ونقل الجرحى إلى حمص."));
        ArabicPlaceNames.NamedKind university = ArabicPlaceNames.NAMED_KINDS.stream()
                .filter(kind -> kind.english().contains("university")).findFirst().orElseThrow();
        assertTrue(university.nounOf("universities"));
        assertTrue(university.writtenIn("تخرج في جامعة طهران."));
    }

    @Test
    void aNounAFigureCountsPlacesByIsReadGluedInTheAccusativeAndInEnglish() {
        for (String word : List.of("دول", "الدول", "والمدن", "بلدا", "بلدان", "محافظات", "Countries", "city", "regions")) {
            assertTrue(ArabicPlaceNames.countsPlaces(ArabicTextNormalizer.normalize(word)), word);
        }
        for (String word : List.of("الدولي", "اشخاص", "حي", "bodies", "بدا", "stated")) {
            assertFalse(ArabicPlaceNames.countsPlaces(ArabicTextNormalizer.normalize(word)), word);
        }
    }

    @Test
    void aNameFollowedByNewAtOnceOrAfterASideOpensAnotherPlacesName() {
        List<String> words = ArabicTextNormalizer.words(
                "قسم يسمى هولندا الجديدة وقسم يسمى ويلز الجنوبية الجديدة وزار هولندا الشهر الماضي ثم ويلز الجديد");
        assertTrue(ArabicPlaceNames.opensNewPlace(words, words.indexOf("هولندا")));
        assertTrue(ArabicPlaceNames.opensNewPlace(words, words.indexOf("ويلز")));
        assertFalse(ArabicPlaceNames.opensNewPlace(words, words.lastIndexOf("هولندا")), "another word after it");
        assertFalse(ArabicPlaceNames.opensNewPlace(words, words.lastIndexOf("ويلز")), "the masculine: no place's name");
        assertFalse(ArabicPlaceNames.opensNewPlace(List.of("هولندا"), 0), "nothing after it");
    }

    @Test
    void aNisbaEndsInYaOfMoreThanThreeLetters() {
        assertTrue(ArabicPlaceNames.nisbaShaped("روسي"));
        assertTrue(ArabicPlaceNames.nisbaShaped("سوريه"));
        assertFalse(ArabicPlaceNames.nisbaShaped("في"));
        assertFalse(ArabicPlaceNames.nisbaShaped("دمشق"));
    }

    @Test
    void aPeoplesPluralHasItsAdjectiveAsSingular() {
        assertEquals(Optional.of("اوروبي"), ArabicPlaceNames.nisbaSingular("اوروبيين"));
        assertEquals(Optional.of("امريكي"), ArabicPlaceNames.nisbaSingular("امريكيون"));
        assertEquals(Optional.empty(), ArabicPlaceNames.nisbaSingular("اوروبا"));
        assertEquals(Optional.empty(), ArabicPlaceNames.nisbaSingular("نبيين"), "too short to be a people's plural");
    }

    @Test
    void aNisbasFormsShareOneStem() {
        for (String form : List.of("عربي", "عربيه", "عربيين", "عربيون")) {
            assertEquals(Optional.of("عربي"), ArabicPlaceNames.nisbaStem(form), form);
        }
        assertEquals(Optional.empty(), ArabicPlaceNames.nisbaStem("دول"), "no nisba");
        assertEquals(Optional.empty(), ArabicPlaceNames.nisbaStem("نبي"), "too short to be a nisba");
    }

    @Test
    void aSideARelationOrAPortfolioNamesNoPeople() {
        for (String word : List.of("الغربية", "شمالي", "الخارجية", "الداخلية", "والخارجية", "أجنبية", "المحلي")) {
            assertTrue(ArabicPlaceNames.namesNoPeople(ArabicTextNormalizer.withoutArticle(
                    ArabicTextNormalizer.normalize(word))), word);
        }
        for (String word : List.of("الدولي", "الدولية", "الإقليمية", "العالمي", "الحدودي", "الساحلية", "الريفي",
                "المركزية")) {
            assertTrue(ArabicPlaceNames.namesNoPeople(ArabicTextNormalizer.withoutArticle(
                    ArabicTextNormalizer.normalize(word))), word);
        }
        for (String word : List.of("الروسية", "السوري", "الإيراني", "الدولة")) {
            assertFalse(ArabicPlaceNames.namesNoPeople(ArabicTextNormalizer.withoutArticle(
                    ArabicTextNormalizer.normalize(word))), word);
        }
    }
}
