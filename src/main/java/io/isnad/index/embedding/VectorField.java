package io.isnad.index.embedding;

import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;

import io.isnad.index.IndexField;

/** The HNSW vector field of chunk documents, written and searched the same way. */
public final class VectorField {

    /** Vectors are unit length (see {@link Embedder}), so the dot product is the cosine, computed cheaper. */
    private static final VectorSimilarityFunction SIMILARITY = VectorSimilarityFunction.DOT_PRODUCT;

    private VectorField() {
    }

    public static KnnFloatVectorField of(float[] unitVector) {
        return new KnnFloatVectorField(name(unitVector.length), unitVector, SIMILARITY);
    }

    /** The {@code k} chunks nearest to {@code unitQuery}; Lucene scores them {@code (1 + cosine) / 2}. */
    public static Query nearest(float[] unitQuery, int k) {
        return new KnnFloatVectorQuery(name(unitQuery.length), unitQuery, k);
    }

    /**
     * Lucene fixes a vector field's dimension for the life of an index, so vectors of each size get
     * a field of their own: a model of another size re-embeds into a fresh field instead of failing.
     */
    private static String name(int dimension) {
        return IndexField.VECTOR.field() + dimension;
    }
}
