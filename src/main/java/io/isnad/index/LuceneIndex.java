package io.isnad.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.jboss.logging.Logger;

import io.isnad.index.embedding.Embedder;
import io.isnad.index.embedding.EmbeddingRun;
import io.isnad.ingest.Article;

/**
 * The Lucene index on local disk. Updates are per file and committed atomically, so a crash mid-way
 * leaves the last commit usable; searchers see a new commit only once it is complete. When another
 * process holds the index (a running server while the CLI asks), it opens read-only.
 */
public final class LuceneIndex implements Closeable {

    private static final Logger LOG = Logger.getLogger(LuceneIndex.class);

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final IndexAnalyzers analyzers;
    private final Optional<Embedder> embedder;

    private LuceneIndex(Directory directory, IndexWriter writer, SearcherManager searchers, IndexAnalyzers analyzers,
            Optional<Embedder> embedder) {
        this.directory = directory;
        this.writer = writer;
        this.searchers = searchers;
        this.analyzers = analyzers;
        this.embedder = embedder;
    }

    /** Opens (creating if needed) the index in {@code dir}; chunks get vectors from {@code embedder} when there is one. */
    public static LuceneIndex open(Path dir, IndexAnalyzers analyzers, Optional<Embedder> embedder) throws IOException {
        Files.createDirectories(dir);
        Directory directory = FSDirectory.open(dir);
        try {
            // Only sync() commits, once per complete pass: closing after a failed sync must not
            // commit half of it.
            IndexWriterConfig config = new IndexWriterConfig(analyzers.perField())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setCommitOnClose(false);
            IndexWriter writer = new IndexWriter(directory, config);
            writer.commit();
            return new LuceneIndex(directory, writer, new SearcherManager(writer, new SearcherFactory()), analyzers,
                    embedder);
        } catch (LockObtainFailedException e) {
            LOG.warnf("Index %s is held by another process; opening it read-only", dir);
            return new LuceneIndex(directory, null, new SearcherManager(directory, new SearcherFactory()), analyzers,
                    embedder);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    public boolean readOnly() {
        return writer == null;
    }

    public IndexAnalyzers analyzers() {
        return analyzers;
    }

    /** The model that embedded the chunks, which questions must be embedded with too. */
    public Optional<Embedder> embedder() {
        return embedder;
    }

    /**
     * Makes the index hold exactly {@code articles}: files whose fingerprint is unchanged are left
     * alone, others replaced, files no longer present removed. Serialised; searches go on meanwhile.
     */
    public synchronized SyncReport sync(Collection<Article> articles) throws IOException {
        long started = System.nanoTime();
        if (readOnly()) {
            return new SyncReport(0, 0, 0, articles.size(), 0);
        }
        Map<String, String> indexed = indexedFingerprints();
        EmbeddingRun embedding = EmbeddingRun.with(embedder);
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        for (Article article : articles) {
            String previous = indexed.remove(article.file());
            if (embedding.stamp(article).equals(previous)) {
                unchanged++;
                continue;
            }
            List<Document> docs = ChunkDocuments.of(article, embedding.embed(article));
            writer.updateDocuments(new Term(IndexField.FILE.field(), article.file()), docs);
            if (previous == null) {
                added++;
            } else {
                updated++;
            }
        }
        for (String gone : indexed.keySet()) {
            writer.deleteDocuments(new Term(IndexField.FILE.field(), gone));
        }
        if (added + updated + indexed.size() > 0) {
            writer.commit();
            searchers.maybeRefreshBlocking();
        }
        return new SyncReport(added, updated, indexed.size(), unchanged, (System.nanoTime() - started) / 1_000_000,
                embedding.failed());
    }

    /** Runs {@code search} against the latest committed index. */
    public <T> T search(SearchFunction<T> search) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return search.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("searching the index failed", e);
        }
    }

    /** File name to fingerprint of every article in the committed index. */
    Map<String, String> indexedFingerprints() {
        return search(searcher -> {
            Map<String, String> result = new HashMap<>();
            TermQuery markers = new TermQuery(new Term(IndexField.TYPE.field(), ChunkDocuments.TYPE_ARTICLE));
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc hit : searcher.search(markers, Math.max(1, searcher.getIndexReader().maxDoc())).scoreDocs) {
                Document doc = stored.document(hit.doc, Set.of(IndexField.FILE.field(), IndexField.FINGERPRINT.field()));
                result.put(doc.get(IndexField.FILE.field()), doc.get(IndexField.FINGERPRINT.field()));
            }
            return result;
        });
    }

    /** Files present in the committed index. */
    public Set<String> indexedFiles() {
        return indexedFingerprints().keySet().stream().collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        if (writer != null) {
            writer.close();
        }
        directory.close();
    }

    /** A search that may throw {@link IOException}. */
    @FunctionalInterface
    public interface SearchFunction<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }
}
