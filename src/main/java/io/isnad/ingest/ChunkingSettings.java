package io.isnad.ingest;

/** How sentences are grouped into chunks. */
public record ChunkingSettings(int sentences, int overlap) {

    public ChunkingSettings {
        if (sentences < 1 || overlap < 0 || overlap >= sentences) {
            throw new IllegalArgumentException(
                    "chunk sentences must be at least 1 and overlap smaller than it, got " + sentences + "/" + overlap);
        }
    }
}
