package io.isnad.index;

import java.util.Comparator;

/** One chunk found by a search: the article file, the chunk's position in it, and its score. */
public record ChunkHit(String file, int chunk, float score) {

    /** Best score first; equal scores by file and chunk, never by the order documents happened to be written in. */
    public static final Comparator<ChunkHit> BEST_FIRST = Comparator.comparingDouble((ChunkHit h) -> -h.score())
            .thenComparing(ChunkHit::file).thenComparingInt(ChunkHit::chunk);
}
