package io.isnad.index.opensearch;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The plain values of {@link OpenSearchConfig}, checked once, for code that runs outside CDI (the
 * evaluation runner, tests).
 */
public record ClusterSettings(List<String> hosts, String index, int shards, int replicas, Optional<String> username,
        Optional<String> password, Duration timeout, int bulkArticles) {

    /** Version of the document layout: part of the index name, so an old layout is never read as a new one. */
    static final int LAYOUT = 1;

    public ClusterSettings {
        if (hosts.isEmpty()) {
            throw new IllegalArgumentException("isnad.opensearch.hosts needs at least one URL");
        }
        for (String host : hosts) {
            URI uri = URI.create(host.strip());
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new IllegalArgumentException("isnad.opensearch.hosts: not an http(s) URL: " + host);
            }
        }
        if (!index.matches("[a-z0-9][a-z0-9_-]*")) {
            throw new IllegalArgumentException(
                    "isnad.opensearch.index must be lower-case letters, digits, '-' or '_': " + index);
        }
        if (shards < 1) {
            throw new IllegalArgumentException("isnad.opensearch.shards must be at least 1: " + shards);
        }
        if (replicas < 0) {
            throw new IllegalArgumentException("isnad.opensearch.replicas must not be negative: " + replicas);
        }
        if (username.isPresent() != password.isPresent()) {
            throw new IllegalArgumentException("isnad.opensearch.username and .password go together");
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("isnad.opensearch.timeout must be positive: " + timeout);
        }
        if (bulkArticles < 1) {
            throw new IllegalArgumentException("isnad.opensearch.bulk-articles must be at least 1: " + bulkArticles);
        }
        hosts = hosts.stream().map(String::strip).toList();
    }

    /** Settings for a cluster at {@code hosts} with the defaults of {@link OpenSearchConfig}. */
    public static ClusterSettings of(List<String> hosts, String index, int shards, int replicas) {
        return new ClusterSettings(hosts, index, shards, replicas, Optional.empty(), Optional.empty(),
                Duration.ofSeconds(30), 200);
    }

    /** The concrete index name. */
    String indexName() {
        return index + "-v" + LAYOUT;
    }
}
