package io.isnad.index;

/** One chunk found by a search: the article file, the chunk's position in it, and its score. */
public record ChunkHit(String file, int chunk, float score) {
}
