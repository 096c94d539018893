package io.isnad.retrieve.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class EnglishInflectionTest {

    /** An -es after a sibilant takes a stem of three letters at least: "uses" is use + s, never "us" (the US). */
    @Test
    void aTwoLetterStemIsNoPluralInEs() {
        assertEquals(List.of("use"), EnglishInflection.baseForms("uses"));
        assertEquals(List.of("axe"), EnglishInflection.baseForms("axes"));
        assertEquals("box", EnglishInflection.baseForms("boxes").getFirst());
    }

    /** After a vowel and one s, the -se word comes first ("cases" case, "bases" base); "buses" still reaches bus. */
    @Test
    void aVowelAndOneSReadsAnSeWordFirst() {
        assertEquals("case", EnglishInflection.baseForms("cases").getFirst());
        assertEquals("base", EnglishInflection.baseForms("bases").getFirst());
        assertTrue(EnglishInflection.baseForms("buses").contains("bus"));
        assertEquals("church", EnglishInflection.baseForms("churches").getFirst());
    }

    /** A four-letter past and a five-letter participle are inflections too: used, died, tied; using, dying, going. */
    @Test
    void shortVerbsAreInflected() {
        Map<String, String> bases = Map.of("used", "use", "aged", "age", "died", "die", "tied", "tie", "using", "use",
                "dying", "die", "lying", "lie", "going", "go");
        bases.forEach((word, base) -> assertEquals(List.of(base), EnglishInflection.baseForms(word), word));
    }

    /** Words that only look inflected stay themselves: seed, shed, fled, thing, bring and the name Laing. */
    @Test
    void shortWordsThatOnlyLookInflectedAreNot() {
        for (String word : List.of("seed", "feed", "shed", "fled", "thing", "bring", "laing")) {
            assertTrue(EnglishInflection.baseForms(word).isEmpty(), word + " -> " + EnglishInflection.baseForms(word));
        }
    }

    /** Longer words keep their readings: the consonant-vowel-consonant -e first, a doubled consonant undone. */
    @Test
    void longerWordsKeepTheirReadings() {
        assertEquals("hope", EnglishInflection.baseForms("hoped").getFirst());
        assertTrue(EnglishInflection.baseForms("planned").contains("plan"));
        assertEquals("country", EnglishInflection.baseForms("countries").getFirst());
        assertTrue(EnglishInflection.baseForms("negotiating").contains("negotiate"));
    }
}
