/**
 * Index: the {@code Corpus} every stage reads through one {@code Snapshot} per request, and its
 * embedded Lucene backend (fields, analyzers, incremental sync by size, time stamp and content
 * fingerprint, and the article catalog stored beside the chunks in the same commit).
 */
package io.isnad.index;
