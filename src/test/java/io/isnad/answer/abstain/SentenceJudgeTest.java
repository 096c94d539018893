package io.isnad.answer.abstain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.isnad.answer.ArticleFixture;
import io.isnad.answer.AskedQuestion;
import io.isnad.answer.ExtractiveAnswerer;
import io.isnad.answer.ExtractiveSettings;
import io.isnad.answer.followup.PreviousAnswer;
import io.isnad.answer.question.QuestionAnalyzer;
import io.isnad.answer.question.QuestionType;
import io.isnad.answer.sentence.AnswerComposer;
import io.isnad.answer.sentence.SentenceCandidate;
import io.isnad.index.IndexAnalyzers;
import io.isnad.ingest.arabic.ArabicTextNormalizer;

class SentenceJudgeTest {

    /** Each sentence aligns with its question below by one of the four alignments, and by no other. */
    private static final String LAST_WORD = "قام مورسه لأول مرة بتخليق الباراسيتامول عن طريق اختزال البارا-نيتروفينول.";
    private static final String WORD = "وصل الفريق إلى المباراة النهائية بعد فوزه في البطولة الإقليمية عام 2005.";
    private static final String HEAD = "اقترح العلماء قياس الإشعاع المنبعث من الغطاء النباتي لوصف صحة النبات.";
    private static final String COMPLEMENT = "ثم هزموا باتريوتس في مباراة بطولة رابطة كرة القدم الأمريكية.";
    /** A sentence whose article writes كيلومتر, whose skeleton لمتر is نانومتر's نمتر but for a prefix letter. */
    private static final String UNIT = "ويشكل وادي النيل والدلتا مساحة تبلغ ثلاثين ألف كيلومتر مربع.";
    /** بتخليق ___: the sentence writes الباراسيتامول where the question ends on كورت. */
    private static final String LAST_WORD_ASKED = "من قام بتخليق كورت؟";
    /** في ___ الإقليمية: the sentence writes البطولة where the question writes توقيرا. */
    private static final String WORD_ASKED = "متى فاز الفريق في توقيرا الإقليمية؟";
    /**
     * ___ النباتي: the sentence writes الغطاء where the question writes ترشيحات. The question also writes
     * المنبعث, the sentence's word after الإشعاع, so ترشيحات is not read as put in that word's place.
     */
    private static final String HEAD_ASKED = "من أين يرغب العلماء قياس إشعاع ترشيحات النباتي المنبعث؟";
    /** مباراة ___: the sentence writes بطولة after مباراة where the question puts اسوس, which no article writes. */
    private static final String COMPLEMENT_ASKED = "ما نتيجة مباراة اسوس رابطة كرة القدم؟";

    @TempDir
    Path tmp;

    private final IndexAnalyzers analyzers = new IndexAnalyzers();
    /** No corpus-size bar for the fourth alignment ({@code rootlessMinRoots} 0): these four articles are read by it. */
    private final ExtractiveAnswerer answerer = answerer(0);
    private ArticleFixture articles;

    @BeforeEach
    void articles() throws IOException {
        articles = ArticleFixture.of(tmp, Map.of(
                "l.txt", "تخليق الدواء\n" + LAST_WORD,
                "w.txt", "نهائي البطولة\n" + WORD,
                "h.txt", "صحة النبات\n" + HEAD,
                "c.txt", "نهائي الرابطة\n" + COMPLEMENT,
                "u.txt", "مساحة البلاد\n" + UNIT));
    }

    @AfterEach
    void close() throws IOException {
        articles.close();
    }

    @Test
    void eachOfTheFourAlignmentsAloneFindsTheSentenceDisplaced() {
        // Each sentence is read by its own alignment only: skipping any one of the four misses its sentence.
        assertEquals(List.of(true, false, false, false), alignments(LAST_WORD_ASKED, LAST_WORD));
        assertEquals(List.of(false, true, false, false), alignments(WORD_ASKED, WORD));
        assertEquals(List.of(false, false, true, false), alignments(HEAD_ASKED, HEAD));
        assertEquals(List.of(false, false, false, true), alignments(COMPLEMENT_ASKED, COMPLEMENT));
        assertTrue(displaced(LAST_WORD_ASKED, LAST_WORD));
        assertTrue(displaced(WORD_ASKED, WORD));
        assertTrue(displaced(HEAD_ASKED, HEAD));
        assertTrue(displaced(COMPLEMENT_ASKED, COMPLEMENT));
    }

    @Test
    void aWordWhoseSkeletonDiffersFromTheArticlesOnlyInAFirstPrefixLetterIsNoSlipOfIt() {
        // النيل ___: the sentence writes والدلتا where the question puts نانومتر, which no article writes. Its
        // skeleton نمتر is كيلومتر's لمتر with another prefix letter: no slip of the article, so it is read.
        String asked = "كم يشكل وادي النيل نانومتر من مساحة البلاد؟";
        assertEquals(List.of(false, false, false, true), alignments(asked, UNIT));
        assertTrue(displaced(asked, UNIT));
        assertFalse(displaced("كم يشكل وادي النيل والدلتا من مساحة البلاد؟", UNIT));
    }

