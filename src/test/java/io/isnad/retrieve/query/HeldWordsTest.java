package io.isnad.retrieve.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Collectors;

import org.apache.lucene.index.Term;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.isnad.index.Corpus;
import io.isnad.index.IndexField;
import io.isnad.index.Snapshot;
import io.isnad.ingest.ArticleLoader;
import io.isnad.ingest.ChunkingSettings;
import io.isnad.ingest.arabic.ArabicTextNormalizer;

/** A word's count is read from the question's batched counts where they have it, else from the index. */
class HeldWordsTest {

    @TempDir
    Path tmp;
    private Corpus corpus;
    private Snapshot snapshot;

    @BeforeEach
    void indexArticle() throws IOException {
        Path articles = Files.createDirectories(tmp.resolve("articles"));
        Files.writeString(articles.resolve("a.txt"), "خبر\nولد الإسكندر الأكبر في مقدونيا.\n");
        corpus = Corpus.open(articles, tmp.resolve("index"), new ArticleLoader(5_000_000, new ChunkingSettings(3, 1)));
        corpus.refresh();
        snapshot = corpus.acquire();
    }

    @AfterEach
    void close() throws IOException {
        snapshot.close();
        corpus.close();
    }

    @Test
    void readsTheBatchedCountsBeforeTheIndex() {
        String word = ArabicTextNormalizer.normalize("مقدونيا");
        assertEquals(OptionalInt.of(1), HeldWords.of(snapshot).chunks(word), "counted by the index");
        // Counts that differ from the index's show which was read: a word the batch counted is not looked up again.
        Map<Term, Integer> counted = snapshot.analyzers().tokens(IndexField.ARABIC, word).stream()
                .collect(Collectors.toMap(stem -> new Term(IndexField.ARABIC.field(), stem), stem -> 0));
        HeldWords batched = new HeldWords(snapshot, counted);
        assertFalse(batched.held(word));
        assertEquals(OptionalInt.empty(), batched.chunks(word));
        assertTrue(batched.held(ArabicTextNormalizer.normalize("الإسكندر")), "a word the batch did not count");
    }
}
