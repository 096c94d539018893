package io.isnad.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.isnad.ingest.ArticleLoader;
import io.isnad.ingest.ChunkingSettings;

/**
 * A file the index holds nothing of is added without deleting by its name first; whatever path
 * wrote it, each file is in the index once: a later change replaces it, and a file written by a
 * refresh that failed before publishing (so the catalog does not list it) is replaced, not added
 * a second time.
 */
class NewFileAdditionTest {

    private static final int FILES = 6;
    private static final int BATCH = 2;

    @TempDir
    Path tmp;

    private final ArticleLoader loader = new ArticleLoader(100_000, new ChunkingSettings(3, 1));
    /** A commit after every batch, one thread: the files of a batch are committed before the next batch is told. */
    private final IndexSettings settings = new IndexSettings(BATCH, Duration.ZERO, 8, 1);

    @Test
    void aNewFileThenChangedIsReplacedNotDuplicated() throws IOException {
        Path articles = articles();
        Path index = tmp.resolve("index");
        try (Corpus corpus = Corpus.open(articles, index, loader, Optional.empty(), settings)) {
            assertEquals(FILES, corpus.refresh().sync().added());
            Files.writeString(articles.resolve("a1.txt"), "\nوفي المساء زار الوفد متحف المدينة ثم غادر.\n",
                    StandardOpenOption.APPEND);
            assertEquals(1, corpus.refresh().sync().updated());
            assertEachFileOnce(corpus, index);
        }
    }

    @Test
    void aFileWrittenByAFailedRefreshIsReplacedByTheNextNotAddedTwice() throws IOException {
        Path articles = articles();
        Path index = tmp.resolve("index");
        try (Corpus corpus = Corpus.open(articles, index, loader, Optional.empty(), settings)) {
            // Told once before any file is read, then after each batch: the second call comes
            // after the first batch is written and committed, and stops the refresh there.
            AtomicInteger told = new AtomicInteger();
            Corpus.Progress failing = (done, total) -> {
                if (told.incrementAndGet() == 2) {
                    throw new IllegalStateException("stopped after the first batch");
                }
            };
            assertThrows(IllegalStateException.class, () -> corpus.refresh(failing));
            assertEquals(0, Snapshots.indexedFiles(corpus).size(), "the failed refresh published nothing");

            assertEquals(FILES, corpus.refresh().sync().added());
            assertEachFileOnce(corpus, index);
            Files.writeString(articles.resolve("a6.txt"), "خبر 6\nوصل الوفد في اليوم السادس إلى المدينة.");
            assertEquals(1, corpus.refresh().sync().added(), "after a published refresh, new files are added again");
            assertEachFileOnce(corpus, index);
        }
    }

    /** Every listed file has one catalog document, and the index holds exactly the chunks the catalog counts. */
    private static void assertEachFileOnce(Corpus corpus, Path index) throws IOException {
        int chunks = 0;
        try (FSDirectory directory = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            for (ArticleStatus status : Snapshots.statuses(corpus)) {
                assertEquals(1, searcher.count(new TermQuery(new Term(IndexField.CATALOG_FILE.field(), status.file()))),
                        status.file());
                assertEquals(status.chunks() + 1, searcher.count(new TermQuery(new Term(IndexField.FILE.field(),
                        status.file()))), status.file());
                chunks += status.chunks();
            }
            assertEquals(chunks, searcher.count(new TermQuery(new Term(IndexField.TYPE.field(),
                    ChunkDocuments.TYPE_CHUNK))));
        }
    }

    private Path articles() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("articles"));
        for (int i = 0; i < FILES; i++) {
            Files.writeString(dir.resolve("a" + i + ".txt"), "خبر " + i + "\nوصل الوفد في اليوم " + i
                    + " إلى المدينة في زيارة قصيرة. وعقد لقاءات مع المسؤولين. ثم عاد إلى بلاده.");
        }
        return dir;
    }
}
