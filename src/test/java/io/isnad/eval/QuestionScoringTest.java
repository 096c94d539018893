package io.isnad.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.isnad.answer.Answer;
import io.isnad.answer.Citation;
import io.isnad.answer.PassageView;
import io.isnad.answer.Timings;

/** How one service answer becomes a report row. */
class QuestionScoringTest {

    /** An extractive answer to a question searched as asked: the only kind the scoring looks at. */
    private static Answer extractive(String question, String answer, boolean abstained, String language,
            String answerLanguage, List<Citation> citations, List<PassageView> passages, Timings timings) {
        return new Answer(question, answer, abstained, language, answerLanguage, citations, passages, timings,
                "extractive", false, null, List.of(), null, "other", null);
    }

    private static final EvalQuestion ANSWERABLE = new EvalQuestion("q1", "ar", "إلى أين سيسافر؟", List.of(),
            List.of("b.txt"), List.of("أنقرة"), true);
    private static final Answer ANSWER = extractive("إلى أين سيسافر؟", "سيتوجه إلى انقره. [1] [2]", false, "ar", "ar",
            List.of(citation(1, "b.txt"), citation(2, "c.txt")),
            List.of(passage("a.txt"), passage("b.txt"), passage("a.txt"), passage("c.txt")), new Timings(1, 2));

    @Test
    void passagesBecomeDistinctRankedFiles() {
        QuestionResult r = EvalRunner.result(ANSWERABLE, ANSWER, RankingMode.AS_RETRIEVED, 5);
        assertEquals(List.of("a.txt", "b.txt", "c.txt"), r.retrievedFiles());
        assertEquals(2, r.firstExpectedRank());
        assertEquals(List.of("b.txt", "c.txt"), r.citedFiles());
        assertEquals(Boolean.TRUE, r.answerHit());
        assertTrue(r.hit());
        assertTrue(r.missed(), "rank 2 is a retrieval miss even though the answer is right");
    }

    @Test
    void reversedRankingPutsTheSameFilesWorstFirst() {
        QuestionResult r = EvalRunner.result(ANSWERABLE, ANSWER, RankingMode.REVERSED, 5);
        assertEquals(List.of("c.txt", "b.txt", "a.txt"), r.retrievedFiles());
        assertEquals(2, r.firstExpectedRank());
    }

    @Test
    void anAbstentionIsNeverAnAnswerHitEvenIfItQuotesTheGold() {
        Answer declined = extractive("q", "أنقرة", true, "ar", "ar", List.of(), List.of(), new Timings(1, 1));
        QuestionResult r = EvalRunner.result(ANSWERABLE, declined, RankingMode.AS_RETRIEVED, 1);
        assertEquals(Boolean.FALSE, r.answerHit());
        assertNull(r.firstExpectedRank());
        assertFalse(r.hit());
    }

    @Test
    void unanswerableQuestionsAreRightOnlyWhenDeclined() {
        EvalQuestion unanswerable = new EvalQuestion("q2", "en", "Who won?", List.of(), List.of(), List.of(), false);
        Answer declined = extractive("Who won?", "The articles do not answer this question.", true, "en", "en",
                List.of(), List.of(passage("a.txt")), new Timings(1, 1));
        QuestionResult right = EvalRunner.result(unanswerable, declined, RankingMode.AS_RETRIEVED, 1);
        assertNull(right.answerHit());
        assertTrue(right.hit());
        assertFalse(right.missed());
        QuestionResult wrong = EvalRunner.result(unanswerable, ANSWER, RankingMode.AS_RETRIEVED, 1);
        assertFalse(wrong.hit());
        assertTrue(wrong.missed());
    }

    private static Citation citation(int n, String file) {
        return new Citation(n, file, "title", "quote", 0, 5, 0.9, "main");
    }

    private static PassageView passage(String file) {
        return new PassageView(file, "title", 0, 10, 1.0, "main");
    }
}
