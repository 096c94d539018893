package io.isnad.ingest.arabic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class ArabicProcliticsTest {

    @Test
    void aBareWordIsWrittenWithTheArticleAProcliticOrBoth() {
        Set<String> forms = ArabicProclitics.gluedForms("لبنان");
        assertTrue(forms.containsAll(List.of("لبنان", "اللبنان", "ولبنان", "بلبنان", "للبنان", "واللبنان",
                "باللبنان")));
        assertFalse(forms.contains("لبن"));
        assertTrue(forms.stream().allMatch(form -> form.endsWith("لبنان")));
    }

    /** The article goes with a proclitic glued before it; a word with none, or too short left, stays. */
    @Test
    void aWordLosesItsArticleAlsoAfterAProclitic() {
        for (String word : List.of("الولايات", "بالولايات", "للولايات", "والولايات")) {
            assertEquals("ولايات", ArabicProclitics.withoutArticle(word));
        }
        assertEquals("ولايات", ArabicProclitics.withoutArticle("ولايات"));
        assertEquals("الله", ArabicProclitics.withoutArticle("الله"));
    }

    /** A noun list's word is read in the forms a question glues to it, the word as written first. */
    @Test
    void aNounIsReadBareBehindItsConjunctionArticleAndPreposition() {
        assertTrue(ArabicProclitics.bareForms("والفصائل").toList().containsAll(List.of("الفصائل", "فصائل")));
        assertTrue(ArabicProclitics.bareForms("بالاسلحه").toList().contains("اسلحه"));
        assertEquals("فصيل", ArabicProclitics.bareForms("فصيل").findFirst().orElseThrow());
    }

    /** A listed word is found bare or with a glued و or ف; a word of three letters keeps its first letter. */
    @Test
    void aListedWordIsFoundWithOrWithoutItsConjunction() {
        Set<String> words = Set.of("قال", "وفد", "اللي");
        assertTrue(ArabicProclitics.oneOfWithOrWithoutConjunction(words, "قال"));
        assertTrue(ArabicProclitics.oneOfWithOrWithoutConjunction(words, "وقال"));
        assertTrue(ArabicProclitics.oneOfWithOrWithoutConjunction(words, "واللي"));
        assertTrue(ArabicProclitics.oneOfWithOrWithoutConjunction(words, "وفد"));
        assertFalse(ArabicProclitics.oneOfWithOrWithoutConjunction(Set.of("فد"), "وفد"));
        assertFalse(ArabicProclitics.oneOfWithOrWithoutConjunction(words, "بقال"));
    }

    @Test
    void aConjunctionGoesOnlyFromAWordLongerThanAsked() {
        assertEquals("قال", ArabicProclitics.withoutConjunction("وقال", 3));
        assertEquals("قد", ArabicProclitics.withoutConjunction("فقد", 2));
        assertEquals("فقد", ArabicProclitics.withoutConjunction("فقد", 3));
        assertEquals("بعد", ArabicProclitics.withoutConjunction("بعد", 0));
    }

    @Test
    void aOneLetterProcliticGoesWhenMoreThanThreeLettersAreLeft() {
        assertEquals(Optional.of("باريس"), ArabicProclitics.withoutProclitic("وباريس"));
        assertEquals(Optional.of("لقب"), ArabicProclitics.withoutProclitic("بلقب"));
        assertEquals(Optional.empty(), ArabicProclitics.withoutProclitic("بلد"));
        assertEquals(Optional.empty(), ArabicProclitics.withoutProclitic("مدينه"));
    }

    /** A reader of short function words takes the proclitic off a word of any length it names (بما → ما). */
    @Test
    void aOneLetterProcliticGoesWhenTheWordIsLongerThanAskedFor() {
        assertEquals(Optional.of("ما"), ArabicProclitics.withoutProclitic("بما", 2));
        assertEquals(Optional.empty(), ArabicProclitics.withoutProclitic("بما"), "the default keeps it whole");
        assertEquals(Optional.empty(), ArabicProclitics.withoutProclitic("لا", 2));
        assertEquals(Optional.of("ا"), ArabicProclitics.withoutProclitic("لا", 1));
        assertEquals(Optional.empty(), ArabicProclitics.withoutProclitic("قمن", 2), "ق is no proclitic");
    }

    /** The conjunction first, then the article with its preposition or a preposition alone, as a time word stands. */
    @Test
    void aConjunctionThenAPrepositionOrTheArticleGo() {
        // ك is no preposition a time word is glued to here (كالعاده stays), and only one conjunction goes.
        Map<String, String> bare = Map.of("وبالامس", "امس", "وللعام", "عام", "لرده", "رده", "القرن", "قرن",
                "عقد", "عقد", "كالعاده", "كالعاده", "ووامس", "وامس");
        bare.forEach((word, rest) -> assertEquals(rest, ArabicProclitics.withoutConjunctionAndPreposition(word), word));
    }

    @Test
    void theFirstPrefixGoesWhenEnoughIsLeft() {
        List<String> prefixes = ArabicProclitics.ARTICLE_AFTER_PREPOSITION;
        assertEquals("رد", ArabicProclitics.withoutFirst("بالرد", prefixes, 0));
        assertEquals("بالرد", ArabicProclitics.withoutFirst("بالرد", prefixes, 3));
        assertEquals("والرد", ArabicProclitics.withoutFirst("والرد", prefixes, 0));
        assertEquals("فريق", ArabicProclitics.withoutFirst("للفريق", prefixes, 3));
    }

    @Test
    void everyFormOfTheArticleStartsAWordWithIt() {
        for (String word : List.of("الرد", "والرد", "فالرد", "بالرد", "كالرد", "للرد")) {
            assertTrue(ArabicProclitics.startsWithArticle(word), word);
        }
        assertFalse(ArabicProclitics.startsWithArticle("لبنان"));
        assertFalse(ArabicProclitics.startsWithArticle("ورد"));
    }

    /** A word after a glued proclitic starts a match; the same letters inside a longer word do not. */
    @Test
    void aWordStartsAfterNoLetterOrAfterAGluedProclitic() {
        Pattern word = Pattern.compile(ArabicProclitics.wordStartAfter(ArabicProclitics.LETTERS) + "رئيس");
        assertTrue(word.matcher("رئيس الوزراء").find());
        assertTrue(word.matcher("ورئيس الوزراء").find());
        assertFalse(word.matcher("الرئيس").find());
        assertFalse(word.matcher("مرئيس").find());
        String beforeFigures = ArabicProclitics.wordStartAfter(ArabicProclitics.BEFORE_DATES_AND_FIGURES);
        Pattern figure = Pattern.compile(beforeFigures + "شهر");
        assertTrue(figure.matcher("بشهر ايار").find());
        assertFalse(figure.matcher("فشهر ايار").find());
    }
}
