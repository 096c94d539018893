package io.isnad.index.opensearch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch.generic.Body;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Isnad's index in the cluster: settings, analysis and mappings from {@code index.json} beside
 * this class, with the configured shards and replicas. Refresh is manual (the writer refreshes
 * once per batch), so a search never sees part of a batch; documents are routed by file, so all
 * documents of one article live in one shard and change together.
 */
final class IndexLayout {

    private static final String RESOURCE = "index.json";

    private IndexLayout() {
    }

    /** Creates the index unless it exists; returns whether it was created. */
    static boolean ensure(ClusterClient cluster) throws IOException {
        ClusterSettings settings = cluster.settings();
        OpenSearchClient client = cluster.client();
        String name = settings.indexName();
        if (cluster.call(() -> client.indices().exists(e -> e.index(name))).value()) {
            return false;
        }
        String body = definition(settings.shards(), settings.replicas());
        // The raw definition, through the client's generic request: the typed builders of this
        // client version cannot take a whole index definition as JSON.
        try (Response response = cluster.call(() -> client.generic().execute(Requests.builder().method("PUT")
                .endpoint("/" + name).json(body).build()))) {
            String reply = response.getBody().map(Body::bodyAsString).orElse("");
            if (response.getStatus() == 200) {
                return true;
            }
            // Another Isnad node created it meanwhile.
            if (reply.contains("resource_already_exists_exception")) {
                return false;
            }
            throw new IOException("creating index " + name + " failed: HTTP " + response.getStatus() + " " + reply);
        }
    }

    /** The index definition with {@code shards} and {@code replicas} filled in. */
    static String definition(int shards, int replicas) {
        try (InputStream in = IndexLayout.class.getResourceAsStream(RESOURCE)) {
            ObjectMapper json = new ObjectMapper();
            ObjectNode root = (ObjectNode) json.readTree(in);
            ObjectNode index = (ObjectNode) root.path("settings").path("index");
            index.put("number_of_shards", shards);
            index.put("number_of_replicas", replicas);
            return json.writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException("the packaged " + RESOURCE + " is unreadable", e);
        }
    }
}
