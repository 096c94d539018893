package io.isnad.index.opensearch;

import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.util.concurrent.atomic.LongAdder;

import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.Timeout;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchAsyncClient;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.transport.OpenSearchTransport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;

import io.isnad.index.CorpusUnavailableException;

/**
 * The one connection to the cluster: the official client over Apache HttpClient 5, which spreads
 * requests over the configured hosts and retries on another when one is down. Its I/O threads and
 * connection pool are fixed in size, so an unreachable cluster costs failed requests, never new
 * threads or connections; {@link #close()} releases them all.
 */
public final class ClusterClient implements Closeable {

    private final OpenSearchTransport transport;
    private final OpenSearchClient client;
    private final OpenSearchAsyncClient async;
    private final ClusterSettings settings;
    private final LongAdder requests = new LongAdder();

    private ClusterClient(OpenSearchTransport transport, ClusterSettings settings) {
        this.transport = transport;
        this.client = new OpenSearchClient(transport);
        this.async = new OpenSearchAsyncClient(transport);
        this.settings = settings;
    }

    public static ClusterClient connect(ClusterSettings settings) {
        HttpHost[] hosts = settings.hosts().stream().map(URI::create)
                .map(uri -> new HttpHost(uri.getScheme(), uri.getHost(), uri.getPort() < 0 ? 9200 : uri.getPort()))
                .toArray(HttpHost[]::new);
        Timeout timeout = Timeout.of(settings.timeout());
        ApacheHttpClient5TransportBuilder builder = ApacheHttpClient5TransportBuilder.builder(hosts)
                .setMapper(new JacksonJsonpMapper())
                .setConnectionConfigCallback(config -> config.setConnectTimeout(timeout).setSocketTimeout(timeout))
                .setRequestConfigCallback(request -> request.setResponseTimeout(timeout)
                        .setConnectionRequestTimeout(timeout));
        if (settings.username().isPresent()) {
            BasicCredentialsProvider credentials = new BasicCredentialsProvider();
            for (HttpHost host : hosts) {
                credentials.setCredentials(new AuthScope(host), new UsernamePasswordCredentials(
                        settings.username().get(), settings.password().orElseThrow().toCharArray()));
            }
            builder.setHttpClientConfigCallback(http -> http.setDefaultCredentialsProvider(credentials));
        }
        return new ClusterClient(builder.build(), settings);
    }

    public OpenSearchClient client() {
        return client;
    }

    /**
     * Runs one request; a cluster that cannot be reached or cannot answer, or an index that does
     * not exist yet, becomes a {@link CorpusUnavailableException} (503 for the surfaces). Any other
     * refusal is a bug in the request and stays an {@link OpenSearchException}.
     */
    public <T> T call(Call<T> call) {
        requests.increment();
        try {
            return call.run();
        } catch (OpenSearchException e) {
            if (e.status() == 404 && e.error() != null && "index_not_found_exception".equals(e.error().type())) {
                throw new CorpusUnavailableException("the index " + settings.indexName()
                        + " does not exist yet in the search cluster; the ingesting node creates it");
            }
            if (e.status() >= 500 || e.status() == 429) {
                throw new CorpusUnavailableException("the search cluster could not answer: " + e.getMessage());
            }
            throw e;
        } catch (IOException e) {
            throw new CorpusUnavailableException("the search cluster at " + String.join(",", settings.hosts())
                    + " is unreachable (" + e.getMessage() + "); answers resume when it is back");
        }
    }

    /** One request to the cluster. */
    @FunctionalInterface
    public interface Call<T> {
        T run() throws IOException;
    }

    /** The same connection, for requests whose answer nobody waits for. */
    public OpenSearchAsyncClient async() {
        return async;
    }

    /** Requests sent through {@link #call} so far: the round trips a question waits for. */
    public long requests() {
        return requests.sum();
    }

    public ClusterSettings settings() {
        return settings;
    }

    @Override
    public void close() throws IOException {
        transport.close();
    }
}
