package io.isnad.index.embedding;

import java.util.List;
import java.util.Optional;

import org.apache.lucene.util.VectorUtil;
import org.jboss.logging.Logger;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;

/**
 * A configured embedding model: adds the model's query or passage prefix, returns unit-length
 * vectors (the index compares them by dot product), and names itself so the index can tell when
 * its vectors came from another model.
 */
public final class Embedder {

    private static final Logger LOG = Logger.getLogger(Embedder.class);

    private final EmbeddingModel model;
    private final String identity;
    private final String queryPrefix;
    private final String passagePrefix;
    private final float weight;

    /**
     * @param identity changes whenever the vectors would: provider, model, size, pooling, prefixes
     * @param weight share of the dense ranking in the fused score
     */
    public Embedder(EmbeddingModel model, String identity, String queryPrefix, String passagePrefix, float weight) {
        this.model = model;
        this.identity = identity;
        this.queryPrefix = joinable(queryPrefix);
        this.passagePrefix = joinable(passagePrefix);
        this.weight = weight;
    }

    public String identity() {
        return identity;
    }

    public float weight() {
        return weight;
    }

    /**
     * The question's vector, or empty when the model fails: a question is then ranked by BM25
     * alone rather than refused.
     */
    public Optional<float[]> embedQuery(String question) {
        try {
            return Optional.of(unit(model.embed(queryPrefix + question).content()));
        } catch (RuntimeException e) {
            LOG.warnf("Embedding a question failed (%s); ranking by BM25 alone", e.getMessage());
            return Optional.empty();
        }
    }

    /** One vector per text, in order; throws whatever the model throws. */
    List<float[]> embedPassages(List<String> texts) {
        List<TextSegment> segments = texts.stream().map(text -> TextSegment.from(passagePrefix + text)).toList();
        List<Embedding> embeddings = model.embedAll(segments).content();
        if (embeddings == null || embeddings.size() != texts.size()) {
            throw new IllegalStateException("the model returned " + (embeddings == null ? 0 : embeddings.size())
                    + " vectors for " + texts.size() + " passages");
        }
        return embeddings.stream().map(Embedder::unit).toList();
    }

    private static float[] unit(Embedding embedding) {
        return VectorUtil.l2normalize(embedding.vector().clone(), false);
    }

    /** Prefixes are written "query:" in configuration files, which may trim the space the model expects. */
    private static String joinable(String prefix) {
        return prefix.isEmpty() || Character.isWhitespace(prefix.charAt(prefix.length() - 1)) ? prefix : prefix + " ";
    }
}
