package io.isnad.retrieve.query;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.isnad.index.Corpus;
import io.isnad.index.Snapshot;
import io.isnad.ingest.ArticleLoader;
import io.isnad.ingest.ChunkingSettings;

/** A few articles indexed under a test's folder, for the readings that ask the corpus what it holds. */
final class IndexedArticles implements AutoCloseable {

    private final Corpus corpus;
    private final Snapshot snapshot;

    /** Writes each file name's text to {@code folder} and indexes them. */
    IndexedArticles(Path folder, Map<String, String> articles) throws IOException {
        Path dir = Files.createDirectories(folder.resolve("articles"));
        for (Map.Entry<String, String> article : articles.entrySet()) {
            Files.writeString(dir.resolve(article.getKey()), article.getValue());
        }
        corpus = Corpus.open(dir, folder.resolve("index"), new ArticleLoader(5_000_000, new ChunkingSettings(3, 1)));
        corpus.refresh();
        snapshot = corpus.acquire();
    }

    Snapshot snapshot() {
        return snapshot;
    }

    @Override
    public void close() throws IOException {
        snapshot.close();
        corpus.close();
    }
}
