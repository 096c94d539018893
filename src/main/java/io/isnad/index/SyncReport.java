package io.isnad.index;

/** What one synchronisation of the index with the articles folder changed. */
public record SyncReport(int added, int updated, int removed, int unchanged, long millis) {
}
