package io.isnad.index;

import java.io.IOException;
import java.nio.file.Path;

import jakarta.enterprise.context.ApplicationScoped;

import io.isnad.index.embedding.ConfiguredEmbedder;
import io.isnad.index.opensearch.OpenSearchConfig;
import io.isnad.index.opensearch.OpenSearchCorpus;
import io.isnad.ingest.ArticleLoader;
import io.isnad.ingest.IngestConfig;

/**
 * The one place that opens a corpus from the configuration: the backend of
 * {@code isnad.index.backend}, the loader of {@code isnad.ingest.*}, the embedder and the index
 * settings. The service's corpus, {@code isnad ingest} and the evaluation runner all open theirs
 * here, so a command can never write another index than the service reads.
 */
@ApplicationScoped
public class CorpusFactory {

    private final IngestConfig ingest;
    private final IndexConfig index;
    private final ConfiguredEmbedder embedder;
    private final OpenSearchConfig opensearch;

    CorpusFactory(IngestConfig ingest, IndexConfig index, ConfiguredEmbedder embedder, OpenSearchConfig opensearch) {
        this.ingest = ingest;
        this.index = index;
        this.embedder = embedder;
        this.opensearch = opensearch;
    }

    public IndexBackend backend() {
        return index.backend();
    }

    /**
     * Whether this node writes the configured index: always with the embedded one, with a cluster
     * only when {@code isnad.ingest.enabled} (the other nodes only read it).
     */
    public boolean ingests() {
        return index.backend() == IndexBackend.LUCENE || ingest.enabled();
    }

    /**
     * The configured corpus of {@code articlesDir}: the embedded index in {@code luceneDir}, or
     * the configured cluster (which then ignores {@code luceneDir}). Call {@link Corpus#refresh()}
     * to ingest.
     */
    public Corpus open(Path articlesDir, Path luceneDir) throws IOException {
        return switch (index.backend()) {
            case LUCENE -> openEmbedded(articlesDir, luceneDir);
            case OPENSEARCH -> OpenSearchCorpus.open(articlesDir, loader(), opensearch.settings(), index.settings(),
                    ingest.enabled());
        };
    }

    /**
     * An embedded index of {@code articlesDir} in {@code indexDir} whatever the backend: for
     * throw-away corpora (an evaluation run) that must never write into a shared cluster.
     */
    public Corpus openEmbedded(Path articlesDir, Path indexDir) throws IOException {
        return Corpus.open(articlesDir, indexDir, loader(), embedder.get(), index.settings());
    }

    /** Where {@link #open} writes, for messages: the index folder or the cluster's index and hosts. */
    public String describe(Path luceneDir) {
        return switch (index.backend()) {
            case LUCENE -> luceneDir.toString();
            case OPENSEARCH -> "OpenSearch index " + opensearch.index() + " at " + String.join(",", opensearch.hosts());
        };
    }

    private ArticleLoader loader() {
        return new ArticleLoader(ingest.maxFileBytes(), ingest.chunking());
    }
}
