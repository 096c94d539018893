package io.isnad.index;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Settings of the index stage ({@code isnad.index.*}); the ranges are checked at start-up by
 * {@link IndexConfigCheck}.
 */
@ConfigMapping(prefix = "isnad.index")
public interface IndexConfig {

    /**
     * Where the index lives: {@code lucene} (default) on local disk, or {@code opensearch} in the
     * cluster of {@code isnad.opensearch.*}, which any number of Isnad nodes can share.
     */
    @WithDefault("lucene")
    IndexBackend backend();

    /** Folder of the Lucene index, relative to the working directory; created when missing. */
    @WithDefault("data/index")
    String dir();

    /**
     * Articles queued for the indexing threads at a time during a long ingestion; commits come
     * only between two such batches, so each holds whole batches. At least 1.
     */
    @WithDefault("2000")
    int commitEvery();

    /**
     * Least time between two commits of a long ingestion (the end is always committed): a crash
     * loses at most this long plus one batch of indexing, and every commit is a usable index.
     * Every commit writes each indexing thread's buffer as a small segment that is merged again
     * later, so committing often costs CPU; {@code 0s} commits after every batch. Not negative.
     */
    @WithDefault("30s")
    Duration commitInterval();

    /**
     * Megabytes of heap for recently quoted articles (text, sentences, tokens); the rest of the
     * catalog stays in the index files. At least 1.
     */
    @WithDefault("32")
    int articleCacheMb();

    /**
     * Threads that read and analyse changed files during an ingestion, all writing into the one
     * index writer; 0 (default) for one per core. Lower it on a machine shared with other work.
     */
    @WithDefault("0")
    int ingestThreads();

    /** The plain values, for code outside CDI. */
    default IndexSettings settings() {
        return new IndexSettings(commitEvery(), commitInterval(), articleCacheMb(), ingestThreads());
    }
}
