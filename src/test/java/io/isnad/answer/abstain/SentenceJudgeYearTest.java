package io.isnad.answer.abstain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.isnad.answer.sentence.SentenceCandidate;

/**
 * {@link SentenceJudge#yearNamed}: a when-question's year noun, which the corpus may write nowhere (سنة where news
 * writes عام), weighs nothing against a sentence that names a year.
 */
class SentenceJudgeYearTest {

    /** Dates the attack by news' year word and a figure; no article writes سنة. */
    private static final String FIERCEST = "ويعتبر هذا الهجوم من بين أعنف الهجمات ضد قوات الحكومة منذ عام 2020.";
    /** The same attack dated by a weekday only. */
    private static final String WEEKDAY = "وشنت الفصائل هذا الهجوم العنيف على قوات الحكومة يوم الأربعاء الماضي.";

    /** One corpus for every test: they only read it. */
    @TempDir
    static Path tmp;

    private static JudgedSentences judged;

    @BeforeAll
    static void articles() throws IOException {
        judged = JudgedSentences.of(tmp, Map.of("a.txt", "هجوم الشمال\n" + FIERCEST, "w.txt", "هجوم آخر\n" + WEEKDAY,
                "o.txt", "أخبار أخرى\nوزار الوفد العاصمة يوم الأحد لبحث العلاقات الثنائية مع الحكومة."));
    }

    @AfterAll
    static void close() throws IOException {
        judged.close();
    }

    @Test
    void aWhenQuestionsYearNounIsNoMissingWordOfASentenceNamingAYear() {
        // الفصائل is written in the other article only, so the unwritten wording is not set aside (wordingAside).
        String asked = "هجوم الفصائل ده كان الأعنف على قوات الحكومة من سنة كام؟";
        SentenceCandidate fiercest = judged.candidate(asked, FIERCEST);
        SentenceJudge judge = judged.choice(asked).judge();
        Optional<SentenceJudge.WordingAside> held = judge.yearNamed(fiercest, judged.tokens(fiercest));
        assertTrue(held.isPresent());
        assertTrue(held.get().assessment().coverage() > fiercest.coverage());
        assertTrue(judge.features(fiercest, fiercest, false).coverage() > fiercest.coverage(),
                "the model reads the sentence so");
    }

    @Test
    void theYearNounStaysMissingFromASentenceNamingNoYearAndANonTimeQuestionIsNotRead() {
        // A weekday dates the attack but names no year: the year asked is not there.
        String asked = "هالهجوم العنيف على قوات الحكومة كان سنة كام؟";
        SentenceCandidate weekday = judged.candidate(asked, WEEKDAY);
        assertFalse(judged.choice(asked).judge().yearNamed(weekday, judged.tokens(weekday)).isPresent());
        // A question for a count of years asks no year, though the sentence names one.
        String count = "كم سنة من الهجمات سبقت أعنف الهجمات ضد قوات الحكومة؟";
        SentenceCandidate fiercest = judged.candidate(count, FIERCEST);
        assertFalse(judged.choice(count).judge().yearNamed(fiercest, judged.tokens(fiercest)).isPresent());
    }
}
