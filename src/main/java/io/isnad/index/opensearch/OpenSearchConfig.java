package io.isnad.index.opensearch;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Settings of the OpenSearch backend ({@code isnad.opensearch.*}), read only when
 * {@code isnad.index.backend=opensearch}; see README, "OpenSearch backend (scale-out)".
 */
@ConfigMapping(prefix = "isnad.opensearch")
public interface OpenSearchConfig {

    /** HTTP URLs of cluster nodes, comma-separated; requests go round the live ones and skip dead ones. */
    @WithDefault("http://127.0.0.1:9200")
    List<String> hosts();

    /**
     * Name prefix of Isnad's index; the index itself is {@code <prefix>-v<layout>}, so a change of
     * document layout starts a fresh index instead of mixing two.
     */
    @WithDefault("isnad")
    String index();

    /** Primary shards of a new index (ignored for an existing one). One per 20-40 GB of index is usual. */
    @WithDefault("1")
    int shards();

    /** Copies of each shard on other nodes; 0 suits one node, 1 or more keeps answering when a node is lost. */
    @WithDefault("0")
    int replicas();

    /** User for HTTP basic authentication; best given as the environment variable {@code ISNAD_OPENSEARCH_USERNAME}. */
    Optional<String> username();

    /** Password for HTTP basic authentication; best given as the environment variable {@code ISNAD_OPENSEARCH_PASSWORD}. */
    Optional<String> password();

    /**
     * Longest wait for one request (a bulk batch included) before the cluster counts as
     * unreachable; a refused connection fails at once whatever this says.
     */
    @WithDefault("30s")
    Duration timeout();

    /** Articles sent per bulk request while ingesting. */
    @WithDefault("200")
    int bulkArticles();

    default ClusterSettings settings() {
        return new ClusterSettings(hosts(), index(), shards(), replicas(), username(), password(), timeout(),
                bulkArticles());
    }
}
