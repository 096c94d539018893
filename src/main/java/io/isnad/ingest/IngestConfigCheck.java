package io.isnad.ingest;

import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.isnad.config.ConfigProblems;
import io.quarkus.runtime.StartupEvent;

/**
 * Refuses to start with an ingestion setting out of its range, naming the key. Without it a bad
 * chunk size surfaced only once the articles were being read, as a stack trace and an index that
 * never became ready. It runs before the live corpus starts its ingestion (priority 1).
 */
@ApplicationScoped
class IngestConfigCheck {

    void check(@Observes @Priority(0) StartupEvent start, IngestConfig config) {
        ConfigProblems.refuseStartOn("ingestion", problems(config));
    }

    static List<String> problems(IngestConfig config) {
        return new ConfigProblems()
                .atLeast("isnad.ingest.max-file-bytes", config.maxFileBytes(), 1)
                .atLeast("isnad.ingest.chunk-sentences", config.chunkSentences(), 1)
                .between("isnad.ingest.chunk-overlap", config.chunkOverlap(), 0,
                        Math.max(0, config.chunkSentences() - 1))
                .list();
    }
}
