package io.isnad.answer.sentence;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.isnad.answer.question.QuestionAnalyzer;
import io.isnad.index.Corpus;
import io.isnad.index.Snapshot;
import io.isnad.ingest.ArticleLoader;
import io.isnad.ingest.ChunkingSettings;
import io.isnad.retrieve.EvidenceScorer;
import io.isnad.retrieve.HybridRetriever;
import io.isnad.retrieve.Retrieval;
import io.isnad.retrieve.RetrievalSettings;
import io.isnad.retrieve.lexicon.QueryTranslator;

class SentenceChooserTest {

    @TempDir
    Path tmp;

    private Corpus corpus;
    private Snapshot snapshot;
    private final HybridRetriever retriever = new HybridRetriever(
            new RetrievalSettings(1f, 0.3f, 1f, 0.3f, 100, 2, 0.7f, 1.5f, 15), QueryTranslator.load(Optional.empty()));

    @BeforeEach
    void articles() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("articles"));
        Files.writeString(dir.resolve("plague.txt"), """
                الطاعون في النرويج
                دمر الطاعون مدينة أوسلو مرات عدة وقتل كثيرين من سكانها.
                وقد دمر آخر اندلاع للطاعون مدينة أوسلو في عام 1654.
                وكتب المؤرخون عن الوباء كتباً كثيرة.""");
        corpus = Corpus.open(dir, tmp.resolve("index"), new ArticleLoader(100_000, new ChunkingSettings(3, 1)));
        corpus.refresh();
        snapshot = corpus.acquire();
    }

    @AfterEach
    void close() throws IOException {
        snapshot.close();
        corpus.close();
    }

    private List<SentenceCandidate> rank(String question) {
        Retrieval retrieval = retriever.retrieve(snapshot, question, 5);
        return SentenceChooser.rank(snapshot, retrieval, new EvidenceScorer(retrieval.query().evidence()),
                QuestionAnalyzer.analyze(question), question, Optional.empty());
    }

    // The article holds two sentences matching the question about equally; only the second holds
    // an answer of the asked type, which the sentence type bonus must find.

    @Test
    void aWhenQuestionLeadsWithTheSentenceWhoseYearEndsIt() {
        SentenceCandidate lead = rank("متى دمر الطاعون مدينة أوسلو؟").getFirst();
        assertTrue(lead.sentence().text().endsWith("في عام 1654."), lead.sentence().text());
        assertTrue(lead.typed());
    }
}
