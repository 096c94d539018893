package io.isnad.answer.abstain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.isnad.answer.ArticleFixture;
import io.isnad.answer.AskedQuestion;
import io.isnad.answer.ExtractiveAnswerer;
import io.isnad.answer.ExtractiveSettings;
import io.isnad.answer.question.QuestionAnalyzer;
import io.isnad.answer.sentence.AnswerComposer;
import io.isnad.answer.sentence.SentenceCandidate;
import io.isnad.index.SentenceTokens;

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

    private static ArticleFixture articles;

    @BeforeAll
    static void articles() throws IOException {
        articles = ArticleFixture.of(tmp, Map.of("a.txt", "هجوم حمص\n" + BLAMED, "t.txt", "حصيلة الهجوم\n" + TOLL,
                "o.txt", "أخبار أخرى\nوزار الوفد العاصمة يوم الأحد لبحث العلاقات الثنائية مع الحكومة."));
    }

    @AfterAll
    static void close() throws IOException {
        articles.close();
    }

    @Test
    void aWhoQuestionsVerbOfSayingIsHeldByTheSentencesReportingWord() {
        String asked = "الهجوم على الكلية الحربية منو من المسؤولين الإيرانيين علّق عليه؟";
        SentenceCandidate blamed = candidate(asked, BLAMED);
        Optional<SentenceJudge.WordingAside> held = choice(asked).judge().speakerHeld(blamed, tokens(blamed));
        assertTrue(held.isPresent());
        assertTrue(held.get().assessment().coverage() > blamed.coverage());
    }

    @Test
    void theVerbIsNotHeldForAQuestionAboutWhatANamedSpeakerSaidNorByASentenceReportingNoSpeech() {
        // What the president said: the speaker is named, not asked, and must be held by the sentence itself.
        String what = "شو علّق الرئيس الإيراني على الهجوم على الكلية الحربية؟";
        SentenceCandidate blamed = candidate(what, BLAMED);
        assertFalse(choice(what).judge().speakerHeld(blamed, tokens(blamed)).isPresent());
        // A who-question judged on a line that reports no speech: nothing holds its verb.
        String who = "منو علّق على الهجوم على الكلية الحربية وسقوط الضحايا من الطلاب؟";
        SentenceCandidate toll = candidate(who, TOLL);
        assertFalse(choice(who).judge().speakerHeld(toll, tokens(toll)).isPresent());
    }

    private SentenceCandidate candidate(String question, String sentence) {
        return choice(question).ranked().stream().filter(c -> c.sentence().text().equals(sentence)).findFirst()
                .orElseThrow();
    }

    private List<SentenceTokens> tokens(SentenceCandidate candidate) {
        return articles.snapshot().sentenceTokens(candidate.article().file());
    }

    private ExtractiveAnswerer.Choice choice(String question) {
        AskedQuestion asked = new AskedQuestion(question, question, QuestionAnalyzer.analyze(question), false,
                Optional.empty());
        ExtractiveSettings settings = new ExtractiveSettings(0.3, 0.3, 2, 0.75, Integer.MAX_VALUE);
        ExtractiveAnswerer answerer = new ExtractiveAnswerer(settings, AbstentionModel.packaged(),
                new AnswerComposer(settings));
        return answerer.choose(articles.snapshot(), articles.retrieve(question), asked).orElseThrow();
    }
}
