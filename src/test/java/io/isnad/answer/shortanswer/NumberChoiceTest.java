package io.isnad.answer.shortanswer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class NumberChoiceTest {

    /** The span of {@code figure} in {@code sentence}, from its last occurrence. */
    private static Span span(String sentence, String figure) {
        int start = sentence.lastIndexOf(figure);
        return new Span(start, start + figure.length(), figure);
    }

    @Test
    void aYearAfterAWordThatDatesItIsDroppedWhateverTheDiacriticsBeforeIt() {
        // The kasra and the shadda stand before the year in the sentence, not in its folded text.
        String sentence = "تمكّن النادي، بعد سنوات، من الفوزِ بالدوري فِي 2000 وحضره 3000 مشجع";
        Span year = span(sentence, "2000");
        Span count = span(sentence, "3000");
        assertEquals(List.of(count), NumberChoice.withoutDatedYears(sentence, List.of(year, count)));
    }

    @Test
    void theEndOfAPeriodIsDroppedAndAYearStandingAloneKept() {
        String period = "عرضت، في معرضها، أثاث أوروبا بين 1600–1800";
        assertEquals(List.of(), NumberChoice.withoutDatedYears(period,
                List.of(span(period, "1800"))));
        String guests = "حضره 2000 ضيف";
        Span alone = span(guests, "2000");
        assertEquals(List.of(alone), NumberChoice.withoutDatedYears(guests, List.of(alone)));
    }
}
