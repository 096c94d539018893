package io.isnad.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.isnad.ingest.ArticleLoader;
import io.isnad.ingest.ChunkingSettings;

/**
 * Compaction merges an index of many segments into one, durably, without changing what a search
 * finds, while snapshots taken before it go on reading the old segments; a large index of few
 * segments is left alone, a small one is merged whenever it has several.
 */
class CompactionTest {

    private static final String[] CITIES = {"طوكيو", "مدريد", "نيروبي", "لشبونة", "كراكاس", "أوساكا"};

    @TempDir
    Path tmp;

    private final ArticleLoader loader = new ArticleLoader(100_000, new ChunkingSettings(3, 1));

    @Test
    void manySegmentsBecomeOneAndSearchesFindTheSame() throws IOException {
        Path dir = articles(0);
        Path indexDir = tmp.resolve("index");
        try (Corpus corpus = Corpus.open(dir, indexDir, loader, Optional.empty(), new IndexSettings(1, Duration.ZERO, 8, 1))) {
            // One file per refresh, so one commit and one segment each: a single refresh of all the
            // files may group several into one commit when they overlap.
            for (int i = 0; i < CITIES.length; i++) {
                writeArticle(dir, i);
                corpus.refresh();
            }
            assertTrue(committedSegments(indexDir) > LuceneCorpus.COMPACT_ABOVE_SEGMENTS,
                    "segments before: " + committedSegments(indexDir));
            try (Snapshot before = corpus.acquire()) {
                List<ChunkHit> found = before.search(query(before), 10);
                corpus.compact(false);
                assertEquals(1, committedSegments(indexDir));
                assertEquals(found, before.search(query(before), 10), "a snapshot taken before still reads");
                try (Snapshot after = corpus.acquire()) {
                    assertEquals(CITIES.length, found.size());
                    assertEquals(found.stream().map(ChunkHit::file).sorted().toList(),
                            after.search(query(after), 10).stream().map(ChunkHit::file).sorted().toList());
                    assertEquals(CITIES.length, after.statuses().size());
                }
            }
            Files.writeString(dir.resolve("a0.txt"), "خبر معدل\nوصل الوفد إلى برلين في زيارة قصيرة.");
            assertEquals(1, corpus.refresh().sync().updated(), "re-indexing goes on after the merge");
        }
    }

    @Test
    void oneSegmentIsLeftAlone() throws IOException {
        Path indexDir = tmp.resolve("index");
        try (Corpus corpus = Corpus.open(articles(1), indexDir, loader, Optional.empty(), new IndexSettings(1, Duration.ZERO, 8, 1))) {
            corpus.refresh();
            int segments = committedSegments(indexDir);
            assertEquals(1, segments);
            long version;
            try (Snapshot s = corpus.acquire()) {
                version = s.version().orElseThrow();
            }
            corpus.compact(false);
            assertEquals(segments, committedSegments(indexDir));
            try (Snapshot s = corpus.acquire()) {
                assertEquals(version, s.version().orElseThrow(), "nothing published");
            }
        }
    }

    @Test
    void aLargeIndexOfFewSegmentsIsLeftAloneUnlessABulkIngestionWroteThem() {
        int large = LuceneCorpus.SMALL_INDEX_DOCS + 1;
        assertFalse(LuceneCorpus.worthMerging(LuceneCorpus.COMPACT_ABOVE_SEGMENTS, large, false));
        assertTrue(LuceneCorpus.worthMerging(LuceneCorpus.COMPACT_ABOVE_SEGMENTS + 1, large, false));
        assertTrue(LuceneCorpus.worthMerging(2, large, true));
        assertFalse(LuceneCorpus.worthMerging(1, large, true));
        assertTrue(LuceneCorpus.worthMerging(2, LuceneCorpus.SMALL_INDEX_DOCS, false), "a small index is merged");
        assertFalse(LuceneCorpus.worthMerging(1, 10, false));
    }

    @Test
    void aSmallIndexOfTwoSegmentsBecomesOne() throws IOException {
        Path indexDir = tmp.resolve("index");
        try (Corpus corpus = twoSegments(indexDir)) {
            try (Snapshot before = corpus.acquire()) {
                List<ChunkHit> found = before.search(query(before), 10);
                corpus.compact(false);
                assertEquals(1, committedSegments(indexDir));
                try (Snapshot after = corpus.acquire()) {
                    assertEquals(2, found.size());
                    assertEquals(found, after.search(query(after), 10), "same hits, same scores, same order");
                }
            }
        }
    }

    @Test
    void afterABulkIngestionEvenTwoSegmentsBecomeOne() throws IOException {
        Path indexDir = tmp.resolve("index");
        try (Corpus corpus = twoSegments(indexDir)) {
            corpus.compact(true);
            assertEquals(1, committedSegments(indexDir));
            try (Snapshot s = corpus.acquire()) {
                assertEquals(2, s.statuses().size(), "both articles still there");
            }
        }
    }

    /** A corpus of two articles, each committed by a refresh of its own: two segments. */
    private Corpus twoSegments(Path indexDir) throws IOException {
        Path dir = articles(1);
        Corpus corpus = Corpus.open(dir, indexDir, loader, Optional.empty(), new IndexSettings(1, Duration.ZERO, 8, 1));
        corpus.refresh();
        writeArticle(dir, 1);
        corpus.refresh();
        assertEquals(2, committedSegments(indexDir), "one segment per refresh");
        return corpus;
    }

    private Path articles(int count) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("articles"));
        for (int i = 0; i < count; i++) {
            writeArticle(dir, i);
        }
        return dir;
    }

    private static void writeArticle(Path dir, int i) throws IOException {
        Files.writeString(dir.resolve("a" + i + ".txt"), "خبر " + i + "\nوصل الوفد إلى " + CITIES[i]
                + " في زيارة قصيرة.");
    }

    /** Every chunk that mentions the delegation: each article has one. */
    private static Query query(Snapshot snapshot) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        snapshot.analyzers().tokens(IndexField.ARABIC, "الوفد").forEach(t -> any.add(
                new TermQuery(new Term(IndexField.ARABIC.field(), t)), BooleanClause.Occur.SHOULD));
        return any.build();
    }

    private static int committedSegments(Path indexDir) throws IOException {
        try (FSDirectory directory = FSDirectory.open(indexDir);
                DirectoryReader reader = DirectoryReader.open(directory)) {
            return reader.leaves().size();
        }
    }
}
