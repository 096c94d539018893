/**
 * Index: the Lucene index on local disk (fields, analyzers, incremental sync by content
 * fingerprint) and the in-memory catalog of parsed articles that answers are quoted from.
 */
package io.isnad.index;
