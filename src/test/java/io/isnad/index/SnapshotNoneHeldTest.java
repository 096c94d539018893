package io.isnad.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;

import io.isnad.index.embedding.Embedder;
import io.isnad.ingest.Article;

/**
 * {@link Snapshot#anyNoneHeld} as a remote index answers it: every key's terms counted in one batch, so a
 * question naming two known names costs the search cluster one round trip, not one per name.
 */
class SnapshotNoneHeldTest {

    private static final String FIELD = IndexField.GRAMS.field();

    /** A snapshot that holds the given terms and records each batch it is asked to count. */
    private static final class CountingSnapshot implements Snapshot {

        private final Set<String> held;
        private final List<Collection<Term>> batches = new ArrayList<>();

        CountingSnapshot(Set<String> held) {
            this.held = held;
        }

        @Override
        public Map<Term, Integer> docFreqs(Collection<Term> terms) {
            batches.add(List.copyOf(terms));
            Map<Term, Integer> counts = new HashMap<>();
            terms.forEach(term -> counts.put(term, held.contains(term.text()) ? 1 : 0));
            return counts;
        }

        @Override
        public int docFreq(IndexField field, String term) {
            throw new UnsupportedOperationException("counted in batches only");
        }

        @Override
        public IndexAnalyzers analyzers() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Embedder> embedder() {
            return Optional.empty();
        }

        @Override
        public List<ChunkHit> search(Query query, int k) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<ChunkHit> search(Query query, Query secondStage, int pool, int k) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<ChunkHit> nearest(float[] unitVector, int k) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int docCount(IndexField field) {
            return 1;
        }

        @Override
        public Optional<Article> article(String file) {
            return Optional.empty();
        }

        @Override
        public List<SentenceTokens> sentenceTokens(String file) {
            return List.of();
        }

        @Override
        public List<ArticleStatus> statuses() {
            return List.of();
        }

        @Override
        public void close() {
        }
    }

    private static List<Term> forms(String key) {
        return List.of(new Term(FIELD, key), new Term(FIELD, "ال" + key));
    }

    @Test
    void allTheKeysTermsAreCountedInOneBatch() {
        CountingSnapshot snapshot = new CountingSnapshot(Set.of("طوكيو"));
        assertTrue(snapshot.anyNoneHeld(List.of("طوكيو", "لبنان"), SnapshotNoneHeldTest::forms));
        assertEquals(1, snapshot.batches.size(), "one round trip for both names");
        assertEquals(4, snapshot.batches.getFirst().size());
    }

    @Test
    void aKeyIsUnheldOnlyWhenNoneOfItsTermsIsHeld() {
        // The second form alone is held: the name is written.
        CountingSnapshot snapshot = new CountingSnapshot(Set.of("السوريه"));
        assertFalse(snapshot.anyNoneHeld(List.of("سوريه", "سوريه"), SnapshotNoneHeldTest::forms));
        assertEquals(2, snapshot.batches.getFirst().size(), "a key asked twice is counted once");
        assertTrue(new CountingSnapshot(Set.of()).anyNoneHeld(List.of("سوريه"), SnapshotNoneHeldTest::forms));
    }
}
