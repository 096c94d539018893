package io.isnad.index.embedding;

import java.util.List;

/**
 * The vectors of one article's chunks, by chunk index, and the model they came from; {@link #NONE}
 * when the article is indexed for BM25 only.
 */
public record ChunkVectors(String modelIdentity, List<float[]> vectors) {

    public static final ChunkVectors NONE = new ChunkVectors("", List.of());

    public boolean present() {
        return !vectors.isEmpty();
    }

    public float[] of(int chunk) {
        return vectors.get(chunk);
    }

    /** The fingerprint the index keeps for an article indexed with these vectors. */
    public String stamp(String articleFingerprint) {
        return stamp(articleFingerprint, modelIdentity);
    }

    /**
     * The article's fingerprint with the model folded in, so a different model (or vectors that
     * failed last time) makes the file "changed" and the next sync embeds it again. Without a
     * model it is the bare fingerprint, so indexes built before dense retrieval stay valid.
     */
    static String stamp(String articleFingerprint, String modelIdentity) {
        return modelIdentity.isEmpty() ? articleFingerprint : articleFingerprint + " " + modelIdentity;
    }
}
