package io.isnad.index;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import io.isnad.ingest.ArticleLoader;
import io.isnad.ingest.ChunkingSettings;

/**
 * Run by {@link CrashDuringIndexingTest} in a JVM of its own, which it kills while this indexes:
 * refreshes the corpus of {@code args[0]} into the index {@code args[1]}, committing after every
 * batch of {@code args[2]} files.
 */
public final class IndexingChild {

    private IndexingChild() {
    }

    public static void main(String[] args) throws IOException {
        IndexSettings settings = new IndexSettings(Integer.parseInt(args[2]), Duration.ZERO, IndexSettings.DEFAULTS.articleCacheMegabytes(),
                IndexSettings.DEFAULTS.ingestThreads());
        try (Corpus corpus = Corpus.open(Path.of(args[0]), Path.of(args[1]),
                new ArticleLoader(5_000_000, new ChunkingSettings(3, 1)), Optional.empty(), settings)) {
            System.out.println("syncing");
            System.out.flush();
            corpus.refresh();
            System.out.println("synced");
        }
    }
}
