package io.isnad.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.jboss.logging.Logger;

import com.github.benmanes.caffeine.cache.Cache;

import io.isnad.index.embedding.ChunkVectors;
import io.isnad.index.embedding.Embedder;
import io.isnad.index.embedding.EmbeddingRun;
import io.isnad.ingest.Article;
import io.isnad.ingest.ArticleFile;
import io.isnad.ingest.ArticleLoader;
import io.isnad.ingest.FolderScan;
import io.isnad.ingest.LoadOutcome;

/**
 * The embedded backend of {@link Corpus}: the Lucene index holds the chunks and, beside them, each
 * article's catalog document, so nothing about an article lives on the heap but a bounded cache of
 * recently quoted ones. A refresh reads only files whose size or time stamp changed, parses them
 * on every core into the one writer, commits between batches of {@link IndexSettings#commitEvery()}
 * files at most every {@link IndexSettings#commitInterval()}, and publishes the new version once
 * complete.
 */
final class LuceneCorpus implements Corpus {

    private static final Logger LOG = Logger.getLogger(LuceneCorpus.class);
    /**
     * Segments left alone after small refreshes: merging a large index costs seconds of a core, and
     * the small segments a few changed files add cost searches little.
     */
    static final int COMPACT_ABOVE_SEGMENTS = 3;
    /**
     * An index of at most this many documents (chunks and catalog documents) is merged into one
     * segment whenever it has several: merging it takes a fraction of a second of a background
     * thread (the seeds: 0.3 s at load 28), while every search sets up each of a question's 100-300
     * term clauses once per segment, which on a small index is most of the search
     * (docs/performance.md, "Fourteenth round").
     */
    static final int SMALL_INDEX_DOCS = 10_000;

    private final Path articlesDir;
    private final ArticleLoader loader;
    private final LuceneIndex index;
    private final IndexSettings settings;
    private final Cache<String, CatalogDocuments.Parsed> articles;
    /**
     * The folder as listed while the index opened, for the first refresh; taken (set to null) by it.
     * Listing 20,000 files and opening the index are independent, so a restart does both at once.
     */
    private final AtomicReference<CompletableFuture<FolderScan>> scanAtOpen;
    private volatile IndexGeneration current;
    /**
     * Whether the writer may hold documents the published version does not list: set while a
     * refresh writes and cleared once its version is published, so it stays set after a refresh
     * that failed half-way (its files may be written, even committed, yet listed nowhere). A file
     * the published catalog lacks is then replaced, never just added, so it cannot be indexed twice.
     */
    private boolean unpublishedWrites;

    private LuceneCorpus(Path articlesDir, ArticleLoader loader, LuceneIndex index, IndexSettings settings,
            IndexGeneration current, CompletableFuture<FolderScan> scanAtOpen) {
        this.articlesDir = articlesDir;
        this.loader = loader;
        this.index = index;
        this.settings = settings;
        this.current = current;
        this.scanAtOpen = new AtomicReference<>(scanAtOpen);
        this.articles = CatalogDocuments.cache(settings);
    }

    static LuceneCorpus open(Path articlesDir, Path indexDir, ArticleLoader loader, Optional<Embedder> embedder,
            IndexSettings settings) throws IOException {
        long started = System.nanoTime();
        CompletableFuture<FolderScan> scan = scanInBackground(articlesDir, loader);
        LuceneIndex index = LuceneIndex.open(indexDir, new IndexAnalyzers(), embedder);
        try {
            IndexGeneration opened = IndexGeneration.of(index.openReader(), List.of());
            LOG.infof("Opened the index %s: %d files in its catalog, in %d ms", indexDir, opened.listed(),
                    (System.nanoTime() - started) / 1_000_000);
            LuceneCorpus corpus = new LuceneCorpus(articlesDir, loader, index, settings, opened, scan);
            corpus.listWordsInBackground(opened);
            return corpus;
        } catch (IOException | RuntimeException e) {
            index.close();
            throw e;
        }
    }

