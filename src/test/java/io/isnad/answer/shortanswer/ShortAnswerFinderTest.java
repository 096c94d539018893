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
    void untypedQuestionsHaveNoShortAnswer() {
        assertEquals(Optional.empty(), find("قتل 5 أشخاص.", QuestionType.REASON, "لماذا؟"));
    }
}
