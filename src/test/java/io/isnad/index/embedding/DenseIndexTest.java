package io.isnad.index.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import io.isnad.index.Corpus;
import io.isnad.index.Snapshots;
import io.isnad.index.SyncReport;
import io.isnad.ingest.ArticleLoader;
import io.isnad.ingest.ChunkingSettings;
import io.isnad.retrieve.HybridRetriever;
import io.isnad.retrieve.RetrievalSettings;
import io.isnad.retrieve.lexicon.QueryTranslator;

/** Vectors in the index with a deterministic model: written, kept, replaced, and never in the way. */
class DenseIndexTest {

    private static final Path SEEDS = Path.of("seeds");
    /** Shares no word, and no character 3-gram, with any seed article. */
    private static final String NO_SHARED_WORD = "zzqx";

    @TempDir
    Path tmp;

    private final ArticleLoader loader = new ArticleLoader(5_000_000, new ChunkingSettings(3, 1));
    private final HybridRetriever retriever = new HybridRetriever(
            new RetrievalSettings(1f, 0.3f, 1f, 0.3f, 100, 2, 0.5f, 1.5f, 15), QueryTranslator.load(Optional.empty()));
    private final CountingModel model = new CountingModel();

    @Test
    void withoutAModelTheIndexHoldsNoVectorsAndOnlyWordsFindChunks() throws IOException {
        try (Corpus corpus = Corpus.open(SEEDS, tmp.resolve("index"), loader)) {
            corpus.refresh();
            assertFalse(hasVectors());
            assertTrue(Snapshots.retrieve(retriever, corpus, NO_SHARED_WORD, 3).passages().isEmpty());
        }
    }

    @Test
    void vectorsFindChunksThatShareNoWordWithTheQuestion() throws IOException {
        try (Corpus corpus = Corpus.open(SEEDS, tmp.resolve("index"), loader, embedder("hash-a"))) {
            corpus.refresh();
            assertTrue(hasVectors());
            assertEquals(3, Snapshots.retrieve(retriever, corpus, NO_SHARED_WORD, 3).passages().size());
        }
    }

    @Test
    void anUnchangedModelEmbedsNothingOnRestartAndAnotherModelReembedsEverything() throws IOException {
        Path index = tmp.resolve("index");
        try (Corpus corpus = Corpus.open(SEEDS, index, loader, embedder("hash-a"))) {
            assertEquals(5, corpus.refresh().sync().added());
        }
        int calls = model.calls.get();
        try (Corpus corpus = Corpus.open(SEEDS, index, loader, embedder("hash-a"))) {
            assertEquals(5, corpus.refresh().sync().unchanged());
            assertEquals(calls, model.calls.get(), "no chunk embedded again");
        }
        try (Corpus corpus = Corpus.open(SEEDS, index, loader, embedder("hash-b"))) {
            assertEquals(5, corpus.refresh().sync().updated());
        }
        try (Corpus corpus = Corpus.open(SEEDS, index, loader)) {
            assertEquals(5, corpus.refresh().sync().updated(), "turning the model off drops its vectors");
        }
    }

    @Test
    void aModelOfAnotherSizeGetsAFieldOfItsOwn() throws IOException {
        Path index = tmp.resolve("index");
        try (Corpus corpus = Corpus.open(SEEDS, index, loader, embedder("hash-256"))) {
            corpus.refresh();
        }
        Optional<Embedder> smaller = Optional.of(new Embedder(new HashingEmbeddingModel(64), "hash-64", "", "", 0.3f));
        try (Corpus corpus = Corpus.open(SEEDS, index, loader, smaller)) {
            assertEquals(5, corpus.refresh().sync().updated());
            assertEquals(3, Snapshots.retrieve(retriever, corpus, NO_SHARED_WORD, 3).passages().size());
        }
    }

    @Test
    void aFailingModelLeavesBm25ToItselfAndGivesUpAfterThreeFilesInARow() throws IOException {
        model.failing.set(true);
        try (Corpus corpus = Corpus.open(SEEDS, tmp.resolve("index"), loader, embedder("hash-a"))) {
            SyncReport sync = corpus.refresh().sync();
            assertEquals(5, sync.added());
            assertEquals(5, sync.unembedded().size());
            assertEquals(3, model.calls.get(), "a model that is down costs three attempts, not one per file");
            assertEquals("001_beb8dc77d57e528b.txt",
                    Snapshots.retrieve(retriever, corpus, "قاعدة همدان الجوية", 1).passages().get(0).file());
        }
    }

    private Optional<Embedder> embedder(String identity) {
        return Optional.of(new Embedder(model, identity, "", "", 0.3f));
    }

    private boolean hasVectors() throws IOException {
        return Snapshots.hasVectors(tmp.resolve("index"));
    }

    /** The hashing model, counting its calls and failing on demand. */
    private static final class CountingModel implements EmbeddingModel {

        final AtomicInteger calls = new AtomicInteger();
        final AtomicBoolean failing = new AtomicBoolean();
        private final HashingEmbeddingModel hashing = new HashingEmbeddingModel();

        @Override
        public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
            calls.incrementAndGet();
            if (failing.get()) {
                throw new IllegalStateException("model down");
            }
            return hashing.embedAll(segments);
        }
    }
}
