package io.isnad.index.embedding;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.isnad.config.StageConfigCheck;

/**
 * Finds every dense-retrieval setting its provider reads that is missing or out of its range, naming its key
 * ({@link EmbeddingSettings#problems}), before the model is built, so they are listed with every other stage's:
 * the model is built at start-up too, but refused on its first mistake alone. Nothing with {@code provider=none}.
 */
@ApplicationScoped
class EmbeddingConfigCheck implements StageConfigCheck {

    private final EmbeddingConfig config;

    EmbeddingConfigCheck(EmbeddingConfig config) {
        this.config = config;
    }

    @Override
    public List<String> problems() {
        return config.settings().problems();
    }
}
