package io.isnad.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.jboss.logging.Logger;

import io.isnad.index.embedding.Embedder;

/**
 * The Lucene index on local disk and its one writer. Each file's documents are replaced in one
 * atomic block and only {@link #commit()} makes changes durable, so a crash leaves the last commit
 * whole and usable. When another process holds the index (a running server while the CLI asks),
 * it opens read-only.
 */
final class LuceneIndex implements Closeable {

    private static final Logger LOG = Logger.getLogger(LuceneIndex.class);
    /** Fewer, larger flushes during a first ingestion; the buffer is empty again after each commit. */
    private static final double RAM_BUFFER_MB = 96;
    /** Kept in each commit's user data; an index of another layout is rebuilt from the files, never misread. */
    private static final String LAYOUT_KEY = "isnad.layout";
    private static final String LAYOUT = "catalog-3";

    private final Directory directory;
    private final IndexWriter writer;
    private final IndexAnalyzers analyzers;
    private final Optional<Embedder> embedder;

    private LuceneIndex(Directory directory, IndexWriter writer, IndexAnalyzers analyzers, Optional<Embedder> embedder) {
        this.directory = directory;
        this.writer = writer;
        this.analyzers = analyzers;
        this.embedder = embedder;
    }

    /** Opens (creating if needed) the index in {@code dir}; chunks get vectors from {@code embedder} when there is one. */
    static LuceneIndex open(Path dir, IndexAnalyzers analyzers, Optional<Embedder> embedder) throws IOException {
        Files.createDirectories(dir);
        Directory directory = FSDirectory.open(dir);
        try {
            // Only commit() commits: closing after a failed refresh must not commit half of it.
            boolean exists = DirectoryReader.indexExists(directory);
            boolean sameLayout = !exists || LAYOUT.equals(SegmentInfos.readLatestCommit(directory).getUserData().get(LAYOUT_KEY));
            if (!sameLayout) {
                LOG.warnf("Index %s was written by another version of Isnad; rebuilding it from the articles", dir);
            }
            IndexWriterConfig config = new IndexWriterConfig(analyzers.perField())
                    .setOpenMode(sameLayout ? IndexWriterConfig.OpenMode.CREATE_OR_APPEND : IndexWriterConfig.OpenMode.CREATE)
                    .setRAMBufferSizeMB(RAM_BUFFER_MB)
                    .setCommitOnClose(false);
            IndexWriter writer = new IndexWriter(directory, config);
            // A commit of an index of this layout keeps its layout mark; only a new or rebuilt
            // index needs one written (a restart then writes and syncs nothing).
            if (!exists || !sameLayout) {
                writer.setLiveCommitData(Map.of(LAYOUT_KEY, LAYOUT).entrySet());
                writer.commit();
            }
            return new LuceneIndex(directory, writer, analyzers, embedder);
        } catch (LockObtainFailedException e) {
            LOG.warnf("Index %s is held by another process; opening it read-only", dir);
            return new LuceneIndex(directory, null, analyzers, embedder);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    boolean readOnly() {
        return writer == null;
    }

    IndexAnalyzers analyzers() {
        return analyzers;
    }

    Optional<Embedder> embedder() {
        return embedder;
    }

    /** A reader of the index as written so far (read-only: as last committed). */
    DirectoryReader openReader() throws IOException {
        return writer != null ? DirectoryReader.open(writer) : DirectoryReader.open(directory);
    }

    /** A newer reader than {@code old}, or null when nothing changed. */
    DirectoryReader reopen(DirectoryReader old) throws IOException {
        return writer != null ? DirectoryReader.openIfChanged(old, writer) : DirectoryReader.openIfChanged(old);
    }

    /** Replaces every document of {@code file} with {@code docs}, atomically. Thread-safe. */
    void replace(String file, List<Document> docs) throws IOException {
        writer.updateDocuments(new Term(IndexField.FILE.field(), file), docs);
    }

    /**
     * Adds {@code docs}, the documents of a file the index holds nothing of, as one block: unlike
     * {@link #replace}, no deletion by the file's term is buffered and later applied to every
     * segment, work a first ingestion would do for each of its files to delete nothing. Thread-safe.
     */
    void add(List<Document> docs) throws IOException {
        writer.addDocuments(docs);
    }

    void delete(String file) throws IOException {
        writer.deleteDocuments(new Term(IndexField.FILE.field(), file));
    }

    /** Records a new size and time stamp for a file whose content did not change, without re-indexing it. */
    void touch(String file, long size, long modified) throws IOException {
        writer.updateDocValues(new Term(IndexField.CATALOG_FILE.field(), file),
                new NumericDocValuesField(IndexField.SIZE.field(), size),
                new NumericDocValuesField(IndexField.MODIFIED.field(), modified),
                new NumericDocValuesField(IndexField.READ_AT.field(), System.currentTimeMillis()));
    }

    /**
     * Merges every segment written so far into one, waiting until it is done; other threads may
     * write and commit meanwhile (their new segments stay apart). Durable only after {@link #commit()}.
     */
    void mergeIntoOne() throws IOException {
        writer.forceMerge(1);
    }

    /** Writes the largest buffered segment to disk, on the calling thread; false when nothing was buffered. */
    boolean flushNextBuffer() throws IOException {
        return writer.flushNextBuffer();
    }

    /** Makes everything written so far durable, as one usable commit. */
    void commit() throws IOException {
        writer.commit();
    }

    @Override
    public void close() throws IOException {
        if (writer != null) {
            writer.close();
        }
        directory.close();
    }
}
