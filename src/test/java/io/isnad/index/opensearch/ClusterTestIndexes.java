package io.isnad.index.opensearch;

import java.io.IOException;

/** Removes a test's index, so test runs leave the shared cluster as they found it. */
public final class ClusterTestIndexes {

    private ClusterTestIndexes() {
    }

    public static void delete(ClusterSettings settings) throws IOException {
        try (ClusterClient client = ClusterClient.connect(settings)) {
            client.client().indices().delete(d -> d.index(settings.indexName()).ignoreUnavailable(true));
        }
    }
}
