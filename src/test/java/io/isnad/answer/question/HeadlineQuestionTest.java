package io.isnad.answer.question;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HeadlineQuestionTest {

    // "Headline", or "title" beside a story word, asks what the title line says; a title alone is a rank or a name.
    @Test
    void anEnglishQuestionAsksTheHeadlineByTheWordOrByTheTitleOfAStory() {
        assertTrue(HeadlineQuestion.asks("baghaei story headline what does the outlet call the fighting", true));
        assertTrue(HeadlineQuestion.asks("What does the title of the article on the Aleppo offensive call it?", true));
        assertTrue(HeadlineQuestion.asks("the report's title says who attacked?", true));
        assertFalse(HeadlineQuestion.asks("What is the title of the singer's first album?", true));
        assertFalse(HeadlineQuestion.asks("Which title does the commander of the ground forces hold?", true));
    }

    // An Arabic question by the headline before the report; read as Arabic only when asked in Arabic.
    @Test
    void anArabicQuestionAsksTheHeadlineByItBeforeTheReport() {
        assertTrue(HeadlineQuestion.asks("عنوان خبر المتحدث الإيراني شو بيسمّي المعارك؟", false));
        assertFalse(HeadlineQuestion.asks("ما عنوان السفارة الإيرانية في دمشق؟", false));
        assertFalse(HeadlineQuestion.asks("baghaei story headline", false));
    }
}
