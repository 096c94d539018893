package io.isnad.answer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import io.isnad.index.Corpus;
import io.isnad.index.Snapshot;
import io.isnad.ingest.ArticleLoader;
import io.isnad.ingest.ChunkingSettings;
import io.isnad.retrieve.HybridRetriever;
import io.isnad.retrieve.Retrieval;
import io.isnad.retrieve.RetrievalSettings;
import io.isnad.retrieve.lexicon.QueryTranslator;

/**
 * A few articles written into a temporary folder, indexed with small chunks (three sentences, one
 * of overlap) and searched with the default retrieval settings: the answer stage's tests ask their
 * questions over it. Close it after each test.
 */
public final class ArticleFixture implements AutoCloseable {

    private static final HybridRetriever RETRIEVER = new HybridRetriever(
            new RetrievalSettings(1f, 0.3f, 1f, 0.3f, 100, 2, 0.7f, 1.5f, 15), QueryTranslator.load(Optional.empty()));

    private final Corpus corpus;
    private final Snapshot snapshot;

    private ArticleFixture(Corpus corpus) {
        this.corpus = corpus;
        this.snapshot = corpus.acquire();
    }

    /** Writes {@code articles} (file name to text) under {@code tmp} and indexes them. */
    public static ArticleFixture of(Path tmp, Map<String, String> articles) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("articles"));
        for (Map.Entry<String, String> article : articles.entrySet()) {
            Files.writeString(dir.resolve(article.getKey()), article.getValue());
        }
        Corpus corpus = Corpus.open(dir, tmp.resolve("index"), new ArticleLoader(100_000, new ChunkingSettings(3, 1)));
        corpus.refresh();
        return new ArticleFixture(corpus);
    }

    public Snapshot snapshot() {
        return snapshot;
    }

    /** The passages retrieved for {@code question}, the five best. */
    public Retrieval retrieve(String question) {
        return RETRIEVER.retrieve(snapshot, question, 5);
    }

    @Override
    public void close() throws IOException {
        snapshot.close();
        corpus.close();
    }
}
