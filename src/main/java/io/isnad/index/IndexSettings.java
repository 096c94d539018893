package io.isnad.index;

import java.time.Duration;
import java.util.List;

import io.isnad.config.ConfigProblems;

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
        List<String> problems = problems(commitEvery, commitInterval, articleCacheMegabytes, ingestThreads);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
    }

    /**
     * Every value out of its range, each naming its key: read at start-up ({@link IndexConfigCheck}) and here, for
     * settings made outside CDI, so the ranges have one home.
     */
    static List<String> problems(int commitEvery, Duration commitInterval, int articleCacheMegabytes,
            int ingestThreads) {
        return new ConfigProblems()
                .atLeast("isnad.index.commit-every", commitEvery, 1)
                .check(commitInterval != null && !commitInterval.isNegative(),
                        "isnad.index.commit-interval must be 0s or more, got " + commitInterval)
                .atLeast("isnad.index.article-cache-mb", articleCacheMegabytes, 1)
                .atLeast("isnad.index.ingest-threads", ingestThreads, 0)
                .list();
    }

    /** The threads a refresh of {@code changedFiles} files uses. */
    public int threadsFor(int changedFiles) {
        int wanted = ingestThreads == 0 ? Runtime.getRuntime().availableProcessors() : ingestThreads;
        return Math.max(1, Math.min(wanted, changedFiles));
    }
}
