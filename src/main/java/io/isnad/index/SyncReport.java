package io.isnad.index;

import java.util.List;

/**
 * What one synchronisation of the index with the articles folder changed.
 *
 * @param unembedded files indexed for BM25 only because the configured embedding model failed on them
 */
public record SyncReport(int added, int updated, int removed, int unchanged, long millis, List<String> unembedded) {

    public SyncReport(int added, int updated, int removed, int unchanged, long millis) {
        this(added, updated, removed, unchanged, millis, List.of());
    }
}
