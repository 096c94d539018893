package io.isnad.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import io.isnad.index.embedding.Embedder;
import io.isnad.ingest.ArticleLoader;

/**
 * An articles folder together with its index. Everything a request reads (search hits, article
 * text, sentences, offsets, tokens, the article list) comes from one {@link Snapshot}, so a
 * re-index running meanwhile can never mix two versions of a file into one answer. The live
 * service has one corpus; the evaluation runner builds temporary ones. The embedded Lucene index
 * is the backend today; another (a search cluster) implements the same two methods.
 */
public interface Corpus extends Closeable {

    /**
     * The latest published version of the index, held until the snapshot is closed: always use it
     * in try-with-resources, one per request.
     */
    Snapshot acquire();

    /**
     * Re-reads the folder and brings the index in line with it: files whose size and modification
     * time are unchanged are not read again, changed ones are re-parsed and replaced, removed ones
     * deleted. Snapshots acquired before go on seeing the previous version until closed.
     */
    default RefreshReport refresh() throws IOException {
        return refresh(Progress.NONE);
    }

    /** Like {@link #refresh()}, telling {@code progress} as the changed files are read and indexed. */
    RefreshReport refresh(Progress progress) throws IOException;

    /**
     * Merges the index into fewer, larger parts when a large ingestion left it in many, which every
     * search would otherwise visit one by one; searches and refreshes go on meanwhile. Takes a while
     * on a large archive, so it is run in the background after start-up; a no-op where the index
     * needs none (a search cluster merges on its own).
     *
     * @param afterBulk whether the refresh before it wrote a large ingestion, whose few large
     *        segments are merged too: on an archive they cost searches more than the merge costs
     */
    default void compact(boolean afterBulk) throws IOException {
    }

    /**
     * Whether requests can be answered now: always for the embedded index; for a remote one,
     * whether it answers. Readiness reports it.
     */
    default boolean available() {
        return true;
    }

    /** Opens (creating when missing) the embedded Lucene index of {@code articlesDir}; call {@link #refresh()} to ingest. */
    static Corpus open(Path articlesDir, Path indexDir, ArticleLoader loader) throws IOException {
        return open(articlesDir, indexDir, loader, Optional.empty(), IndexSettings.DEFAULTS);
    }

    /** The same, with chunk vectors from {@code embedder} beside the BM25 fields when there is one. */
    static Corpus open(Path articlesDir, Path indexDir, ArticleLoader loader, Optional<Embedder> embedder)
            throws IOException {
        return open(articlesDir, indexDir, loader, embedder, IndexSettings.DEFAULTS);
    }

    /** The same, with explicit index settings. */
    static Corpus open(Path articlesDir, Path indexDir, ArticleLoader loader, Optional<Embedder> embedder,
            IndexSettings settings) throws IOException {
        return LuceneCorpus.open(articlesDir, indexDir, loader, embedder, settings);
    }

    /**
     * Whether this process may write the index: false when another process (a running server)
     * holds it, so a refresh only reads what that process committed.
     */
    boolean writable();

    /** Told as ingestion goes, so a terminal can show how far it has got. */
    @FunctionalInterface
    interface Progress {

        Progress NONE = (done, total) -> {
        };

        void filesRead(int done, int total);
    }

    /** Counts of one refresh. */
    record RefreshReport(int indexed, int skipped, SyncReport sync, long millis) {
    }
}
