package io.isnad.answer.shortanswer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DateChoiceTest {

    @Test
    void aYearOrAWeekdayWithinADateIsCutAtItsOffsetsInTheSentence() {
        String sentence = "وُلِد في 14 مارس 1879 في أولم.";
        Span date = span(sentence, "14 مارس 1879");
        Span year = DateChoice.yearOnly(sentence, date);
        assertEquals("1879", sentence.substring(year.start(), year.end()));
        assertEquals("1879", year.folded());
        // A date that is its year alone is kept whole.
        Span alone = span(sentence, "1879");
        assertEquals(alone, DateChoice.yearOnly(sentence, alone));

        String today = "قتل القائد بهجوم في حلب، اليوم الخميس.";
        Span relative = span(today, "اليوم الخميس");
        Span weekday = DateChoice.weekdayBefore(today, relative);
        assertEquals("الخميس", today.substring(weekday.start(), weekday.end()));
    }

    private static Span span(String sentence, String part) {
        int at = sentence.indexOf(part);
        return new Span(at, at + part.length(), part);
    }
}
