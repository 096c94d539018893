package io.isnad.ingest;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.isnad.config.ConfigProblems;
import io.isnad.config.StageConfigCheck;

/**
 * Finds every ingestion setting out of its range, naming its key, the chunks' by {@link ChunkingSettings}'s
 * rules: they refused a bad chunk size only once the articles were being read, as a stack trace and an index
 * that never became ready.
 */
@ApplicationScoped
class IngestConfigCheck implements StageConfigCheck {

    private final IngestConfig config;

    IngestConfigCheck(IngestConfig config) {
        this.config = config;
    }

    @Override
    public List<String> problems() {
        return new ConfigProblems()
                .atLeast("isnad.ingest.max-file-bytes", config.maxFileBytes(), 1)
                .addAll(ChunkingSettings.problems(config.chunkSentences(), config.chunkOverlap()))
                .list();
    }
}
