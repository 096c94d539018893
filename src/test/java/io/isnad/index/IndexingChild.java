package io.isnad.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import io.isnad.ingest.Article;
import io.isnad.ingest.ArticleLoader;
import io.isnad.ingest.ChunkingSettings;
import io.isnad.ingest.LoadOutcome;

/** Run by {@link CrashDuringIndexingTest} in a JVM of its own, which it kills while this indexes. */
public final class IndexingChild {

    private IndexingChild() {
    }

    public static void main(String[] args) throws IOException {
        List<Article> articles = new ArticleLoader(5_000_000, new ChunkingSettings(3, 1)).loadFolder(Path.of(args[0]))
                .stream()
                .map(o -> ((LoadOutcome.Loaded) o).article())
                .toList();
        try (LuceneIndex index = LuceneIndex.open(Path.of(args[1]), new IndexAnalyzers(), Optional.empty())) {
            System.out.println("syncing");
            System.out.flush();
            index.sync(articles);
            System.out.println("synced");
        }
    }
}
