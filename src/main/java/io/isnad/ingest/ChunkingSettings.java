package io.isnad.ingest;

import java.util.List;

import io.isnad.config.ConfigProblems;

/** How sentences are grouped into chunks. */
public record ChunkingSettings(int sentences, int overlap) {

    public ChunkingSettings {
        List<String> problems = problems(sentences, overlap);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
    }

    /**
     * Every value out of its range, each naming its key: read at start-up ({@link IngestConfigCheck}) and here,
     * for settings made outside CDI, so the ranges have one home. An overlap as large as the chunk would never
     * move on.
     */
    static List<String> problems(int sentences, int overlap) {
        return new ConfigProblems()
                .atLeast("isnad.ingest.chunk-sentences", sentences, 1)
                .between("isnad.ingest.chunk-overlap", overlap, 0, Math.max(0, sentences - 1))
                .list();
    }
}
