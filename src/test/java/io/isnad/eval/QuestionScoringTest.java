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
import io.isnad.answer.ShortAnswer;
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
        QuestionResult r = EvalRunner.result(ANSWERABLE, DevSplit.Part.TUNE, ANSWER, RankingMode.AS_RETRIEVED, 5);
        assertEquals(List.of("a.txt", "b.txt", "c.txt"), r.retrievedFiles());
        assertEquals(2, r.firstExpectedRank());
        assertEquals(List.of("b.txt", "c.txt"), r.citedFiles());
        assertEquals(Boolean.TRUE, r.answerHit());
        assertTrue(r.hit());
        assertTrue(r.missed(), "rank 2 is a retrieval miss even though the answer is right");
    }

    @Test
    void reversedRankingPutsTheSameFilesWorstFirst() {
        QuestionResult r = EvalRunner.result(ANSWERABLE, DevSplit.Part.TUNE, ANSWER, RankingMode.REVERSED, 5);
        assertEquals(List.of("c.txt", "b.txt", "a.txt"), r.retrievedFiles());
        assertEquals(2, r.firstExpectedRank());
    }

    @Test
    void anAbstentionIsNeverAnAnswerHitEvenIfItQuotesTheGold() {
        Answer declined = extractive("q", "أنقرة", true, "ar", "ar", List.of(), List.of(), new Timings(1, 1));
        QuestionResult r = EvalRunner.result(ANSWERABLE, DevSplit.Part.TUNE, declined, RankingMode.AS_RETRIEVED, 1);
        assertEquals(Boolean.FALSE, r.answerHit());
        assertNull(r.firstExpectedRank());
        assertFalse(r.hit());
    }

    @Test
    void unanswerableQuestionsAreRightOnlyWhenDeclined() {
        EvalQuestion unanswerable = new EvalQuestion("q2", "en", "Who won?", List.of(), List.of(), List.of(), false);
        Answer declined = extractive("Who won?", "The articles do not answer this question.", true, "en", "en",
                List.of(), List.of(passage("a.txt")), new Timings(1, 1));
        QuestionResult right = EvalRunner.result(unanswerable, DevSplit.Part.TUNE, declined, RankingMode.AS_RETRIEVED, 1);
        assertNull(right.answerHit());
        assertTrue(right.hit());
        assertFalse(right.missed());
        QuestionResult wrong = EvalRunner.result(unanswerable, DevSplit.Part.TUNE, ANSWER, RankingMode.AS_RETRIEVED, 1);
        assertFalse(wrong.hit());
        assertTrue(wrong.missed());
    }

    @Test
    void theShortAnswerIsScoredAgainstTheBestGoldAnswer() {
        EvalQuestion when = new EvalQuestion("q3", "en", "When did he leave?", List.of(), List.of("b.txt"),
                List.of("September 2017", "في سبتمبر 2017،"), true, "date", null);
        Answer typed = new Answer("When did he leave?", "Text [1]", false, "en", "ar",
                List.of(citation(1, "b.txt")), List.of(passage("b.txt")), new Timings(1, 1), "extractive", false, null,
                List.of(), null, "date", new ShortAnswer("سبتمبر 2017", "b.txt", 3, 14, "September 2017"));
        QuestionResult r = EvalRunner.result(when, DevSplit.Part.CHECK, typed, RankingMode.AS_RETRIEVED, 1);
        assertEquals(1.0, r.shortAnswerEm(), "the English rendering equals the first gold answer");
        assertEquals(1.0, r.shortAnswerF1());
        assertEquals("سبتمبر 2017 / September 2017", r.shortAnswer());
        assertEquals("date", r.questionType());
        assertEquals("date", r.goldType());
        assertEquals("check", r.split());

        Answer spanOnly = new Answer("q", "Text [1]", false, "en", "ar", List.of(citation(1, "b.txt")),
                List.of(passage("b.txt")), new Timings(1, 1), "extractive", false, null, List.of(), null, "date",
                new ShortAnswer("سبتمبر", "b.txt", 3, 9, null));
        QuestionResult partial = EvalRunner.result(when, DevSplit.Part.CHECK, spanOnly, RankingMode.AS_RETRIEVED, 1);
        assertEquals(0.0, partial.shortAnswerEm());
        assertEquals(0.5, partial.shortAnswerF1(), 1e-4, "1 of 3 gold tokens, precision 1");
    }

    @Test
    void noShortAnswerScoresZeroAndUnanswerableQuestionsAreNotScored() {
        QuestionResult r = EvalRunner.result(ANSWERABLE, DevSplit.Part.TUNE, ANSWER, RankingMode.AS_RETRIEVED, 1);
        assertEquals(0.0, r.shortAnswerEm());
        assertEquals(0.0, r.shortAnswerF1());
        assertNull(r.shortAnswer());
        EvalQuestion unanswerable = new EvalQuestion("q2", "en", "Who won?", List.of(), List.of(), List.of("x"), false);
        QuestionResult negative = EvalRunner.result(unanswerable, DevSplit.Part.TUNE, ANSWER, RankingMode.AS_RETRIEVED,
                1);
        assertNull(negative.shortAnswerEm());
        assertNull(negative.answerHitFirst());
    }

    @Test
    void answerHitFirstLooksOnlyAtTheFirstSentence() {
        Answer second = extractive("q", "هاجم مسلحون القرية. [1] وأصيب 12 شخصا. [2]", false, "ar", "ar",
                List.of(citation(1, "b.txt"), citation(2, "b.txt")), List.of(passage("b.txt")), new Timings(1, 1));
        EvalQuestion howMany = new EvalQuestion("q4", "ar", "كم جريحا؟", List.of(), List.of("b.txt"), List.of("12"),
                true);
        QuestionResult r = EvalRunner.result(howMany, DevSplit.Part.TUNE, second, RankingMode.AS_RETRIEVED, 1);
        assertEquals(Boolean.TRUE, r.answerHit());
        assertEquals(Boolean.FALSE, r.answerHitFirst());
        EvalQuestion attack = new EvalQuestion("q5", "ar", "من هاجم؟", List.of(), List.of("b.txt"), List.of("مسلحون"),
                true);
        assertEquals(Boolean.TRUE,
                EvalRunner.result(attack, DevSplit.Part.TUNE, second, RankingMode.AS_RETRIEVED, 1).answerHitFirst());
    }

    private static Citation citation(int n, String file) {
        return new Citation(n, file, "title", "quote", 0, 5, 0.9, "main");
    }

    private static PassageView passage(String file) {
        return new PassageView(file, "title", 0, 10, 1.0, "main");
    }
}
