package io.isnad.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.isnad.ingest.ArticleLoader;
import io.isnad.ingest.ChunkingSettings;

/**
 * A long ingestion commits between batches only once the commit interval has passed since the
 * last commit, and always at the end; with no interval it commits after every batch. Each commit
 * is one more generation of the index's commit point.
 */
class CommitIntervalTest {

    private static final int FILES = 6;
    private static final int BATCH = 2;

    @TempDir
    Path tmp;

    private final ArticleLoader loader = new ArticleLoader(100_000, new ChunkingSettings(3, 1));

    /**
     * The next batch is queued before a commit, so its files may already be in the writer and a
     * later commit may find nothing new (Lucene then writes no generation): of three batches'
     * commits at least two are new, the third only when the writer had not run ahead.
     */
    @Test
    void noIntervalCommitsBetweenBatches() throws IOException {
        long commits = commitsOfOneRefresh(Duration.ZERO);
        assertTrue(commits >= 2 && commits <= FILES / BATCH, "commits: " + commits);
    }

    @Test
    void aLongIntervalCommitsOnlyTheEnd() throws IOException {
        assertEquals(1, commitsOfOneRefresh(Duration.ofHours(1)));
    }

    @Test
    void everyFileIsIndexedWhateverTheCommits() throws IOException {
        Path articles = articles();
        try (Corpus corpus = Corpus.open(articles, tmp.resolve("index"), loader, Optional.empty(),
                new IndexSettings(BATCH, Duration.ofHours(1), 8, 2))) {
            assertEquals(FILES, corpus.refresh().sync().added());
        }
        try (Corpus reopened = Corpus.open(articles, tmp.resolve("index"), loader, Optional.empty(),
                new IndexSettings(BATCH, Duration.ofHours(1), 8, 2))) {
            assertEquals(FILES, reopened.refresh().sync().unchanged(), "the one commit at the end holds every file");
        }
    }

    /** Commits written by one refresh of {@link #FILES} new files in batches of {@link #BATCH}. */
    private long commitsOfOneRefresh(Duration interval) throws IOException {
        Path indexDir = tmp.resolve("index-" + interval.toSeconds());
        try (Corpus corpus = Corpus.open(articles(), indexDir, loader, Optional.empty(),
                new IndexSettings(BATCH, interval, 8, 1))) {
            long opened = generation(indexDir);
            corpus.refresh();
            return generation(indexDir) - opened;
        }
    }

    private static long generation(Path indexDir) throws IOException {
        try (FSDirectory directory = FSDirectory.open(indexDir)) {
            return SegmentInfos.readLatestCommit(directory).getGeneration();
        }
    }

    private Path articles() throws IOException {
        Path dir = tmp.resolve("articles");
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir);
            for (int i = 0; i < FILES; i++) {
                Files.writeString(dir.resolve("a" + i + ".txt"), "خبر " + i + "\nوصل الوفد في اليوم " + i
                        + " إلى المدينة في زيارة قصيرة.");
            }
        }
        return dir;
    }
}
