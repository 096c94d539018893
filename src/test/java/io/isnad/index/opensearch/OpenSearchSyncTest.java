package io.isnad.index.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.isnad.index.ArticleStatus;
import io.isnad.index.IndexSettings;
import io.isnad.index.Snapshot;
import io.isnad.index.SyncReport;
import io.isnad.ingest.ArticleLoader;
import io.isnad.retrieve.HybridRetriever;
import io.isnad.retrieve.Passage;

/**
 * Two Isnad nodes on one cluster, one ingesting and one only reading: incremental sync by
 * fingerprint (add, change, delete) reaches the reader with nothing rebuilt on its side, and a
 * request that started before a re-index keeps reading the version it started with.
 */
class OpenSearchSyncTest {

    private static final String CHANGED = "003_bda4f0888d9a15f7.txt";
    private static final String REMOVED = "004_a7545c0d5a910ec1.txt";
    private static final String ADDED = "005_new.txt";

    @TempDir
    Path tmp;

    private final ArticleLoader loader = SeedArticles.LOADER;
    private final HybridRetriever retriever = SeedArticles.retriever();
    private ClusterSettings cluster;
    private OpenSearchCorpus ingester;
    private OpenSearchCorpus reader;
    private Path articles;

    @BeforeEach
    void twoNodes() throws IOException {
        cluster = TestCluster.settings(2, 0);
        articles = SeedArticles.copyInto(tmp.resolve("articles"));
        ingester = OpenSearchCorpus.open(articles, loader, cluster, IndexSettings.DEFAULTS, true);
        // The reader's folder does not exist: it must never read files, only the cluster.
        reader = OpenSearchCorpus.open(tmp.resolve("elsewhere"), loader, cluster, IndexSettings.DEFAULTS, false);
    }

    @AfterEach
    void removeIndex() throws IOException {
        if (reader == null) {
            // No cluster configured: the set-up was skipped (an assumption), so nothing was opened.
            return;
        }
        ingester.close();
        reader.close();
        ClusterTestIndexes.delete(cluster);
    }

    @Test
    void addChangeAndDeleteReachTheReadingNode() throws IOException {
        assertEquals(5, ingester.refresh().sync().added());
        assertEquals(5, reader.refresh().indexed(), "the reader lists what the ingesting node wrote");
        assertEquals(new SyncReport(0, 0, 0, 5, 0), withoutMillis(ingester.refresh().sync()),
                "an unchanged folder writes nothing");

        Files.writeString(articles.resolve(ADDED), "خبر جديد عن زيارة إلى طوكيو\nوصل الوفد إلى طوكيو صباح اليوم.");
        Files.delete(articles.resolve(REMOVED));
        Files.writeString(articles.resolve(CHANGED), "\nأضيفت جملة عن مدينة أوساكا.", StandardOpenOption.APPEND);
        assertEquals(new SyncReport(1, 1, 1, 3, 0), withoutMillis(ingester.refresh().sync()));

        try (Snapshot snapshot = reader.acquire()) {
            assertEquals(List.of("000_7a1f042e14fe9a2d.txt", "001_beb8dc77d57e528b.txt", "002_18f32a539009a80b.txt",
                    CHANGED, ADDED), snapshot.statuses().stream().map(ArticleStatus::file).toList());
            assertEquals(ADDED, top(snapshot, "طوكيو"));
            assertEquals(CHANGED, top(snapshot, "أوساكا"));
            assertTrue(snapshot.article(CHANGED).orElseThrow().text().endsWith("أضيفت جملة عن مدينة أوساكا."));
            assertTrue(snapshot.article(REMOVED).isEmpty());
            assertTrue(retriever.retrieve(snapshot, "الكلية الحربية في حمص", 5).passages().stream()
                    .noneMatch(p -> p.file().equals(REMOVED)), "a removed file is no longer found");
        }
    }

    @Test
    void aFileTouchedWithoutChangeKeepsItsArticle() throws IOException {
        ingester.refresh();
        Files.setLastModifiedTime(articles.resolve(CHANGED), FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        assertEquals(new SyncReport(0, 0, 0, 5, 0), withoutMillis(ingester.refresh().sync()));
        assertEquals(new SyncReport(0, 0, 0, 5, 0), withoutMillis(ingester.refresh().sync()),
                "the new time stamp is stored: the file is not read again");
        // The reader has not read it before, so nothing is cached: the article comes from the cluster.
        try (Snapshot snapshot = reader.acquire()) {
            assertTrue(snapshot.article(CHANGED).isPresent(), "the article survives the new time stamp");
        }
    }

    @Test
    void aRequestKeepsTheVersionItStartedWith() throws IOException {
        ingester.refresh();
        try (Snapshot before = reader.acquire()) {
            String oldText = before.article(CHANGED).orElseThrow().text();
            Files.writeString(articles.resolve(CHANGED), "\nأضيفت جملة عن مدينة أوساكا.", StandardOpenOption.APPEND);
            Files.delete(articles.resolve(REMOVED));
            ingester.refresh();

            assertEquals(oldText, before.article(CHANGED).orElseThrow().text(), "same text as before the re-index");
            assertTrue(before.article(REMOVED).isPresent(), "a file removed meanwhile is still there for this request");
            assertFalse(retriever.retrieve(before, "أوساكا", 5).passages().stream()
                    .anyMatch(p -> p.file().equals(CHANGED) && p.end() > oldText.length()),
                    "no passage of the new version");
            for (Passage p : retriever.retrieve(before, "عراقجي دمشق", 5).passages()) {
                String text = before.article(p.file()).orElseThrow().text();
                assertTrue(p.end() <= text.length(), "offsets point into the version this request reads");
            }
            try (Snapshot after = reader.acquire()) {
                assertTrue(after.article(CHANGED).orElseThrow().text().endsWith("أوساكا."));
                assertTrue(after.article(REMOVED).isEmpty());
            }
        }
    }

    private String top(Snapshot snapshot, String question) {
        List<Passage> passages = retriever.retrieve(snapshot, question, 1).passages();
        return passages.isEmpty() ? null : passages.get(0).file();
    }

    private static SyncReport withoutMillis(SyncReport sync) {
        return new SyncReport(sync.added(), sync.updated(), sync.removed(), sync.unchanged(), 0, sync.unembedded());
    }
}
