package io.isnad.answer.shortanswer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class ShortAnswerRendererTest {

    @Test
    void datesAndNumbersAreRenderedInEnglish() {
        assertEquals(Optional.of("7 October 2023"), ShortAnswerRenderer.english("٧ تشرين الأول ٢٠٢٣"));
        assertEquals(Optional.of("1 December"), ShortAnswerRenderer.english("1 كانون الأول/ديسمبر"));
        assertEquals(Optional.of("1 December"), ShortAnswerRenderer.english("الأول من ديسمبر/كانون الأول"));
        assertEquals(Optional.of("20 thousand"), ShortAnswerRenderer.english("20 ألف"));
        assertEquals(Optional.of("3"), ShortAnswerRenderer.english("ثلاثة"));
        assertEquals(Optional.of("last Thursday"), ShortAnswerRenderer.english("الخميس الماضي"));
    }

    @Test
    void boundsAndRangesAreRenderedInEnglish() {
        assertEquals(Optional.of("more than 37 million"), ShortAnswerRenderer.english("أكثر من 37 مليون"));
        assertEquals(Optional.of("less than 4%"), ShortAnswerRenderer.english("أقل من 4%"));
        assertEquals(Optional.of("30 to 50 thousand"), ShortAnswerRenderer.english("30 إلى 50 ألفٍ"));
        assertEquals(Optional.of("120 and 130"), ShortAnswerRenderer.english("120 و130"));
        assertEquals(Optional.of("2,8%"), ShortAnswerRenderer.english("2,8٪"));
    }

    @Test
    void placesAndPeopleTheLexiconKnowsTakeItsEnglishSpelling() {
        assertEquals(Optional.of("London"), ShortAnswerRenderer.english("لندن"));
        assertEquals(Optional.of("Mediterranean"), ShortAnswerRenderer.english("البحر الأبيض المتوسط"));
        assertEquals(Optional.of("Vladimir Putin"), ShortAnswerRenderer.english("فلاديمير بوتين"));
        // A name the lexicon lists only word by word.
        assertEquals(Optional.of("Mohamed Khamenei"), ShortAnswerRenderer.english("محمد خامنئي"));
    }

    @Test
    void aWordThatCannotBeRenderedLeavesTheSpanUnrendered() {
        assertEquals(Optional.empty(), ShortAnswerRenderer.english("إسماعيل بقائي"));
    }
}
