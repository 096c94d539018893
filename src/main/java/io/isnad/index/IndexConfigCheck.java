package io.isnad.index;

import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.isnad.config.ConfigProblems;
import io.quarkus.runtime.StartupEvent;

/**
 * Refuses to start with an index setting out of its range, naming the key. {@link IndexSettings}
 * refuses the same values, but only once the index is opened, in the ingestion's thread: a stack
 * trace and an index that never became ready. It runs before the live corpus opens the index
 * (priority 1).
 */
@ApplicationScoped
class IndexConfigCheck {

    void check(@Observes @Priority(0) StartupEvent start, IndexConfig config) {
        ConfigProblems.refuseStartOn("index", problems(config));
    }

    static List<String> problems(IndexConfig config) {
        return new ConfigProblems()
                .atLeast("isnad.index.commit-every", config.commitEvery(), 1)
                .check(!config.commitInterval().isNegative(),
                        "isnad.index.commit-interval must be 0s or more, got " + config.commitInterval())
                .atLeast("isnad.index.article-cache-mb", config.articleCacheMb(), 1)
                .atLeast("isnad.index.ingest-threads", config.ingestThreads(), 0)
                .list();
    }
}
