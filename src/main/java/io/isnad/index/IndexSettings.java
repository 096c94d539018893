package io.isnad.index;

/**
 * How the embedded index writes and caches, as plain values for code outside CDI.
 *
 * @param commitEvery articles written between two commits of a long ingestion, so a crash loses at
 *        most this many; every commit is a usable index
 * @param articleCacheMegabytes bound of the cache of recently quoted articles (text, sentences,
 *        tokens) kept on the heap; everything else is read from the index files
 * @param ingestThreads threads that read and analyse changed files into the one writer; 0 for one
 *        per core
 */
public record IndexSettings(int commitEvery, int articleCacheMegabytes, int ingestThreads) {

    public static final IndexSettings DEFAULTS = new IndexSettings(2000, 32, 0);

    public IndexSettings {
        if (commitEvery < 1 || articleCacheMegabytes < 1) {
            throw new IllegalArgumentException("commit-every and article-cache-mb must be at least 1, got "
                    + commitEvery + " and " + articleCacheMegabytes);
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