    @Test
    void theFourthAlignmentWaitsForACorpusOfEnoughRootKeys() {
        // Over a corpus of fewer root keys than the bar, a word no article writes may be the question's phrasing.
        ExtractiveAnswerer barred = answerer(Integer.MAX_VALUE);
        ExtractiveAnswerer.Choice choice = barred.choose(articles.snapshot(), articles.retrieve(COMPLEMENT_ASKED),
                asked(COMPLEMENT_ASKED)).orElseThrow();
        SentenceCandidate candidate = choice.ranked().stream().filter(c -> c.sentence().text().equals(COMPLEMENT))
                .findFirst().orElseThrow();
        assertFalse(choice.alignments().anyDisplaced(Stream.of(candidate)));
    }

    @Test
    void eachSentenceKeepsItsOwnResult() {
        ExtractiveAnswerer.Choice choice = choice(COMPLEMENT_ASKED);
        SentenceCandidate candidate = choice.ranked().stream().filter(c -> c.sentence().text().equals(COMPLEMENT))
                .findFirst().orElseThrow();
        assertTrue(choice.alignments().anyDisplaced(Stream.of(candidate)));
        assertTrue(choice.alignments().anyDisplaced(Stream.of(candidate)));
        // The question completes مباراة otherwise in WORD's المباراة النهائية too; no other sentence aligns.
        List<SentenceCandidate> others = choice.ranked().stream()
                .filter(c -> !c.sentence().text().equals(COMPLEMENT) && !c.sentence().text().equals(WORD)).toList();
        assertFalse(others.isEmpty());
        assertFalse(choice.alignments().anyDisplaced(others.stream()));
        assertFalse(choice.alignments().anyDisplaced(others.stream()));
    }

    @Test
    void aSentenceTheQuestionAsksInItsOwnWordsIsNotDisplaced() {
        assertFalse(displaced("من قام بتخليق باراسيتامول؟", LAST_WORD));
        assertFalse(displaced("متى فاز الفريق في البطولة الإقليمية؟", WORD));
        assertFalse(displaced("من أين يرغب العلماء قياس إشعاع غطاء النباتي؟", HEAD));
    }

    @Test
    void aDisplacedSentenceAfterOthersIsReadAndAFollowUpIsNotAligned() {
        ExtractiveAnswerer.Choice choice = choice(WORD_ASKED);
        List<SentenceCandidate> others = choice.ranked().stream().filter(c -> !c.sentence().text().equals(WORD)).toList();
        assertFalse(others.isEmpty());
        assertFalse(choice.alignments().anyDisplaced(others.stream()));
        assertTrue(choice.alignments()
                .anyDisplaced(Stream.concat(others.stream(), Stream.of(candidate(WORD_ASKED, WORD)))));
        AskedQuestion followUp = new AskedQuestion(WORD_ASKED, WORD_ASKED, QuestionAnalyzer.analyze(WORD_ASKED), false,
                Optional.of(new PreviousAnswer("w.txt", 0, QuestionType.DATE, "متى وصل الفريق إلى المباراة النهائية؟")));
        ExtractiveAnswerer.Choice followed = answerer.choose(articles.snapshot(), articles.retrieve(WORD_ASKED), followUp)
                .orElseThrow();
        assertFalse(followed.alignments().anyDisplaced(Stream.of(candidate(WORD_ASKED, WORD))));
    }

    @Test
    void anArticleIsFoldedOnceForAQuestionsChecksOfKnownNames() {
        ExtractiveAnswerer.Choice choice = choice(COMPLEMENT_ASKED);
        SentenceCandidate candidate = choice.ranked().stream()
                .filter(c -> c.sentence().text().equals(COMPLEMENT)).findFirst().orElseThrow();
        Alignments alignments = choice.alignments();
        List<String> folded = alignments.articleWords(candidate);
        assertEquals(ArabicTextNormalizer.arabicWords(candidate.article().text()), folded);
        assertSame(folded, alignments.articleWords(candidate));
    }

    /** Whether the judge of {@code question} finds the candidate of {@code sentence} displaced. */
    private boolean displaced(String question, String sentence) {
        return choice(question).alignments().anyDisplaced(Stream.of(candidate(question, sentence)));
    }

    /** Which alignments (last word, word, head, complement) align {@code question} with {@code sentence}. */
    private List<Boolean> alignments(String question, String sentence) {
        List<SlotWord> asked = SlotWord.of(question, analyzers);
        List<SlotWord> written = SlotWord.of(sentence, analyzers);
        return List.of(DisplacedLastWord.of(asked, written).isPresent(), DisplacedWord.in(asked, written),
                DisplacedHead.of(asked, written).isPresent(),
                !DisplacedComplement.of(DisplacedComplement.slots(asked), written).isEmpty());
    }

    private static ExtractiveAnswerer answerer(int rootlessMinRoots) {
        ExtractiveSettings settings = new ExtractiveSettings(0.3, 0.3, 2, 0.75, rootlessMinRoots);
        return new ExtractiveAnswerer(settings, AbstentionModel.packaged(), new AnswerComposer(settings));
    }

    private ExtractiveAnswerer.Choice choice(String question) {
        return answerer.choose(articles.snapshot(), articles.retrieve(question), asked(question)).orElseThrow();
    }

    /** The candidate of {@code sentence} among those ranked for {@code question}. */
    private SentenceCandidate candidate(String question, String sentence) {
        return choice(question).ranked().stream().filter(c -> c.sentence().text().equals(sentence)).findFirst()
                .orElseThrow();
    }

    private static AskedQuestion asked(String question) {
        return new AskedQuestion(question, question, QuestionAnalyzer.analyze(question), false, Optional.empty());
    }
}
