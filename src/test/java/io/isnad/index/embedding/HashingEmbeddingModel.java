package io.isnad.index.embedding;

import java.util.List;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import io.isnad.ingest.arabic.ArabicTextNormalizer;

/**
 * A deterministic stand-in for a real embedding model: counts the character 3-grams of the
 * normalised text into a fixed number of hashed buckets, so texts sharing spellings are close.
 * Lexical, not semantic, but enough to tell whether vectors are written, searched and fused.
 */
public final class HashingEmbeddingModel implements EmbeddingModel {

    public static final int DIMENSION = 256;

    private final int dimension;

    public HashingEmbeddingModel(int dimension) {
        this.dimension = dimension;
    }

    public HashingEmbeddingModel() {
        this(DIMENSION);
    }

    public float[] vector(String text) {
        float[] vector = new float[dimension];
        String padded = " " + ArabicTextNormalizer.normalize(text).toLowerCase() + " ";
        for (int i = 0; i + 3 <= padded.length(); i++) {
            int hash = padded.substring(i, i + 3).hashCode();
            // A second hash bit picks the sign, so unrelated grams sharing a bucket tend to cancel out.
            vector[Math.floorMod(hash, dimension)] += (hash & 0x10000) == 0 ? 1 : -1;
        }
        return vector;
    }

    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        return Response.from(segments.stream().map(s -> Embedding.from(vector(s.text()))).toList());
    }
}
