package io.isnad.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.isnad.answer.question.QuestionAnalysis;
import io.isnad.answer.question.QuestionAnalyzer;
import io.isnad.ingest.arabic.ArabicTextNormalizer;

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

    @Test
    void theWordsInStandardAreAnEnglishQuestionsTranslationsOrAnArabicQuestionsDialectReadAsStandard() {
        String dialect = "إيمتى فلّت الطيارات؟";
        AskedQuestion arabic = new AskedQuestion(dialect, dialect, QuestionAnalyzer.analyze(dialect), false,
                Optional.empty());
        assertTrue(arabic.wordsInStandard(List.of()).contains(ArabicTextNormalizer.normalize("الطائرات")),
                arabic.wordsInStandard(List.of()).toString());
        String english = "When did the planes leave?";
        AskedQuestion translated = new AskedQuestion(english, english, QuestionAnalyzer.analyze(english), true,
                Optional.empty());
        assertEquals(List.of(ArabicTextNormalizer.normalize("طائرات"), "غادر"), translated.wordsInStandard(List.of("طائرات", "غادر")));
    }
}
