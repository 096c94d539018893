package io.isnad.answer.sentence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.isnad.answer.ArticleFixture;
import io.isnad.answer.question.QuestionAnalyzer;
import io.isnad.retrieve.EvidenceScorer;
import io.isnad.retrieve.Retrieval;

class SentenceChooserTest {

    @TempDir
    Path tmp;

    private ArticleFixture articles;

    // The article holds two sentences matching the question about equally; only the second holds
    // an answer of the asked type, which the sentence type bonus must find.
    @BeforeEach
    void articles() throws IOException {
        articles = ArticleFixture.of(tmp, Map.of("plague.txt", """
                الطاعون في النرويج
                دمر الطاعون مدينة أوسلو مرات عدة وقتل كثيرين من سكانها.
                وقد دمر آخر اندلاع للطاعون مدينة أوسلو في عام 1654.
                وكتب المؤرخون عن الوباء كتباً كثيرة."""));
    }

    @AfterEach
    void close() throws IOException {
        articles.close();
    }

    private List<SentenceCandidate> rank(String question) {
        Retrieval retrieval = articles.retrieve(question);
        return SentenceChooser.rank(articles.snapshot(), retrieval, new EvidenceScorer(retrieval.query().evidence()),
                QuestionAnalyzer.analyze(question), question, Optional.empty());
    }

    @Test
    void aWhenQuestionLeadsWithTheSentenceWhoseYearEndsIt() {
        SentenceCandidate lead = rank("متى دمر الطاعون مدينة أوسلو؟").getFirst();
        assertTrue(lead.sentence().text().endsWith("في عام 1654."), lead.sentence().text());
        assertTrue(lead.typed());
    }

    // The same sentence in two stories: the one whose story also names the rest of what is asked
    // (the stadium, named two sentences earlier) is preferred; retrieval aside, nothing else tells them apart.
    @Test
    void ofEqualSentencesTheOneWhoseArticleHoldsTheOtherQuestionWordsRanksHigher() throws IOException {
        try (ArticleFixture two = ArticleFixture.of(tmp.resolve("two"), Map.of(
                "derby.txt", """
                        مباراة القمة في ملعب الجوهرة
                        استضاف ملعب الجوهرة مباراة القمة بين الغريمين.
                        وحضر المباراة أكثر من خمسين ألف مشجع.
                        فاز الفريق الأزرق بالمباراة النهائية بهدفين.""",
                "season.txt", """
                        حصاد الموسم الكروي
                        شهد الموسم منافسة قوية بين الأندية.
                        وتألق المهاجمون في معظم الجولات.
                        فاز الفريق الأزرق بالمباراة النهائية بهدفين."""))) {
            String question = "من فاز بالمباراة النهائية في ملعب الجوهرة؟";
            Retrieval retrieval = two.retrieve(question);
            List<SentenceCandidate> ranked = SentenceChooser.rank(two.snapshot(), retrieval,
                    new EvidenceScorer(retrieval.query().evidence()), QuestionAnalyzer.analyze(question), question,
                    Optional.empty());
            SentenceCandidate derby = closing("derby.txt", ranked);
            SentenceCandidate season = closing("season.txt", ranked);
            assertEquals(derby.coverage(), season.coverage(), 1e-9);
            assertTrue(own(derby) > own(season) + 0.05, own(derby) + " vs " + own(season));
        }
    }

    /** The rank score without what retrieval gave: the passage's score and the neighbour penalty. */
    private static double own(SentenceCandidate c) {
        return c.rankScore() - SentenceChooser.RANK_WEIGHT * c.passageScore()
                + (c.retrieved() ? 0 : SentenceChooser.NEIGHBOUR_PENALTY);
    }

    /** The story's closing sentence, the one both stories share. */
    private static SentenceCandidate closing(String file, List<SentenceCandidate> ranked) {
        return ranked.stream().filter(c -> c.article().file().equals(file) && c.sentence().text().startsWith("فاز"))
                .findFirst().orElseThrow();
    }
}
