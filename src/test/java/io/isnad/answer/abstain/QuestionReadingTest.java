package io.isnad.answer.abstain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.isnad.retrieve.EvidenceTerm;

/**
 * One reading of a question serves every check that asks which of its terms are names and which its
 * wording: the wording is read given the names, so a name is never wording, and an English question
 * has names but no wording.
 */
class QuestionReadingTest extends AbsenceCheckCase {

    @Override
    String article() {
        return """
                هبوط اضطراري
                هبطت الطائرة في مطار بيروت عام 2010 بعد ساعة من إقلاعها.
                وأصيب ثلاثة ركاب بجروح طفيفة.""";
    }

    @Test
    void aNameOfTheQuestionIsNotItsWording() {
        String question = "هل لديها ركاب في بيروت؟";
        List<String> named = named(question);
        assertTrue(named.contains("بيروت"), named::toString);
        List<String> worded = worded(question);
        assertTrue(worded.contains("لد"), worded::toString);
        assertFalse(worded.contains("بيروت"), worded::toString);
    }

    @Test
    void anEnglishQuestionHasNamesButNoWording() {
        List<EvidenceTerm> evidence = List.of(new EvidenceTerm("tehran", Set.of("طهران"), 3, false),
                new EvidenceTerm("visited", Set.of("زار"), 1, false));
        QuestionReading reading = QuestionReading.of(QuestionWords.of("Who visited Tehran in May?"), "", evidence, null, true);
        assertArrayEquals(new boolean[] {true, false}, reading.names());
        assertArrayEquals(new boolean[] {false, false}, reading.wording());
    }
}
