/**
 * OpenSearch backend ({@code isnad.index.backend=opensearch}): the same chunk documents as the
 * embedded Lucene index, kept in an OpenSearch cluster so that any number of stateless Isnad nodes
 * can answer from it. Isnad's own analyzers run in Java and the cluster stores their tokens
 * verbatim, and questions are sent as the same BM25 query with global statistics, so rankings
 * match the embedded index by construction. Articles (text, sentences, chunk offsets,
 * fingerprints) live in the cluster too.
 */
package io.isnad.index.opensearch;
