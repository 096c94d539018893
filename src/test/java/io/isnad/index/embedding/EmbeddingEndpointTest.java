package io.isnad.index.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.isnad.index.Corpus;
import io.isnad.index.Snapshots;
import io.isnad.index.SyncReport;
import io.isnad.ingest.ArticleLoader;
import io.isnad.ingest.ChunkingSettings;
import io.isnad.retrieve.HybridRetriever;
import io.isnad.retrieve.Passage;
import io.isnad.retrieve.RetrievalSettings;
import io.isnad.retrieve.lexicon.QueryTranslator;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The OpenAI and Ollama providers against a local server speaking their embedding APIs. A Quarkus
 * test because quarkus-langchain4j replaces the plain OpenAI client with one that needs CDI.
 */
@QuarkusTest
class EmbeddingEndpointTest {

    private static final Path SEEDS = Path.of("seeds");
    private static final String QUESTION = "قاعدة همدان الجوية";

    @TempDir
    Path tmp;

    private final EmbeddingStub stub = new EmbeddingStub();
    private final ArticleLoader loader = new ArticleLoader(5_000_000, new ChunkingSettings(3, 1));
    private final HybridRetriever retriever = new HybridRetriever(
            new RetrievalSettings(1f, 0.3f, 1f, 0.3f, 100, 2, 0.5f, 1.5f, 15), QueryTranslator.load(Optional.empty()));

    EmbeddingEndpointTest() throws IOException {
    }

    @AfterEach
    void stop() {
        stub.close();
    }

    @Test
    void chunksAndQuestionsAreEmbeddedThroughTheOpenAiApiWithTheirPrefixes() throws IOException {
        Optional<Embedder> embedder = EmbedderFactory.create(TestSettings.openAi(stub.openAiBaseUrl(), "e5-test"));
        try (Corpus corpus = Corpus.open(SEEDS, tmp.resolve("index"), loader, embedder)) {
            SyncReport sync = corpus.refresh().sync();
            assertEquals(5, sync.added());
            assertEquals(List.of(), sync.unembedded());
            int chunks = Snapshots.statuses(corpus).stream().mapToInt(s -> s.chunks()).sum();
            assertEquals(chunks, stub.inputs().size(), "one input per chunk");
            assertTrue(stub.inputs().stream().allMatch(text -> text.startsWith("passage: ")), "prefix joined by a space");

            assertEquals("001_beb8dc77d57e528b.txt", Snapshots.retrieve(retriever, corpus, QUESTION, 3).passages().get(0).file());
            assertEquals("query: " + QUESTION, stub.inputs().getLast());
        }
    }

    @Test
    void ollamaApiWorksTheSameWay() throws IOException {
        Optional<Embedder> embedder = EmbedderFactory.create(TestSettings.ollama(stub.ollamaBaseUrl(), "bge-m3"));
        try (Corpus corpus = Corpus.open(SEEDS, tmp.resolve("index"), loader, embedder)) {
            assertEquals(List.of(), corpus.refresh().sync().unembedded());
            assertFalse(Snapshots.retrieve(retriever, corpus, "zzqx", 3).passages().isEmpty(), "found by vectors alone");
        }
    }

    @Test
    void aFailingEndpointAtIndexTimeLeavesBm25WorkingAndTheNextSyncEmbedsAgain() throws IOException {
        Optional<Embedder> embedder = EmbedderFactory.create(TestSettings.openAi(stub.openAiBaseUrl(), "e5-test"));
        Path index = tmp.resolve("index");
        stub.failing(true);
        try (Corpus corpus = Corpus.open(SEEDS, index, loader, embedder)) {
            SyncReport sync = corpus.refresh().sync();
            assertEquals(5, sync.added());
            assertEquals(5, sync.unembedded().size());
            assertEquals("001_beb8dc77d57e528b.txt", Snapshots.retrieve(retriever, corpus, QUESTION, 3).passages().get(0).file());
        }
        stub.failing(false);
        try (Corpus corpus = Corpus.open(SEEDS, index, loader, embedder)) {
            SyncReport sync = corpus.refresh().sync();
            assertEquals(5, sync.updated(), "files indexed without vectors count as changed");
            assertEquals(List.of(), sync.unembedded());
        }
    }

    @Test
    void aFailingEndpointAtQueryTimeRanksByBm25Alone() throws IOException {
        Optional<Embedder> embedder = EmbedderFactory.create(TestSettings.openAi(stub.openAiBaseUrl(), "e5-test"));
        List<Passage> bm25;
        try (Corpus plain = Corpus.open(SEEDS, tmp.resolve("plain"), loader)) {
            plain.refresh();
            bm25 = Snapshots.retrieve(retriever, plain, QUESTION, 5).passages();
        }
        try (Corpus corpus = Corpus.open(SEEDS, tmp.resolve("index"), loader, embedder)) {
            corpus.refresh();
            stub.failing(true);
            assertEquals(bm25, Snapshots.retrieve(retriever, corpus, QUESTION, 5).passages());
        }
    }
}
