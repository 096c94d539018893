package io.isnad.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class AnswerMatcherTest {

    @Test
    void diacriticsAndTatweelAreIgnored() {
        assertTrue(AnswerMatcher.hit("قال المتحدث بَقائيّ إن [1]", List.of("بقائي")));
        assertTrue(AnswerMatcher.hit("قال المتحدث بـقـائي", List.of("بقائي")));
    }

    @Test
    void alefYaAndTaMarbutaFormsAreUnified() {
        assertTrue(AnswerMatcher.hit("سيزور انقره بعد دمشق", List.of("أنقرة")));
        assertTrue(AnswerMatcher.hit("وصل إلى أنقرة", List.of("الى انقره")));
        assertTrue(AnswerMatcher.hit("مستشفى المدينة", List.of("مستشفي")));
    }

    @Test
    void digitsAndLatinCaseAreUnified() {
        assertTrue(AnswerMatcher.hit("قتل ٨٩ شخصا", List.of("89")));
        assertTrue(AnswerMatcher.hit("He flew to ANKARA.", List.of("Ankara")));
        assertTrue(AnswerMatcher.hit("بين 120   و130 قتيلا", List.of("120 و130")));
    }

    @Test
    void anyGoldAnswerCountsAndOthersMiss() {
        assertTrue(AnswerMatcher.hit("ذهب إلى حمص", List.of("حلب", "حمص")));
        assertFalse(AnswerMatcher.hit("ذهب إلى حلب", List.of("حمص")));
        assertFalse(AnswerMatcher.hit("ذهب إلى حلب", List.of()));
    }

    @Test
    void citationMarkersAreNotAnswerText() {
        assertEquals("جملة أولى. جملة ثانية.", AnswerMatcher.answerText("جملة أولى. [1] [2] جملة ثانية. [3]"));
    }
}
