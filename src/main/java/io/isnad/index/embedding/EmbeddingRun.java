package io.isnad.index.embedding;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jboss.logging.Logger;

import io.isnad.ingest.Article;

/**
 * The embedding work of one index sync: embeds each changed article's chunks and remembers the
 * files whose vectors failed, which are indexed for BM25 only and embedded again next sync.
 */
public final class EmbeddingRun {

    private static final Logger LOG = Logger.getLogger(EmbeddingRun.class);
    /** After this many files fail in a row the model is taken to be down: the rest skip it instead of each waiting out a timeout. */
    private static final int GIVE_UP_AFTER = 3;

    private final Optional<Embedder> embedder;
    private final List<String> failed = new ArrayList<>();
    private int failedInARow;

    private EmbeddingRun(Optional<Embedder> embedder) {
        this.embedder = embedder;
    }

    /** A run with {@code embedder}; with none, every article is indexed for BM25 only and nothing is embedded. */
    public static EmbeddingRun with(Optional<Embedder> embedder) {
        return new EmbeddingRun(embedder);
    }

    /** The fingerprint an up-to-date index holds for {@code article}. */
    public String stamp(Article article) {
        return ChunkVectors.stamp(article.fingerprint(), embedder.map(Embedder::identity).orElse(""));
    }

    /**
     * The vectors of {@code article}'s chunks, or {@link ChunkVectors#NONE} without a model or when
     * it fails. Ingestion workers call it concurrently; the model is asked one article at a time.
     */
    public synchronized ChunkVectors embed(Article article) {
        if (embedder.isEmpty()) {
            return ChunkVectors.NONE;
        }
        if (failedInARow >= GIVE_UP_AFTER) {
            failed.add(article.file());
            return ChunkVectors.NONE;
        }
        List<String> texts = article.chunks().stream().map(c -> article.text().substring(c.start(), c.end())).toList();
        if (texts.isEmpty()) {
            return new ChunkVectors(embedder.get().identity(), List.of());
        }
        try {
            List<float[]> vectors = embedder.get().embedPassages(texts);
            failedInARow = 0;
            return new ChunkVectors(embedder.get().identity(), vectors);
        } catch (RuntimeException e) {
            LOG.warnf("Embedding %s failed (%s); indexed for BM25 only, embedded again on the next sync",
                    article.file(), e.getMessage());
            failedInARow++;
            failed.add(article.file());
            return ChunkVectors.NONE;
        }
    }

    /** Files indexed without vectors although a model is configured. */
    public synchronized List<String> failed() {
        return List.copyOf(failed);
    }
}
