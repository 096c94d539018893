package io.isnad.index.embedding;

import java.util.Optional;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.runtime.Startup;

/**
 * The embedder the configuration asks for, if any. Built at start-up so a configuration mistake
 * stops the service with a clear message instead of surfacing as worse rankings later.
 */
@Startup
@ApplicationScoped
public class ConfiguredEmbedder implements Supplier<Optional<Embedder>> {

    private static final Logger LOG = Logger.getLogger(ConfiguredEmbedder.class);

    private final Optional<Embedder> embedder;

    ConfiguredEmbedder(EmbeddingConfig config) {
        this.embedder = EmbedderFactory.create(config.settings());
        embedder.ifPresent(e -> LOG.infof("Dense retrieval on: %s, fusion weight %.2f", e.identity(), e.weight()));
    }

    @Override
    public Optional<Embedder> get() {
        return embedder;
    }
}
