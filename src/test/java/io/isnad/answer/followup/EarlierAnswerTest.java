package io.isnad.answer.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.isnad.answer.Answer;
import io.isnad.answer.Citation;
import io.isnad.answer.Timings;

class EarlierAnswerTest {

    private static final Citation CITED = new Citation(1, "a.txt", "t", "التقى عراقجي بالأسد.", 0, 20, 1.0, "main");

    @Test
    void theTextLosesTheMarkersOfTheEarlierTurnsPassages() {
        EarlierAnswer shown = new EarlierAnswer("Araghchi met Assad [1]. They discussed the attacks [2, 3]. "
                + "التقى عراقجي بالأسد [4].", List.of(CITED));
        assertEquals("Araghchi met Assad. They discussed the attacks. التقى عراقجي بالأسد.", shown.unmarked());
    }

    @Test
    void aDeclinedAnswerIsNotKept() {
        assertTrue(EarlierAnswer.of(answer("لا تجيب المقالات المتوفرة عن هذا السؤال.", true, List.of())).isEmpty());
        assertEquals(List.of(CITED), EarlierAnswer.of(answer("التقى عراقجي بالأسد [1].", false, List.of(CITED)))
                .orElseThrow().citations());
    }

    private static Answer answer(String text, boolean abstained, List<Citation> citations) {
        return new Answer("q", text, abstained, "ar", "ar", citations, List.of(), new Timings(0, 0), "llm", false,
                null, List.of(), null, "other", null);
    }
}