    private static CompletableFuture<FolderScan> scanInBackground(Path articlesDir, ArticleLoader loader) {
        CompletableFuture<FolderScan> scan = new CompletableFuture<>();
        Thread.ofPlatform().name("isnad-scan").daemon().start(() -> {
            try {
                scan.complete(loader.scan(articlesDir));
            } catch (IOException | RuntimeException e) {
                scan.completeExceptionally(e);
            }
        });
        return scan;
    }

    /**
     * Waits until the listing started at open is done, when the first refresh has not taken it yet:
     * a test that changes the folder after opening must know whether the listing saw the change,
     * which on a loaded machine it may not have made yet.
     */
    void awaitListingAtOpen() {
        CompletableFuture<FolderScan> atOpen = scanAtOpen.get();
        if (atOpen != null) {
            atOpen.handle((scan, failure) -> scan).join();
        }
    }

    /** The folder's files: as listed while opening for the first refresh, listed now for every later one. */
    private FolderScan scan() throws IOException {
        CompletableFuture<FolderScan> atOpen = scanAtOpen.getAndSet(null);
        if (atOpen == null) {
            return loader.scan(articlesDir);
        }
        try {
            return atOpen.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
    }

    @Override
    public Snapshot acquire() {
        while (true) {
            IndexGeneration generation = current;
            if (generation.tryAcquire()) {
                return new LuceneSnapshot(generation, index, articles);
            }
            // Retired between the read and the reference: the next one is already published.
        }
    }

    @Override
    public boolean writable() {
        return !index.readOnly();
    }

    @Override
    public synchronized RefreshReport refresh(Progress progress) throws IOException {
        long started = System.nanoTime();
        FolderScan scan = scan();
        SyncReport sync = index.readOnly() ? new SyncReport(0, 0, 0, scan.files().size(), 0) : write(scan, progress);
        DirectoryReader reader = index.reopen(current.reader());
        publish(reader == null ? current.withScanSkipped(scan.skipped()) : IndexGeneration.of(reader, scan.skipped()));
        unpublishedWrites = false;
        IndexGeneration published = current;
        int indexed = published.indexed();
        int skipped = published.listed() - indexed;
        long millis = (System.nanoTime() - started) / 1_000_000;
        LOG.infof("Ingested %s: %d articles, %d skipped; index +%d ~%d -%d =%d in %d ms", articlesDir, indexed,
                skipped, sync.added(), sync.updated(), sync.removed(), sync.unchanged(), millis);
        return new RefreshReport(indexed, skipped, sync, millis);
    }

    /**
     * One segment instead of the several a first ingestion writes (one per flush of each indexing
     * thread): every query looks each term up, and walks its postings, once per segment, and on a
     * 20,000-article archive six segments cost about a quarter of a question's time, and even the
     * three or four large ones a first ingestion leaves cost a fifth or more (docs/performance.md,
     * "Eighth round merged"), so after a large ingestion any second segment is merged, and so is
     * a small index's. Not synchronized while merging, so re-indexing goes on meanwhile.
     */
    @Override
    public void compact(boolean afterBulk) throws IOException {
        int segments = current.reader().leaves().size();
        if (index.readOnly() || !worthMerging(segments, current.reader().maxDoc(), afterBulk)) {
            return;
        }
        long started = System.nanoTime();
        LOG.infof("Merging the index's %d segments into one", segments);
        index.mergeIntoOne();
        synchronized (this) {
            index.commit();
            DirectoryReader merged = index.reopen(current.reader());
            if (merged != null) {
                publish(current.next(merged));
            }
        }
        LOG.infof("Merged the index's %d segments into one in %d ms", segments, (System.nanoTime() - started) / 1_000_000);
    }

    /** Whether an index of {@code segments} segments holding {@code documents} documents is merged into one. */
    static boolean worthMerging(int segments, int documents, boolean afterBulk) {
        return segments > (afterBulk || documents <= SMALL_INDEX_DOCS ? 1 : COMPACT_ABOVE_SEGMENTS);
    }

    private void publish(IndexGeneration next) {
        IndexGeneration previous = current;
        current = next;
        previous.release();
        listWordsInBackground(next);
    }

    /**
     * Lists a newly published version's Arabic words by their consonants ({@link Snapshot#wordsByConsonants})
     * on a thread of its own, off the request path: the first English question naming what no article writes
     * listed them itself, 90 ms on arcd-train's 4,805 words with the code not yet compiled, and on a large
     * archive more (docs/performance.md, "perf40"). The thread holds a reference to the version while it
     * lists; a version retired before the thread starts is skipped, and a failure (the index closed
     * meanwhile) only leaves the list to the first question that needs it, as before.
     */
    private void listWordsInBackground(IndexGeneration generation) {
        listInBackground(generation, LuceneSnapshot::listWordsByConsonants);
    }

    /**
     * The thread of {@link #listWordsInBackground}, listing {@code generation}'s words with {@code list}; returned
     * so that a test can wait for it.
     */
    static Thread listInBackground(IndexGeneration generation,
            Function<DirectoryReader, Map<String, List<String>>> list) {
        return Thread.ofVirtual().name("isnad-words").start(() -> {
            if (!generation.tryAcquire()) {
                return;
            }
            try {
                try {
                    generation.wordsByConsonants(() -> list.apply(generation.reader()));
                } finally {
                    generation.release();
                }
            } catch (RuntimeException e) {
                LOG.debugf(e, "Listing the index's words by their consonants in the background failed");
            }
        });
    }

    /** Brings the index in line with {@code scan}: reads changed files on every core, commits in batches. */
    private SyncReport write(FolderScan scan, Progress progress) throws IOException {
        long started = System.nanoTime();
        // A file missing from the catalog is in the index only if an earlier refresh failed after writing it.
        boolean addUnlisted = !unpublishedWrites;
        unpublishedWrites = true;
        String readWith = loader.settingsStamp() + "|" + index.embedder().map(Embedder::identity).orElse("");
        Map<String, CatalogEntry> previous = current.entries();
        List<ArticleFile> changed = new ArrayList<>();
        int unchanged = 0;
        int stillListed = 0;
        for (ArticleFile file : scan.files()) {
            CatalogEntry entry = previous.get(file.id());
            if (entry != null) {
                stillListed++;
            }
            if (entry != null && entry.unchanged(file, readWith)) {
                unchanged++;
            } else {
                changed.add(file);
            }
        }
        List<String> gone = stillListed == previous.size() ? List.of() : gone(previous, scan);
        progress.filesRead(unchanged, scan.files().size());
        EmbeddingRun embedding = EmbeddingRun.with(index.embedder());
        Counts counts = new Counts();
        int threads = settings.threadsFor(changed.size());
        try (ExecutorService pool = Executors.newFixedThreadPool(threads,
                Thread.ofPlatform().name("isnad-ingest-", 1).daemon().factory())) {
            int batchSize = settings.commitEvery();
            long lastCommit = System.nanoTime();
            Writes writes = new Writes(previous, readWith, embedding, addUnlisted, counts);
            List<Future<?>> batch = submit(pool, changed, 0, batchSize, writes);
            for (int from = 0; from < changed.size(); from += batchSize) {
                // The next batch is queued before this one is committed, so the workers keep
                // indexing while this thread flushes and syncs: a commit holds every file of this
                // batch whole, and perhaps some files of the next one, each of them whole too.
                List<Future<?>> next = submit(pool, changed, from + batchSize, batchSize, writes);
                awaitAll(batch);
                if (next.isEmpty()) {
                    flushInParallel(pool, threads);
                }
                if (next.isEmpty() || System.nanoTime() - lastCommit >= settings.commitInterval().toNanos()) {
                    index.commit();
                    lastCommit = System.nanoTime();
                    LOG.infof("Committed %d of %d changed files", from + batch.size(), changed.size());
                }
                // Told from this thread only, after each batch, so a progress display needs no locking.
                progress.filesRead(unchanged + from + batch.size(), scan.files().size());
                batch = next;
            }
        }
        for (String file : gone) {
            index.delete(file);
        }
        if (!gone.isEmpty() || !changed.isEmpty()) {
            index.commit();
        }
        return new SyncReport(counts.added.get(), counts.updated.get(), gone.size(),
                unchanged + counts.touched.get(), (System.nanoTime() - started) / 1_000_000, embedding.failed());
    }

    /**
     * The catalog's files that {@code scan} no longer lists. Only called when some are gone: the
     * scan lists each file once, so when every catalog entry was found among its files, none is.
     */
    private static List<String> gone(Map<String, CatalogEntry> catalog, FolderScan scan) {
        Set<String> listed = new HashSet<>();
        scan.files().forEach(file -> listed.add(file.id()));
        List<String> gone = new ArrayList<>();
        for (String file : catalog.keySet()) {
            if (!listed.contains(file)) {
                gone.add(file);
            }
        }
        return gone;
    }

    private List<Future<?>> submit(ExecutorService pool, List<ArticleFile> changed, int from, int count,
            Writes writes) {
        List<Future<?>> batch = new ArrayList<>();
        for (ArticleFile file : changed.subList(Math.min(from, changed.size()), Math.min(changed.size(), from + count))) {
            batch.add(pool.submit(() -> {
                ingest(file, writes);
                return null;
            }));
        }
        return batch;
    }

    /**
     * What every file of one refresh is written against: the catalog before it, the settings
     * stamp, the embedding run, whether a file the catalog lacks may be added without first
     * deleting its documents, and the counts.
     */
    private record Writes(Map<String, CatalogEntry> previous, String readWith, EmbeddingRun embedding,
            boolean addUnlisted, Counts counts) {
    }

    /**
     * Writes the buffered segments on every worker before the last commit, which would otherwise
     * write them all on this one thread while the other cores wait.
     */
    private void flushInParallel(ExecutorService pool, int threads) throws IOException {
        List<Future<?>> flushes = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            flushes.add(pool.submit(() -> {
                while (index.flushNextBuffer()) {
                    // each call writes the largest buffered segment; none left ends the loop
                }
                return null;
            }));
        }
        awaitAll(flushes);
    }

