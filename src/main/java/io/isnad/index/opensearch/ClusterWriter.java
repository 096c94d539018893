package io.isnad.index.opensearch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.opensearch.client.opensearch.core.BulkResponse;
import org.opensearch.client.opensearch.core.bulk.BulkOperation;
import org.opensearch.client.opensearch.core.bulk.BulkResponseItem;

/**
 * Collects the document changes of several files and applies them as one bulk request followed by
 * a refresh. The index refreshes only here, and all documents of a file share one shard, so a
 * search sees each file entirely before or entirely after the batch, never half of it.
 */
final class ClusterWriter {

    private static final int LISTED_FAILURES = 3;

    private final ClusterClient cluster;
    private final String index;
    private final List<BulkOperation> operations = new ArrayList<>();

    ClusterWriter(ClusterClient cluster) {
        this.cluster = cluster;
        this.index = cluster.settings().indexName();
    }

    void put(String file, String id, Map<String, Object> document) {
        operations.add(BulkOperation.of(o -> o.index(i -> i.index(index).id(id).routing(file).document(document))));
    }

    void delete(String file, String id) {
        operations.add(BulkOperation.of(o -> o.delete(d -> d.index(index).id(id).routing(file))));
    }

    /** Deletes the chunk documents {@code from} (inclusive) to {@code to} (exclusive) of {@code file}. */
    void deleteChunks(String file, int from, int to) {
        for (int chunk = from; chunk < to; chunk++) {
            delete(file, ClusterDocuments.chunkId(file, chunk));
        }
    }

    /** Sends what was collected and makes it visible to searches; a no-op when nothing was. */
    void flush() throws IOException {
        if (operations.isEmpty()) {
            return;
        }
        List<BulkOperation> sent = List.copyOf(operations);
        operations.clear();
        BulkResponse response = cluster.call(() -> cluster.client().bulk(b -> b.operations(sent)));
        if (response.errors()) {
            List<String> failures = new ArrayList<>();
            long failed = 0;
            for (BulkResponseItem item : response.items()) {
                // A chunk that was never there is fine to "delete".
                if (item.error() != null && item.status() != 404) {
                    failed++;
                    if (failures.size() < LISTED_FAILURES) {
                        failures.add(item.id() + ": " + item.error().type() + " " + item.error().reason());
                    }
                }
            }
            if (failed > 0) {
                throw new IOException("the cluster refused " + failed + " of " + sent.size() + " documents: "
                        + String.join("; ", failures));
            }
        }
        cluster.call(() -> cluster.client().indices().refresh(r -> r.index(index)));
    }
}
