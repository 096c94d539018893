package io.isnad.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/** The repo's seed articles, parsed with default settings, for tests. */
final class SeedArticles {

    static final Path DIR = Path.of("seeds");

    private SeedArticles() {
    }

    static ArticleLoader loader() {
        return new ArticleLoader(5_000_000, new ChunkingSettings(3, 1));
    }

    static List<Article> all() {
        try {
            return loader().loadFolder(DIR).stream()
                    .map(o -> ((LoadOutcome.Loaded) o).article())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Article named(String prefix) {
        return all().stream().filter(a -> a.file().startsWith(prefix)).findFirst().orElseThrow();
    }
}
