package io.isnad.answer.shortanswer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.isnad.answer.question.QuestionType;

class ShortAnswerFinderTest {

    private static Optional<String> find(String sentence, QuestionType type, String question) {
        return ShortAnswerFinder.find(sentence, type, question).map(s -> sentence.substring(s.start(), s.end()));
    }

    @Test
    void aSpanTheQuestionAlreadyHoldsIsNotTheAnswer() {
        assertEquals(Optional.of("12 تموز"),
                find("في عام 2016 وتحديداً في 12 تموز وقع الهجوم.", QuestionType.DATE, "متى وقع الهجوم عام 2016؟"));
    }

    @Test
    void theSpanNearestTheQuestionWordsWins() {
        assertEquals(Optional.of("12"),
                find("قتل 5 أشخاص في الهجوم، فيما أصيب 12 آخرون بجروح.", QuestionType.NUMBER, "كم عدد الذين أصيبوا؟"));
    }

    @Test
    void aYearQuestionIsAnsweredWithTheYearAlone() {
        assertEquals(Optional.of("1921"),
                find("حاز على جائزة نوبل عامَ 1921 في الفيزياء.", QuestionType.DATE, "في أي عام حاز على جائزة نوبل؟"));
        assertEquals(Optional.of("عام 1921"),
                find("حاز على جائزة نوبل عام 1921 في الفيزياء.", QuestionType.DATE, "متى حاز على جائزة نوبل؟"));
    }

    @Test
    void aQuantityKeepsItsUnitAndAGluedPrepositionIsLeftOut() {
        assertEquals(Optional.of("1115 كم"), find("يبلغ طول الحدود 1115 كم، مع مصر.", QuestionType.NUMBER, "ما طول الحدود؟"));
        assertEquals(Optional.of("104 مليون"),
                find("قُدّر عدد سكانها بـ104 مليون نسمة.", QuestionType.NUMBER, "ما عدد السكان؟"));
    }

    @Test
    void untypedQuestionsHaveNoShortAnswer() {
        assertEquals(Optional.empty(), find("قتل 5 أشخاص.", QuestionType.REASON, "لماذا؟"));
    }
}
