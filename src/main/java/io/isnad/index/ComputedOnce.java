package io.isnad.index;

import java.util.function.Supplier;

/**
 * A value of one index version computed on its first use and kept: what only some requests read (the
 * article list, the root skeletons, the words by their consonants) is not built when the version opens.
 * Two threads may both compute it at first; a version never changes, so either result is the same and no
 * lock is taken.
 */
final class ComputedOnce<T> {

    private volatile T value;

    /** The kept value, computed by {@code compute} the first time. */
    T get(Supplier<T> compute) {
        T kept = value;
        if (kept == null) {
            kept = compute.get();
            value = kept;
        }
        return kept;
    }
}
