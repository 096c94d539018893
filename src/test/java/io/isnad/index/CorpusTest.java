package io.isnad.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.isnad.ingest.ArticleLoader;
import io.isnad.ingest.ChunkingSettings;
import io.isnad.retrieve.HybridRetriever;
import io.isnad.retrieve.Passage;
import io.isnad.retrieve.RetrievalSettings;
import io.isnad.retrieve.lexicon.QueryTranslator;

class CorpusTest {

    @TempDir
    Path tmp;

    private final ArticleLoader loader = new ArticleLoader(5_000_000, new ChunkingSettings(3, 1));
    private final HybridRetriever retriever = new HybridRetriever(new RetrievalSettings(1f, 0.3f, 1f, 0.3f, 100, 2, 0.7f, 1.5f, 15),
            QueryTranslator.load(Optional.empty()));

    private Path articles() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("articles"));
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            for (Path seed : seeds.toList()) {
                Files.copy(seed, dir.resolve(seed.getFileName()));
            }
        }
        return dir;
    }

    @Test
    void corruptFileIsSkippedAndReportedWhileTheOthersAreIndexed() throws IOException {
        Path dir = articles();
        Files.write(dir.resolve("broken.txt"), new byte[] {(byte) 0xC3, (byte) 0x28, 'a', 'b'});
        try (Corpus corpus = Corpus.open(dir, tmp.resolve("index"), loader)) {
            Corpus.RefreshReport report = corpus.refresh();
            assertEquals(5, report.indexed());
            assertEquals(1, report.skipped());
            ArticleStatus broken = Snapshots.statuses(corpus).stream().filter(s -> s.file().equals("broken.txt")).findFirst()
                    .orElseThrow();
            assertEquals(ArticleStatus.SKIPPED, broken.status());
            assertEquals("not valid UTF-8", broken.reason().orElseThrow());
            assertEquals(5, Snapshots.indexedFiles(corpus).size());
        }
    }

    @Test
    void anIndexWrittenByAnotherVersionIsRebuiltNotMisread() throws IOException {
        Path index = tmp.resolve("index");
        try (FSDirectory directory = FSDirectory.open(index);
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
            Document marker = new Document();
            marker.add(new StringField(IndexField.FILE.field(), "gone.txt", Field.Store.YES));
            marker.add(new StoredField(IndexField.FINGERPRINT.field(), "an old stored fingerprint"));
            writer.addDocument(marker);
            writer.commit();
        }
        try (Corpus corpus = Corpus.open(articles(), index, loader)) {
            assertEquals(5, corpus.refresh().sync().added());
            assertEquals(5, Snapshots.indexedFiles(corpus).size());
        }
    }

    @Test
    void restartWithUnchangedArticlesReindexesNothingAndChangesAreApplied() throws IOException {
        Path dir = articles();
        Path index = tmp.resolve("index");
        try (Corpus corpus = Corpus.open(dir, index, loader)) {
            assertEquals(5, corpus.refresh().sync().added());
        }
        Files.writeString(dir.resolve("005_new.txt"), "خبر جديد عن زيارة إلى طوكيو\nوصل الوفد إلى طوكيو صباح اليوم.");
        Files.delete(dir.resolve("004_a7545c0d5a910ec1.txt"));
        Files.writeString(dir.resolve("003_bda4f0888d9a15f7.txt"), "\nأضيفت جملة عن مدينة أوساكا.",
                java.nio.file.StandardOpenOption.APPEND);
        try (Corpus corpus = Corpus.open(dir, index, loader)) {
            SyncReport sync = corpus.refresh().sync();
            assertEquals(new SyncReport(1, 1, 1, 3, sync.millis()), sync);
            assertEquals(Set.of("000_7a1f042e14fe9a2d.txt", "001_beb8dc77d57e528b.txt", "002_18f32a539009a80b.txt",
                    "003_bda4f0888d9a15f7.txt", "005_new.txt"), Snapshots.indexedFiles(corpus));
            assertEquals("005_new.txt", top(corpus, "طوكيو"));
            assertEquals("003_bda4f0888d9a15f7.txt", top(corpus, "أوساكا"));
            assertTrue(Snapshots.retrieve(retriever, corpus, "الكلية الحربية في حمص", 5).passages().stream()
                    .noneMatch(p -> p.file().startsWith("004")), "a removed file is no longer found");
        }
        try (Corpus corpus = Corpus.open(dir, index, loader)) {
            assertEquals(5, corpus.refresh().sync().unchanged());
        }
    }

    @Test
    void aRestartAfterFilesWereOnlyRemovedDeletesThemAndCountsWhatIsLeft() throws IOException {
        Path dir = articles();
        Path index = tmp.resolve("index");
        Files.write(dir.resolve("broken.txt"), new byte[] {(byte) 0xC3, (byte) 0x28, 'a', 'b'});
        try (Corpus corpus = Corpus.open(dir, index, loader)) {
            corpus.refresh();
        }
        Files.delete(dir.resolve("004_a7545c0d5a910ec1.txt"));
        Files.delete(dir.resolve("broken.txt"));
        try (Corpus corpus = Corpus.open(dir, index, loader)) {
            Corpus.RefreshReport report = corpus.refresh();
            assertEquals(new SyncReport(0, 0, 2, 4, report.sync().millis()), report.sync());
            assertEquals(4, report.indexed());
            assertEquals(0, report.skipped());
            assertEquals(4, Snapshots.indexedFiles(corpus).size());
            assertEquals(4, Snapshots.statuses(corpus).size(), "the removed files are no longer listed");
        }
        try (Corpus corpus = Corpus.open(dir, index, loader)) {
            Corpus.RefreshReport report = corpus.refresh();
            assertEquals(new SyncReport(0, 0, 0, 4, report.sync().millis()), report.sync());
            assertEquals(4, report.indexed());
        }
    }

    @Test
    void theFirstRefreshUsesTheFolderAsListedWhileTheIndexOpenedAndTheNextListsItAgain() throws IOException {
        Path dir = articles();
        try (Corpus corpus = Corpus.open(dir, tmp.resolve("index"), loader)) {
            // Listed beside the opening of the index (a restart does both at once); this file came
            // later, once the listing was done (under load it may otherwise still be under way).
            ((LuceneCorpus) corpus).awaitListingAtOpen();
            Files.writeString(dir.resolve("005_later.txt"), "خبر لاحق عن زيارة إلى طوكيو\nوصل الوفد إلى طوكيو.");
            assertEquals(5, corpus.refresh().sync().added());
            assertEquals(1, corpus.refresh().sync().added());
            assertEquals("005_later.txt", top(corpus, "طوكيو"));
        }
    }

    @Test
    void aRefreshThatChangesNoFileStillListsNewUnreadableEntries() throws IOException {
        Path dir = articles();
        try (Corpus corpus = Corpus.open(dir, tmp.resolve("index"), loader)) {
            corpus.refresh();
            Path outside = Files.writeString(tmp.resolve("outside.txt"), "خبر خارج المجلد.");
            Files.createSymbolicLink(dir.resolve("link.txt"), outside);
            Corpus.RefreshReport report = corpus.refresh();
            assertEquals(5, report.sync().unchanged());
            assertEquals("link to a file outside the articles folder", Snapshots.statuses(corpus).stream()
                    .filter(s -> s.file().equals("link.txt")).findFirst().orElseThrow().reason().orElseThrow());
            assertEquals(5, Snapshots.indexedFiles(corpus).size());
        }
    }

    @Test
    void searchesKeepAnsweringWhileAReindexRuns() throws Exception {
        Path dir = articles();
        try (Corpus corpus = Corpus.open(dir, tmp.resolve("index"), loader)) {
            corpus.refresh();
            for (int i = 0; i < 30; i++) {
                Files.writeString(dir.resolve("extra_" + i + ".txt"), "خبر إضافي رقم " + i + "\nنص عن موضوع آخر تماما.");
            }
            Thread reindex = Thread.ofPlatform().start(() -> {
                try {
                    corpus.refresh();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            while (reindex.isAlive()) {
                assertEquals("000_7a1f042e14fe9a2d.txt", top(corpus, "اتفاقات أستانا"));
            }
            reindex.join();
            assertEquals(35, Snapshots.indexedFiles(corpus).size());
        }
    }

    @Test
    void passagesQuoteTheCatalogAtExactOffsets() throws IOException {
        try (Corpus corpus = Corpus.open(articles(), tmp.resolve("index"), loader)) {
            corpus.refresh();
            List<Passage> passages = Snapshots.retrieve(retriever, corpus, "قاعدة همدان الجوية", 5).passages();
            assertFalse(passages.isEmpty());
            assertEquals("001_beb8dc77d57e528b.txt", passages.get(0).file());
            for (Passage p : passages) {
                String text = Snapshots.article(corpus, p.file()).orElseThrow().text();
                assertTrue(p.start() >= 0 && p.end() <= text.length() && p.start() < p.end());
            }
            assertTrue(passages.stream().collect(java.util.stream.Collectors.groupingBy(Passage::file,
                    java.util.stream.Collectors.counting())).values().stream().allMatch(n -> n <= 2));
        }
    }

    /**
     * Each version's searcher keeps the counts and dictionary states of the terms it looked up: a
     * version that looked a word up before it was indexed (and found it nowhere) must not lend that
     * to the next version, nor take the next version's.
     */
    @Test
    void termCountsAndSearchesAreThoseOfEachSnapshotsOwnVersion() throws IOException {
        Path dir = articles();
        try (Corpus corpus = Corpus.open(dir, tmp.resolve("index"), loader)) {
            corpus.refresh();
            try (Snapshot before = corpus.acquire()) {
                String stem = before.analyzers().tokens(IndexField.ARABIC, "زنجفيلوبراق").get(0);
                Query query = new BoostQuery(new TermQuery(new Term(IndexField.ARABIC.field(), stem)), 2f);
                assertEquals(0, before.docFreq(IndexField.ARABIC, stem));
                assertTrue(before.search(query, 5).isEmpty());
                Files.writeString(dir.resolve("005_new.txt"), "خبر جديد\nأعلن المتحدث أن مشروع زنجفيلوبراق سيكتمل.");
                corpus.refresh();
                try (Snapshot after = corpus.acquire()) {
                    assertEquals(1, after.docFreq(IndexField.ARABIC, stem), "the re-indexed version counts the new word");
                    assertEquals(List.of("005_new.txt"), after.search(query, 5).stream().map(ChunkHit::file).toList());
                }
                assertEquals(0, before.docFreq(IndexField.ARABIC, stem), "an older version keeps its own counts");
                assertTrue(before.search(query, 5).isEmpty(), "and finds what it held");
            }
        }
    }

    private String top(Corpus corpus, String question) {
        return Snapshots.retrieve(retriever, corpus, question, 1).passages().get(0).file();
    }
}
