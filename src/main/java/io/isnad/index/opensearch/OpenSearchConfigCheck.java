package io.isnad.index.opensearch;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.isnad.config.StageConfigCheck;
import io.isnad.index.IndexBackend;
import io.isnad.index.IndexConfig;

/**
 * Finds every cluster setting out of its range, naming its key, when {@code isnad.index.backend=opensearch}:
 * the settings were checked only when the corpus was opened, in the ingestion's thread, after the port had
 * opened. With the embedded index nothing of {@code isnad.opensearch.*} is read, so nothing of it is required.
 */
@ApplicationScoped
class OpenSearchConfigCheck implements StageConfigCheck {

    private final IndexConfig index;
    private final OpenSearchConfig config;

    OpenSearchConfigCheck(IndexConfig index, OpenSearchConfig config) {
        this.index = index;
        this.config = config;
    }

    @Override
    public List<String> problems() {
        if (index.backend() != IndexBackend.OPENSEARCH) {
            return List.of();
        }
        return ClusterSettings.problems(config.hosts(), config.index(), config.shards(), config.replicas(),
                config.username().isPresent() == config.password().isPresent(), config.timeout(),
                config.bulkArticles());
    }
}