    /** Reads one changed file and writes its documents; a file whose bytes did not change only gets its new time stamp. */
    private void ingest(ArticleFile file, Writes writes) throws IOException {
        CatalogEntry before = writes.previous().get(file.id());
        String readWith = writes.readWith();
        EmbeddingRun embedding = writes.embedding();
        Counts counts = writes.counts();
        switch (loader.load(file)) {
            case LoadOutcome.Loaded loaded -> {
                Article article = loaded.article();
                if (before != null && before.indexed() && before.settings().equals(readWith)
                        && embedding.stamp(article).equals(before.fingerprint())) {
                    index.touch(file.id(), file.size(), file.modified());
                    counts.touched.incrementAndGet();
                    return;
                }
                ArticleAnalysis analysis = ArticleAnalysis.of(article, index.analyzers());
                ChunkVectors vectors = embedding.embed(article);
                String settingsUsed = loader.settingsStamp() + "|" + vectors.modelIdentity();
                Document catalog = CatalogDocuments.article(article, file, vectors.stamp(article.fingerprint()),
                        settingsUsed, analysis.sentenceForms());
                writeDocuments(file, before, writes, ChunkDocuments.of(article, analysis, vectors, catalog));
                (before == null || !before.indexed() ? counts.added : counts.updated).incrementAndGet();
            }
            case LoadOutcome.Skipped skipped ->
                writeDocuments(file, before, writes,
                        List.of(CatalogDocuments.skipped(file, skipped.reason(), readWith)));
        }
    }

    /** Writes a file's documents: added when the index holds none of the file, else replacing them. */
    private void writeDocuments(ArticleFile file, CatalogEntry before, Writes writes, List<Document> docs)
            throws IOException {
        if (before == null && writes.addUnlisted()) {
            index.add(docs);
        } else {
            index.replace(file.id(), docs);
        }
    }

    private static void awaitAll(List<Future<?>> batch) throws IOException {
        for (Future<?> task : batch) {
            try {
                task.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while indexing", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof IOException io) {
                    throw io;
                }
                throw new IOException("indexing failed: " + e.getCause().getMessage(), e.getCause());
            }
        }
    }

    @Override
    public synchronized void close() throws IOException {
        current.release();
        index.close();
    }

    /** What the parallel workers of one refresh did. */
    private static final class Counts {
        final AtomicInteger added = new AtomicInteger();
        final AtomicInteger updated = new AtomicInteger();
        final AtomicInteger touched = new AtomicInteger();
    }
}
