package io.isnad.answer.abstain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.isnad.answer.ArticleFixture;
import io.isnad.answer.AskedQuestion;
import io.isnad.answer.ExtractiveAnswerer;
import io.isnad.answer.ExtractiveSettings;
import io.isnad.answer.question.QuestionAnalyzer;
import io.isnad.answer.sentence.AnswerComposer;
import io.isnad.answer.sentence.SentenceCandidate;

/** {@link SentenceJudge#wordingAside}: a question's unwritten wording weighs nothing against a sentence holding the rest. */
class SentenceJudgeWordingTest {

    private static final String PEACE = "وقال نتنياهو إن إسرائيل أبرمت في اتفاقيات إبراهيم السلام مع أربع دول عربية.";
    /** Four other words the sentence holds (اتفاقيات إبراهيم دولة عربية إسرائيل); خلّت and تتصالح no article writes. */
    private static final String ASKED = "اتفاقيات إبراهيم خلّت كام دولة عربية تتصالح مع إسرائيل؟";

    @TempDir
    Path tmp;

    private ArticleFixture articles;

    @BeforeEach
    void articles() throws IOException {
        articles = ArticleFixture.of(tmp, Map.of(
                "p.txt", "اتفاقيات السلام\n" + PEACE,
                "o.txt", "أخبار أخرى\nوزار الوفد العاصمة يوم الأحد لبحث العلاقات الثنائية مع الحكومة."));
    }

    @AfterEach
    void close() throws IOException {
        articles.close();
    }

    @Test
    void unwrittenWordingIsSetAsideWhenTheSentenceHoldsAllTheRest() {
        // rootlessMinRoots at its maximum: no word reads as rootless, as over the five seed articles.
        ExtractiveAnswerer answerer = answerer(Integer.MAX_VALUE);
        Optional<SentenceJudge.WordingAside> aside = aside(answerer, ASKED);
        assertTrue(aside.isPresent());
        // The assessment that let the wording aside is the sentence's, as the features read it.
        assertEquals(1.0, aside.get().assessment().coverage(), 1e-9);
        assertEquals(0.0, aside.get().assessment().largestMissing(), 1e-9);
        assertEquals(1.0, choice(answerer, ASKED).features().coverage(), 1e-9);
    }

    @Test
    void wordingIsKeptWhenTheSentenceMissesPartOfTheRestOrTheRestIsShort() {
        ExtractiveAnswerer answerer = answerer(Integer.MAX_VALUE);
        // مصر is a name no article writes: the sentence misses it, so the wording still counts as missing.
        assertFalse(aside(answerer, "اتفاقيات إبراهيم خلّت كام دولة عربية تتصالح مع مصر؟").isPresent());
        // Two other words only (إسرائيل، دولة): too few to tell the sentence's story from another's.
        assertFalse(aside(answerer, "إسرائيل خلّت كام دولة تتصالح؟").isPresent());
        // A question of nothing but written words has no wording to set aside.
        assertFalse(aside(answerer, "كم دولة عربية أبرمت السلام مع إسرائيل في اتفاقيات إبراهيم؟").isPresent());
    }

    @Test
    void aWordOfNoRootTheCorpusWritesIsNotSetAside() {
        // Over a corpus whose root keys are read (bar 0), خلّت and تتصالح share no root with any article
        // word: such a word is read as a swapped-in name, not as phrasing.
        assertFalse(aside(answerer(0), ASKED).isPresent());
    }

    private Optional<SentenceJudge.WordingAside> aside(ExtractiveAnswerer answerer, String question) {
        ExtractiveAnswerer.Choice choice = choice(answerer, question);
        SentenceCandidate peace = choice.ranked().stream().filter(c -> c.sentence().text().equals(PEACE)).findFirst()
                .orElseThrow();
        return choice.judge().wordingAside(peace, articles.snapshot().sentenceTokens(peace.article().file()));
    }

    private ExtractiveAnswerer.Choice choice(ExtractiveAnswerer answerer, String question) {
        AskedQuestion asked = new AskedQuestion(question, question, QuestionAnalyzer.analyze(question), false,
                Optional.empty());
        return answerer.choose(articles.snapshot(), articles.retrieve(question), asked).orElseThrow();
    }

    private static ExtractiveAnswerer answerer(int rootlessMinRoots) {
        ExtractiveSettings settings = new ExtractiveSettings(0.3, 0.3, 2, 0.75, rootlessMinRoots);
        return new ExtractiveAnswerer(settings, AbstentionModel.packaged(), new AnswerComposer(settings));
    }
}
