package io.isnad.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.isnad.answer.question.QuestionAnalysis;
import io.isnad.answer.question.QuestionAnalyzer;

class AskedQuestionTest {

    @Test
    void aQuestionSearchedAsTypedIsAnalysedOnce() {
        String question = "متى زار وزير الخارجية أنقرة؟";
        QuestionAnalysis analysis = QuestionAnalyzer.analyze(question);
        AskedQuestion asked = new AskedQuestion(question, question, analysis, false, Optional.empty());
        assertSame(analysis, asked.searched());
    }

    @Test
    void aFollowUpMadeStandaloneHasTheSearchedTextsOwnAnalysis() {
        String typed = "ومين التقى هناك؟";
        String searched = "متى زار وزير الخارجية أنقرة؟ ومين التقى هناك؟";
        AskedQuestion asked = new AskedQuestion(searched, typed, QuestionAnalyzer.analyze(typed), false,
                Optional.empty());
        assertEquals(QuestionAnalyzer.analyze(searched), asked.searched());
        // The carried words are the searched text's focus, not the typed question's.
        assertNotEquals(asked.analysis().focus(), asked.searched().focus());
    }
}
