package io.isnad.index.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.isnad.config.Mappings;
import io.isnad.index.IndexConfig;

class OpenSearchConfigCheckTest {

    private static final String[] WRONG = {"isnad.opensearch.hosts", "http://node1:9200,node2:9200",
        "isnad.opensearch.index", "Isnad News", "isnad.opensearch.shards", "0", "isnad.opensearch.replicas", "-1",
        "isnad.opensearch.username", "isnad", "isnad.opensearch.timeout", "0s", "isnad.opensearch.bulk-articles", "0"};

    @Test
    void theDefaultsAreValid() {
        assertEquals(List.of(), problems("opensearch"));
    }

    @Test
    void withTheEmbeddedIndexNothingOfTheClusterIsChecked() {
        assertEquals(List.of(), problems("lucene", WRONG));
    }

    @Test
    void withTheClusterChosenEveryKeyOutOfRangeIsNamed() {
        assertEquals(List.of(
                "isnad.opensearch.hosts must be http(s) URLs, got 'node2:9200'",
                "isnad.opensearch.index must be lower-case letters, digits, '-' or '_', got 'Isnad News'",
                "isnad.opensearch.shards must be at least 1, got 0",
                "isnad.opensearch.replicas must be at least 0, got -1",
                "isnad.opensearch.username and .password go together: set both or neither",
                "isnad.opensearch.timeout must be longer than 0, got PT0S",
                "isnad.opensearch.bulk-articles must be at least 1, got 0"), problems("opensearch", WRONG));
    }

    @Test
    void settingsMadeOutsideTheServiceAreRefusedByTheSameRules() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> ClusterSettings.of(List.of("http://node1:9200"), "isnad", 0, -1));
        assertEquals("isnad.opensearch.shards must be at least 1, got 0; "
                + "isnad.opensearch.replicas must be at least 0, got -1", refused.getMessage());
    }

    private static List<String> problems(String backend, String... keysAndValues) {
        return new OpenSearchConfigCheck(Mappings.of(IndexConfig.class, "isnad.index.backend", backend),
                Mappings.of(OpenSearchConfig.class, keysAndValues)).problems();
    }
}
