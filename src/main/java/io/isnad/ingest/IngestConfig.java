package io.isnad.ingest;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Settings of the ingest stage ({@code isnad.ingest.*}); the ranges are checked at start-up by
 * {@link IngestConfigCheck}.
 */
@ConfigMapping(prefix = "isnad.ingest")
public interface IngestConfig {

    /**
     * Whether this node writes the articles folder into the index, at start-up and on re-index.
     * Read with {@code isnad.index.backend=opensearch}, where one node ingests and the others only
     * answer from the shared cluster; the embedded index is always written by its own node.
     */
    @WithDefault("true")
    boolean enabled();

    /** Folder whose {@code *.txt} files are the articles, relative to the working directory. */
    @WithDefault("seeds")
    String dir();

    /** Files larger than this many bytes are skipped and reported. At least 1. */
    @WithDefault("5000000")
    long maxFileBytes();

    /** Sentences per retrievable chunk; at least 1. */
    @WithDefault("3")
    int chunkSentences();

    /**
     * Sentences shared by consecutive chunks, so an answer spanning a chunk border is still found whole;
     * 0 to one less than {@code chunk-sentences}.
     */
    @WithDefault("1")
    int chunkOverlap();

    /** The plain values, for code that runs outside CDI (the evaluation runner's temporary corpora). */
    default ChunkingSettings chunking() {
        return new ChunkingSettings(chunkSentences(), chunkOverlap());
    }
}
