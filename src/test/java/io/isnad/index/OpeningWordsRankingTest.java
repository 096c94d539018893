package io.isnad.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.isnad.ingest.ArticleLoader;
import io.isnad.ingest.ChunkingSettings;
import io.isnad.retrieve.HybridRetriever;
import io.isnad.retrieve.Retrieval;
import io.isnad.retrieve.RetrievalSettings;
import io.isnad.retrieve.lexicon.Lexicon;
import io.isnad.retrieve.lexicon.QueryTranslator;

/**
 * Of two articles holding the same words, the one whose first words name the asked subject ranks
 * first for an Arabic question: it is about the subject, the other names it in passing. An English
 * question's translations are not read against the opening.
 */
class OpeningWordsRankingTest {

    @TempDir
    Path tmp;

    private final ArticleLoader loader = new ArticleLoader(5_000_000, new ChunkingSettings(3, 1));

    private static HybridRetriever retriever() throws IOException {
        Lexicon lexicon = Lexicon.parse(new StringReader("area\tمساحة\nasia\tآسيا\n"), "test");
        return new HybridRetriever(new RetrievalSettings(1f, 0.3f, 1f, 0.3f, 100, 2, 0.7f, 1.5f, 15),
                new QueryTranslator(lexicon, Optional.empty()));
    }

    private Corpus subjectAndPassing() throws IOException {
        Path files = Files.createDirectories(tmp.resolve("files"));
        // The same words in another order: equal scores otherwise, and equal scores rank by file name.
        Files.writeString(files.resolve("a-passing.txt"), "قارة كبيرة تغطي مساحة واسعة من الأرض هي آسيا.");
        Files.writeString(files.resolve("b-subject.txt"), "آسيا قارة كبيرة تغطي مساحة واسعة من الأرض هي.");
        Corpus corpus = Corpus.open(files, tmp.resolve("index"), loader);
        corpus.refresh();
        return corpus;
    }

    @Test
    void theArticleOpeningWithTheAskedSubjectRanksAboveOneNamingItLater() throws IOException {
        try (Corpus corpus = subjectAndPassing()) {
            Retrieval retrieval = Snapshots.retrieve(retriever(), corpus, "ما مساحة آسيا؟", 5);
            assertEquals("b-subject.txt", retrieval.passages().get(0).file(), retrieval.passages().toString());
            assertEquals("a-passing.txt", retrieval.passages().get(1).file(), retrieval.passages().toString());
        }
    }

    @Test
    void aTranslatedQuestionIsNotRankedByTheOpening() throws IOException {
        try (Corpus corpus = subjectAndPassing()) {
            Retrieval retrieval = Snapshots.retrieve(retriever(), corpus, "What is the area of Asia?", 5);
            assertEquals("a-passing.txt", retrieval.passages().get(0).file(), retrieval.passages().toString());
        }
    }

    @Test
    void wordsBeyondTheOpeningAddNothing() throws IOException {
        Path files = Files.createDirectories(tmp.resolve("files"));
        // آسيا is the fourth word of both: neither opening holds it, so the file name decides.
        Files.writeString(files.resolve("a-first.txt"), "قارة كبيرة هي آسيا تغطي مساحة واسعة من الأرض.");
        Files.writeString(files.resolve("b-second.txt"), "هي قارة كبيرة آسيا تغطي مساحة واسعة من الأرض.");
        try (Corpus corpus = Corpus.open(files, tmp.resolve("index"), loader)) {
            corpus.refresh();
            Retrieval retrieval = Snapshots.retrieve(retriever(), corpus, "ما مساحة آسيا؟", 5);
            assertEquals("a-first.txt", retrieval.passages().get(0).file(), retrieval.passages().toString());
        }
    }
}
