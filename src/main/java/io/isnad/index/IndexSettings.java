package io.isnad.index;

import java.time.Duration;

/**
 * How the embedded index writes and caches, as plain values for code outside CDI.
 *
 * @param commitEvery articles queued for the writers at a time during a long ingestion; a commit
 *        can come only between two such batches, so each commit holds whole batches
 * @param commitInterval least time between two commits of a long ingestion (the last batch is
 *        always committed): a crash loses at most this long plus one batch of indexing, and every
 *        commit is a usable index. Each commit writes every indexing thread's buffer as a small
 *        segment of its own, which Lucene merges again, so frequent commits cost a quarter of a
 *        first ingestion's CPU (docs/performance.md, "Eighth round: ingestion"); zero commits
 *        after every batch
 * @param articleCacheMegabytes bound of the cache of recently quoted articles (text, sentences,
 *        tokens) kept on the heap; everything else is read from the index files
 * @param ingestThreads threads that read and analyse changed files into the one writer; 0 for one
 *        per core
 */
public record IndexSettings(int commitEvery, Duration commitInterval, int articleCacheMegabytes, int ingestThreads) {

    public static final IndexSettings DEFAULTS = new IndexSettings(2000, Duration.ofSeconds(30), 32, 0);

    public IndexSettings {
        if (commitEvery < 1 || articleCacheMegabytes < 1) {
            throw new IllegalArgumentException("commit-every and article-cache-mb must be at least 1, got "
                    + commitEvery + " and " + articleCacheMegabytes);
        }
        if (commitInterval == null || commitInterval.isNegative()) {
            throw new IllegalArgumentException("commit-interval must be zero or more, got " + commitInterval);
        }
        if (ingestThreads < 0) {
            throw new IllegalArgumentException("ingest-threads must be 0 (one per core) or more, got " + ingestThreads);
        }
    }

    /** The threads a refresh of {@code changedFiles} files uses. */
    public int threadsFor(int changedFiles) {
        int wanted = ingestThreads == 0 ? Runtime.getRuntime().availableProcessors() : ingestThreads;
        return Math.max(1, Math.min(wanted, changedFiles));
    }
}
