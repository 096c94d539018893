package io.isnad.answer.abstain;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * {@link SentenceJudge#speakerHeld}: a who-question's verb of saying is held by any word a sentence reports speech
 * with.
 */
class SentenceJudgeSpeakerTest {

    /** Reports what the president said with "حمّل … مؤكداً", not with the question's علّق. */
    private static final String BLAMED = "وحمّل الرئيس الإيراني إبراهيم رئيسي الإرهابيين مسؤولية الهجوم على "
            + "الكلية الحربية، مؤكداً أن طهران تقف إلى جانب دمشق.";
    /** The same attack with no word of speech. */
    private static final String TOLL = "وأسفر الهجوم على الكلية الحربية عن سقوط عشرات الضحايا من الطلاب وذويهم.";

    /** One corpus for both tests: they only read it. */
    @TempDir
    static Path tmp;

    private static JudgedSentences judged;

    @BeforeAll
    static void articles() throws IOException {
        judged = JudgedSentences.of(tmp, Map.of("a.txt", "هجوم حمص\n" + BLAMED, "t.txt", "حصيلة الهجوم\n" + TOLL,
                "o.txt", "أخبار أخرى\nوزار الوفد العاصمة يوم الأحد لبحث العلاقات الثنائية مع الحكومة."));
    }

    @AfterAll
    static void close() throws IOException {
        judged.close();
    }

    @Test
    void aWhoQuestionsVerbOfSayingIsHeldByTheSentencesReportingWord() {
        String asked = "الهجوم على الكلية الحربية منو من المسؤولين الإيرانيين علّق عليه؟";
        SentenceCandidate blamed = judged.candidate(asked, BLAMED);
        Optional<SentenceJudge.WordingAside> held = judged.choice(asked).judge().speakerHeld(blamed,
                judged.tokens(blamed));
        assertTrue(held.isPresent());
        assertTrue(held.get().assessment().coverage() > blamed.coverage());
    }

    @Test
    void theVerbIsNotHeldForAQuestionAboutWhatANamedSpeakerSaidNorByASentenceReportingNoSpeech() {
        // What the president said: the speaker is named, not asked, and must be held by the sentence itself.
        String what = "شو علّق الرئيس الإيراني على الهجوم على الكلية الحربية؟";
        SentenceCandidate blamed = judged.candidate(what, BLAMED);
        assertFalse(judged.choice(what).judge().speakerHeld(blamed, judged.tokens(blamed)).isPresent());
        // A who-question judged on a line that reports no speech: nothing holds its verb.
        String who = "منو علّق على الهجوم على الكلية الحربية وسقوط الضحايا من الطلاب؟";
        SentenceCandidate toll = judged.candidate(who, TOLL);
        assertFalse(judged.choice(who).judge().speakerHeld(toll, judged.tokens(toll)).isPresent());
    }
}
