package io.isnad.index;

/**
 * How the embedded index writes and caches, as plain values for code outside CDI.
 *
 * @param commitEvery articles written between two commits of a long ingestion, so a crash loses at
 *        most this many; every commit is a usable index
 * @param articleCacheMegabytes bound of the cache of recently quoted articles (text, sentences,
 *        tokens) kept on the heap; everything else is read from the index files
 */
public record IndexSettings(int commitEvery, int articleCacheMegabytes) {

    public static final IndexSettings DEFAULTS = new IndexSettings(2000, 32);

    public IndexSettings {
        if (commitEvery < 1 || articleCacheMegabytes < 1) {
            throw new IllegalArgumentException("commit-every and article-cache-mb must be at least 1, got "
                    + commitEvery + " and " + articleCacheMegabytes);
        }
    }
}
