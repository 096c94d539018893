package io.isnad.index;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.isnad.config.StageConfigCheck;

/**
 * Finds every index setting out of its range, naming its key, by {@link IndexSettings}'s rules: they
 * refused the values only once the index was opened, in the ingestion's thread, with a stack trace and an
 * index that never became ready.
 */
@ApplicationScoped
class IndexConfigCheck implements StageConfigCheck {

    private final IndexConfig config;

    IndexConfigCheck(IndexConfig config) {
        this.config = config;
    }

    @Override
    public List<String> problems() {
        return IndexSettings.problems(config.commitEvery(), config.commitInterval(), config.articleCacheMb(),
                config.ingestThreads());
    }
}
