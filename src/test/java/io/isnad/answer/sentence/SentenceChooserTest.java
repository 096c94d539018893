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

    // Two stories say what a new departure hall will hold; only one names the airport the question
    // asks about, and not in that sentence. The other story's sentence stands beside one that
    // mentions an airport; the story that holds the rest of the question is the one meant.
    @Test
    void ofTwoSentencesThatMatchAlikeTheOneWhoseArticleHoldsMoreOfTheQuestionRanksFirst() throws IOException {
        try (ArticleFixture two = ArticleFixture.of(tmp.resolve("two"), Map.of(
                "airport.txt", """
                        مطار الملكة علياء
                        أعلن مطار الملكة علياء الدولي عن خطة لتحديث مرافقه.
                        وتشمل الخطة توسيع مواقف السيارات كلها.
                        وقالت الإدارة إن عدد المسافرين ارتفع هذا العام.
                        وستضم صالة المغادرة الجديدة عشرين بوابة.""",
                "city.txt", """
                        موسم السياحة
                        تستعد المدينة ومطارها لموسم سياحي كبير.
                        وستضم صالة المغادرة الجديدة مطاعم كثيرة."""))) {
            String question = "ماذا ستضم صالة المغادرة الجديدة في مطار الملكة علياء؟";
            Retrieval retrieval = two.retrieve(question);
            List<SentenceCandidate> ranked = SentenceChooser.rank(two.snapshot(), retrieval,
                    new EvidenceScorer(retrieval.query().evidence()), QuestionAnalyzer.analyze(question), question,
                    Optional.empty());
            List<SentenceCandidate> halls = ranked.stream().filter(c -> c.sentence().text().contains("صالة"))
                    .toList();
            assertEquals("airport.txt", halls.getFirst().article().file(), halls.getFirst().sentence().text());
            // By its own evidence the other story's sentence scores higher: its neighbour names an airport.
            assertTrue(halls.getLast().sentenceScore() > halls.getFirst().sentenceScore());
        }
    }

    @Test
    void aWhenQuestionLeadsWithTheSentenceWhoseYearEndsIt() {
        SentenceCandidate lead = rank("متى دمر الطاعون مدينة أوسلو؟").getFirst();
        assertTrue(lead.sentence().text().endsWith("في عام 1654."), lead.sentence().text());
        assertTrue(lead.typed());
    }
}
