package io.isnad.retrieve.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class NameTransliteratorTest {

    private final NameTransliterator transliterator = new NameTransliterator();

    /** The folding the caller's Arabic analyzer applies before n-gramming. */
    private static String normalize(String arabic) {
        return arabic.replaceAll("[أإآ]", "ا").replace('ة', 'ه').replace('ى', 'ي').replace(" ", "");
    }

    /** Dice coefficient of character trigram sets, as the caller's 3-gram field sees two spellings. */
    static double trigramDice(String a, String b) {
        Set<String> x = trigrams(normalize(a));
        Set<String> y = trigrams(normalize(b));
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        Set<String> shared = new HashSet<>(x);
        shared.retainAll(y);
        return 2.0 * shared.size() / (x.size() + y.size());
    }

    private static Set<String> trigrams(String s) {
        Set<String> grams = new HashSet<>();
        for (int i = 0; i + 3 <= s.length(); i++) {
            grams.add(s.substring(i, i + 3));
        }
        return grams;
    }

    @ParameterizedTest
    @CsvSource({
        "Rouhani, روحاني",
        "Zarif, ظريف",
        "Khamenei, خامنئي",
        "Nasrallah, نصرالله",
        "Soleimani, سليماني",
        "Erdogan, أردوغان",
        "Lavrov, لافروف",
        "Netanyahu, نتنياهو",
        "Ghalibaf, قاليباف",
        "Pezeshkian, بزشكيان",
        "Velayati, ولايتي",
        "Haniyeh, هنية",
    })
    void someVariantIsCloseToTheRealSpelling(String latin, String arabic) {
        List<String> variants = transliterator.transliterate(latin);
        assertFalse(variants.isEmpty());
        assertTrue(variants.size() <= NameTransliterator.MAX_VARIANTS);
        double best = variants.stream().mapToDouble(v -> trigramDice(v, arabic)).max().orElse(0);
        assertTrue(best >= 0.5, latin + " -> " + variants + " best trigram Dice with " + arabic + " = " + best);
    }

    @Test
    void producesOnlyArabicScript() {
        for (String name : List.of("Qurbanzadeh", "O'Brien", "Ba'ath", "Mehmet", "Xavier")) {
            List<String> variants = transliterator.transliterate(name);
            assertFalse(variants.isEmpty(), name);
            variants.forEach(v -> assertTrue(v.matches("\\p{IsArabic}+"), name + " -> " + v));
        }
    }

    @Test
    void ambiguousLettersGiveDistinctVariants() {
        List<String> variants = transliterator.transliterate("Baghdadi");
        assertEquals(variants.size(), Set.copyOf(variants).size(), "variants must not repeat");
        assertTrue(variants.contains("باغدادي") || variants.contains("بغدادي"), variants.toString());
        assertTrue(variants.stream().anyMatch(v -> v.contains("ق")), "gh is ق in Persian names: " + variants);
    }

    @Test
    void articleGivesSpellingsWithAndWithoutAl() {
        List<String> variants = transliterator.transliterate("al-Mahdi");
        assertTrue(variants.get(0).startsWith("ال"), variants.toString());
        assertTrue(variants.contains(variants.get(0).substring(2)), variants.toString());
        assertTrue(transliterator.transliterate("ash-Shuhada").get(0).startsWith("ال"));
    }

    @Test
    void accentsAreFolded() {
        assertEquals(transliterator.transliterate("Jose"), transliterator.transliterate("José"));
        assertEquals(transliterator.transliterate("Erdoghan"), transliterator.transliterate("Erdoğan"));
        assertFalse(transliterator.transliterate("Çavuşoğlu").isEmpty());
        assertTrue(transliterator.transliterate("Çavuşoğlu").get(0).contains("ش"), "ş reads as sh");
    }

    /** English names as Arabic Wikipedia writes them: a long vowel for "y", "ey", "ea", ز for an "s". */
    @ParameterizedTest
    @CsvSource({
        "Panthers, بانثرز",
        "Tyne, تاين",
        "Kearney, كيرني",
        "Peyton, بايتون",
        "Seaman, سيمان",
        "Joseph, جوزيف",
    })
    void moreSpellingsReadEnglishNamesAsArabicWritesThem(String latin, String arabic) {
        List<String> more = transliterator.moreSpellings(latin, transliterator.transliterate(latin));
        assertTrue(more.contains(arabic), latin + " -> " + more);
        assertTrue(more.size() <= NameTransliterator.MORE_VARIANTS + NameTransliterator.VOWEL_VARIANTS
                + NameTransliterator.SINGULAR_VARIANTS);
        assertFalse(transliterator.transliterate(latin).contains(arabic), "the first guesses stay the romanised reading");
        assertTrue(more.stream().noneMatch(transliterator.transliterate(latin)::contains), "no first guess again");
        assertEquals(more.size(), new HashSet<>(more).size(), "no spelling twice: " + more);
    }

    /** An English name's single vowel read long, and "kh" read as two letters, as the articles write them. */
    @ParameterizedTest
    @CsvSource({
        "Lady, ليدي",
        "Kennedy, كينيدي",
        "Jared, جاريد",
        "Carolina, كارولاينا",
        "Brookhaven, بروكهيفن",
        "Melbourne, ميلبورن",
    })
    void moreSpellingsReadAnEnglishNamesVowelsLong(String latin, String arabic) {
        List<String> first = transliterator.transliterate(latin);
        List<String> more = transliterator.moreSpellings(latin, first);
        assertTrue(more.contains(arabic), latin + " -> " + more);
        assertFalse(first.contains(arabic), "the first guesses stay the romanised reading");
    }

    @Test
    void vowelReadingsComeAfterTheConsonantReadingsAndPushNoneOut() {
        List<String> more = transliterator.moreSpellings("Charles", transliterator.transliterate("Charles"));
        int consonants = more.indexOf("تشارلز");
        assertTrue(consonants >= 0 && consonants < NameTransliterator.MORE_VARIANTS, "Charles -> " + more);
        assertTrue(more.indexOf("جارليس") > consonants, "a long e only after: " + more);
    }

    /** An English plural name as the articles write its singular: the plural's spellings keep the s. */
    @Test
    void moreSpellingsOfAPluralNameSpellItsSingular() {
        List<String> first = transliterator.transliterate("Grammys");
        List<String> more = transliterator.moreSpellings("Grammys", first);
        assertTrue(more.contains("غرامي"), "Grammys -> " + more);
        assertFalse(first.contains("غرامي"));
        assertEquals(more.size(), new HashSet<>(more).size(), "no spelling twice: " + more);
    }

    @ParameterizedTest
    @CsvSource({
        "Grammys, grammy",
        "Emmies, emmy",
        "Broncos, bronco",
        "Angels, angel",
    })
    void aPluralLookingNamesSingular(String plural, String singular) {
        assertEquals(Optional.of(singular), NameTransliterator.singular(plural));
    }

    @ParameterizedTest
    @CsvSource({"Marcus", "Paris", "Kansas", "Thomas", "Chess", "Gas", "Ies"})
    void namesThatAreNoPluralHaveNoSingular(String name) {
        assertEquals(Optional.empty(), NameTransliterator.singular(name));
    }

    @Test
    void moreSpellingsAreOnlyEnglishReadings() {
        // Past its first guesses a romanised Arabic name's letters spell other words (بطن for Putin).
        for (String name : List.of("Putin", "Assad")) {
            List<String> more = transliterator.moreSpellings(name, transliterator.transliterate(name));
            assertFalse(more.contains("بطن") || more.contains("اسد") || more.contains("عسد"), name + " -> " + more);
        }
    }

    @Test
    void rejectsNonLatinInput() {
        assertTrue(transliterator.transliterate("").isEmpty());
        assertTrue(transliterator.transliterate("F16").isEmpty());
        assertTrue(transliterator.transliterate("دمشق").isEmpty());
    }
}
