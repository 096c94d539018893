package io.isnad.ingest.arabic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.isnad.ingest.arabic.ArabicSourceWords.Kind;

class ArabicSourceWordsTest {

    // A word is read with a glued و، ف، ال، هال and a possessive ه or ها; a word only sharing letters
    // (مصدرين is no "its source", وكال no agency) names nothing, and وكالة keeps its own و.
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "مصدره|SOURCE",
        "ومصدر|SOURCE",
        "هالخبر|STORY",
        "للتقرير|STORY",
        "والموقع|OUTLET",
        "وكالة|OUTLET",
        "الوكالة|OUTLET",
        "نشرت|PUBLISHING",
        "اتنشر|PUBLISHING",
        "مصدرين|",
        "وكال|",
        "قال|",
    })
    void aWordIsReadWithItsGluedLetters(String word, Kind kind) {
        assertEquals(Optional.ofNullable(kind), ArabicSourceWords.of(ArabicTextNormalizer.normalize(word)), word);
    }

    // Every word read as a story holds a story word whole, so the quick test before the reading never
    // turns a source question away.
    @ParameterizedTest
    @CsvSource({"هالخبر", "للتقرير", "والأخبار", "والمقال", "بالقصة", "مقالة"})
    void aWordReadAsAStoryPassesTheQuickTest(String word) {
        String folded = ArabicTextNormalizer.normalize(word);
        assertEquals(Optional.of(Kind.STORY), ArabicSourceWords.of(folded), word);
        assertTrue(ArabicSourceWords.namesStory(folded), word);
    }

    // "the site that published it": the verb is read with its object pronoun, which stands for a story.
    @ParameterizedTest
    @CsvSource({"نشرها", "ونشره", "نشرته"})
    void aPublishingVerbWithAPronounIsReadAsTheVerbAndPassesTheQuickTest(String word) {
        String folded = ArabicTextNormalizer.normalize(word);
        assertEquals(Optional.of(Kind.PUBLISHING), ArabicSourceWords.of(folded), word);
        assertTrue(ArabicSourceWords.publishesIt(folded), word);
        assertTrue(ArabicSourceWords.namesStory(folded), word);
    }

    // The quick test reads every place a verb stands: its first may have no pronoun, a later one does.
    @Test
    void aPublishingVerbWithAPronounAfterTheSameVerbWithoutOnePassesTheQuickTest() {
        assertTrue(ArabicSourceWords.namesStory(ArabicTextNormalizer.normalize("نشرت الوكالة صورة، أي موقع نشرها؟")));
    }

    @Test
    void aPublishingVerbAloneStandsForNoStory() {
        assertFalse(ArabicSourceWords.publishesIt(ArabicTextNormalizer.normalize("نشرت")));
        assertFalse(ArabicSourceWords.namesStory(ArabicTextNormalizer.normalize("أي موقع نشر صورة الرئيس؟")));
    }

    @Test
    void aTextWithNoStoryWordNamesNoStory() {
        assertFalse(ArabicSourceWords.namesStory(ArabicTextNormalizer.normalize("من قتل في حلب؟ وما مصدره؟")));
    }

    // Newspapers and magazines come out in dated issues; an agency, a site or a channel does not.
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"جريدة|true", "الصحيفة|true", "للمجلة|true", "وكالة|false", "موقع|false",
        "مجلس|false"})
    void aPeriodicalIsReadWithItsArticleOrPreposition(String word, boolean periodical) {
        assertEquals(periodical, ArabicSourceWords.namesPeriodical(ArabicTextNormalizer.normalize(word)), word);
    }
}
