package io.isnad.index.opensearch;

import java.io.IOException;
import java.util.function.Function;

import org.jboss.logging.Logger;
import org.opensearch.client.opensearch.core.SearchRequest;
import org.opensearch.client.opensearch.core.search.Pit;
import org.opensearch.client.util.ObjectBuilder;

/**
 * A point in time of Isnad's index: searches through it see the index as it was when it was
 * opened, on every shard. Deleted on {@link #close()}; the keep-alive frees it anyway if this node
 * dies before.
 */
final class ClusterPit implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ClusterPit.class);
    /** Longer than any request, short enough that a node that died frees its points in time soon. */
    private static final String KEEP_ALIVE = "2m";

    private final ClusterClient cluster;
    private final String id;

    private ClusterPit(ClusterClient cluster, String id) {
        this.cluster = cluster;
        this.id = id;
    }

    static ClusterPit open(ClusterClient cluster) {
        String index = cluster.settings().indexName();
        return new ClusterPit(cluster, cluster.call(() -> cluster.client()
                .createPit(p -> p.index(index).keepAlive(t -> t.time(KEEP_ALIVE)))).pitId());
    }

    /** A search through this point in time, with whatever else {@code request} sets. */
    SearchRequest search(Function<SearchRequest.Builder, ObjectBuilder<SearchRequest>> request) {
        // A shard that fails must fail the request: partial results would rank against part of the archive.
        return request.apply(new SearchRequest.Builder().pit(Pit.of(p -> p.id(id).keepAlive(KEEP_ALIVE)))
                .allowPartialSearchResults(false)).build();
    }

    /** Deletes the point in time without waiting: the request that used it is answered already. */
    @Override
    public void close() {
        try {
            cluster.async().deletePit(d -> d.pitId(id)).whenComplete((deleted, e) -> {
                if (e != null) {
                    // The keep-alive frees it.
                    LOG.debugf("Could not delete point in time: %s", e.getMessage());
                }
            });
        } catch (IOException | RuntimeException e) {
            LOG.debugf("Could not delete point in time: %s", e.getMessage());
        }
    }
}
