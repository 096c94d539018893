package io.isnad.index;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.isnad.config.ConfigProblems;
import io.isnad.config.StageConfigCheck;

/**
 * Finds every index setting out of its range, naming its key. {@link IndexSettings}
 * refuses the same values, but only once the index is opened, in the ingestion's thread: a stack
 * trace and an index that never became ready.
 */
@ApplicationScoped
class IndexConfigCheck implements StageConfigCheck {

    private final IndexConfig config;

    IndexConfigCheck(IndexConfig config) {
        this.config = config;
    }

    @Override
    public List<String> problems() {
        return new ConfigProblems()
                .atLeast("isnad.index.commit-every", config.commitEvery(), 1)
                .check(!config.commitInterval().isNegative(),
                        "isnad.index.commit-interval must be 0s or more, got " + config.commitInterval())
                .atLeast("isnad.index.article-cache-mb", config.articleCacheMb(), 1)
                .atLeast("isnad.index.ingest-threads", config.ingestThreads(), 0)
                .list();
    }
}
