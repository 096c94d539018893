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
 * {@link SentenceJudge#frameAside}: a question's frame ({@link QuestionFrame}: "what did he call what happened")
 * weighs nothing against the sentence that answers it and is no unknown word.
 */
class SentenceJudgeFrameTest {

    /** Names the massacre with its own noun; no article writes سمّى or حصل. */
    private static final String BLAME = "وحمّل الرئيس الإيراني إبراهيم رئيسي مسؤولية مجزرة حمص لحماة الإرهابيين.";

    @TempDir
    static Path tmp;

    private static JudgedSentences judged;

    @BeforeAll
    static void articles() throws IOException {
        judged = JudgedSentences.of(tmp, Map.of("h.txt", "مجزرة حمص\n" + BLAME,
                "o.txt", "أخبار أخرى\nوزار الوفد العاصمة يوم الأحد لبحث العلاقات الثنائية مع الحكومة."));
    }

    @AfterAll
    static void close() throws IOException {
        judged.close();
    }

    @Test
    void whatHappenedAndTheVerbOfNamingItWeighNothing() {
        String asked = "رئيسي سمّى اللي حصل في حمص إيه بالظبط؟";
        SentenceCandidate blame = judged.candidate(asked, BLAME);
        SentenceJudge judge = judged.choice(asked).judge();
        Optional<SentenceJudge.WordingAside> held = judge.frameAside(blame, judged.tokens(blame));
        assertTrue(held.isPresent());
        assertTrue(held.get().assessment().coverage() > blame.coverage());
        assertTrue(judge.features(blame, blame, false).coverage() > blame.coverage(),
                "the model reads the sentence so");
        assertFalse(judge.absent(blame).unknownWord(), "no article writes them, yet they are no unknown word");
    }

    @Test
    void theHappeningVerbAWhenQuestionAsksOfItsEventStays() {
        String asked = "رئيسي حصل في حمص امتى؟";
        SentenceCandidate blame = judged.candidate(asked, BLAME);
        SentenceJudge judge = judged.choice(asked).judge();
        assertFalse(judge.frameAside(blame, judged.tokens(blame)).isPresent());
        assertTrue(judge.absent(blame).unknownWord());
    }
}
