package io.isnad.index.opensearch;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.isnad.config.ConfigProblems;

/**
 * The plain values of {@link OpenSearchConfig}, checked once, for code that runs outside CDI (the
 * evaluation runner, tests).
 */
public record ClusterSettings(List<String> hosts, String index, int shards, int replicas, Optional<String> username,
        Optional<String> password, Duration timeout, int bulkArticles) {

    /** Version of the document layout: part of the index name, so an old layout is never read as a new one. */
    static final int LAYOUT = 1;

    public ClusterSettings {
        List<String> problems = problems(hosts, index, shards, replicas, username.isPresent() == password.isPresent(),
                timeout, bulkArticles);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        hosts = hosts.stream().map(String::strip).toList();
    }

    /**
     * Every value out of its range, each naming its key: read by the start-up check when the backend is chosen
     * ({@link OpenSearchConfigCheck}), and here for settings made outside CDI, so the rules have one home.
     *
     * @param credentialsPaired whether the user name and the password are both given or both left out
     */
    static List<String> problems(List<String> hosts, String index, int shards, int replicas,
            boolean credentialsPaired, Duration timeout, int bulkArticles) {
        ConfigProblems problems = new ConfigProblems()
                .check(!hosts.isEmpty(), "isnad.opensearch.hosts needs at least one URL");
        for (String host : hosts) {
            problems.check(ConfigProblems.isHttpUrl(host.strip()),
                    "isnad.opensearch.hosts must be http(s) URLs, got '" + host + "'");
        }
        return problems.check(index.matches("[a-z0-9][a-z0-9_-]*"),
                        "isnad.opensearch.index must be lower-case letters, digits, '-' or '_', got '" + index + "'")
                .atLeast("isnad.opensearch.shards", shards, 1)
                .atLeast("isnad.opensearch.replicas", replicas, 0)
                .check(credentialsPaired, "isnad.opensearch.username and .password go together: set both or neither")
                .check(timeout.isPositive(), "isnad.opensearch.timeout must be longer than 0, got " + timeout)
                .atLeast("isnad.opensearch.bulk-articles", bulkArticles, 1)
                .list();
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
