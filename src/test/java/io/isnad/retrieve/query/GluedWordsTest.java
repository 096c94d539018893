package io.isnad.retrieve.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

import org.apache.lucene.index.Term;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.isnad.index.IndexField;
import io.isnad.index.Snapshot;
import io.isnad.ingest.arabic.ArabicTextNormalizer;

/** A word typed glued to the next is split only where the corpus holds both parts and not the whole. */
class GluedWordsTest {

    private static final Map<String, String> ARTICLES = Map.of(
            "a.txt", "الإسكندر الأكبر\nولد الإسكندر الأكبر في مقدونيا، وسمي التقويم باسمه، وعرف عبد الله الخواص المعدنية.\n",
            "b.txt", "خبر آخر\nأعلن عبدالرحمن اسم المدينة الجديدة في مؤتمر صحفي عن الخواص.\n");

    @TempDir
    Path tmp;
    private IndexedArticles articles;
    private Snapshot snapshot;

    @BeforeEach
    void indexArticles() throws IOException {
        articles = new IndexedArticles(tmp, ARTICLES);
        snapshot = articles.snapshot();
    }

    @AfterEach
    void close() throws IOException {
        articles.close();
    }

    @Test
    void splitsAtTheSeamsAMissingSpaceLeaves() {
        assertEquals(Optional.of("الاسكندر الاكبر"), split("الإسكندرالأكبر"), "two held words");
        assertEquals(Optional.of("سمي التقويم"), split("سميالتقويم"), "a verb glued to a noun");
        assertEquals(Optional.of("ما الاسم"), split("ماالاسم"), "an opening question word");
        assertEquals(Optional.of("ما اسم"), split("ماسم"), "the two alifs written as one");
        assertEquals(Optional.of("الخواص"), split("االخواص"), "a doubled alif");
    }

    @Test
    void leavesWhatTheCorpusDoesNotSplit() {
        assertEquals(Optional.empty(), split("عبدالرحمن"), "held as written");
        assertEquals(Optional.empty(), split("ماهي"), "a stop word as written");
        assertEquals(Optional.empty(), split("مقدونياتيرانا"), "one part is held by no chunk");
        assertEquals(Optional.empty(), split("مقدونياولد"), "both held, but no seam of a missing space");
        assertEquals(Optional.empty(), split("فيالخواص"), "a stop word before the article");
        assertEquals(Optional.empty(), GluedWords.heldSplit(ArabicTextNormalizer.normalize("ماسم"), false,
                HeldWords.of(snapshot)),
                "a question word is glued only where it opens the question");
    }

    @Test
    void splitsTheWordInsideAWholeQuestion() {
        assertEquals(ArabicTextNormalizer.normalize("متى ولد الإسكندر الأكبر"),
                GluedWords.split(ArabicTextNormalizer.normalize("متى ولد الإسكندرالأكبر"), snapshot, Map.of()));
    }

    @Test
    void readsTheBatchedCountsBeforeTheIndex() {
        // HeldWords, which counts for the split: counts that differ from the index's show which was
        // read, so a word the question's batched look-up counted is not looked up again.
        String word = ArabicTextNormalizer.normalize("مقدونيا");
        assertEquals(OptionalInt.of(1), HeldWords.of(snapshot).chunks(word), "counted by the index");
        Map<Term, Integer> counted = snapshot.analyzers().tokens(IndexField.ARABIC, word).stream()
                .collect(Collectors.toMap(stem -> new Term(IndexField.ARABIC.field(), stem), stem -> 0));
        HeldWords batched = new HeldWords(snapshot, counted);
        assertFalse(batched.held(word));
        assertEquals(OptionalInt.empty(), batched.chunks(word));
        assertTrue(batched.held(ArabicTextNormalizer.normalize("الإسكندر")), "a word the batch did not count");
    }

    private Optional<String> split(String word) {
        return GluedWords.heldSplit(ArabicTextNormalizer.normalize(word), true, HeldWords.of(snapshot));
    }
}
