package io.isnad.retrieve.query;

import java.util.Map;
import java.util.OptionalInt;

import org.apache.lucene.index.Term;

import io.isnad.index.IndexField;
import io.isnad.index.Snapshot;

/**
 * How many chunks hold a folded word, read first from the counts the question's one batched look-up
 * already made ({@code counted}) and only then from the index: a word the question already counted
 * costs neither a dictionary look-up nor, on a search cluster, a round trip (docs/performance.md,
 * "Twenty-seventh round").
 */
record HeldWords(Snapshot snapshot, Map<Term, Integer> counted) {

    /** Words counted by the index alone, before any batched look-up. */
    static HeldWords of(Snapshot snapshot) {
        return new HeldWords(snapshot, Map.of());
    }

    /** The most chunks any of a folded word's stems is held by; empty when none is held (or it has none). */
    OptionalInt chunks(String folded) {
        return snapshot.analyzers().tokens(IndexField.ARABIC, folded).stream()
                .mapToInt(this::docFreq).filter(n -> n > 0).max();
    }

    /** Whether some chunk holds one of a folded word's stems. */
    boolean held(String folded) {
        return chunks(folded).isPresent();
    }

    private int docFreq(String stem) {
        Term term = new Term(IndexField.ARABIC.field(), stem);
        Integer counted = this.counted.get(term);
        return counted != null ? counted : snapshot.docFreq(term);
    }
}
