package io.isnad.index;

/** Where the index lives ({@code isnad.index.backend}). */
public enum IndexBackend {
    /** Embedded Lucene on local disk: one node, no server. */
    LUCENE,
    /** An OpenSearch cluster shared by any number of stateless Isnad nodes. */
    OPENSEARCH
}
