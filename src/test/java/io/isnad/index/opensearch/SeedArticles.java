package io.isnad.index.opensearch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

import io.isnad.ingest.ArticleLoader;
import io.isnad.ingest.ChunkingSettings;
import io.isnad.retrieve.HybridRetriever;
import io.isnad.retrieve.RetrievalSettings;
import io.isnad.retrieve.lexicon.QueryTranslator;

/** The five seed articles in a folder a test may change, and the loader and retriever the cluster tests use on them. */
final class SeedArticles {

    static final ArticleLoader LOADER = new ArticleLoader(5_000_000, new ChunkingSettings(3, 1));

    private SeedArticles() {
    }

    /** Copies the seed articles into a new folder {@code dir}, returned. */
    static Path copyInto(Path dir) throws IOException {
        Files.createDirectories(dir);
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            for (Path seed : seeds.filter(p -> p.toString().endsWith(".txt")).toList()) {
                Files.copy(seed, dir.resolve(seed.getFileName()));
            }
        }
        return dir;
    }

    static HybridRetriever retriever() {
        return new HybridRetriever(new RetrievalSettings(1f, 0.3f, 1f, 0.3f, 100, 2, 0.7f, 1.5f, 15),
                QueryTranslator.load(Optional.empty()));
    }
}
