/**
 * Retrieve: turns a question into a Lucene query and evidence terms (language detection,
 * normalisation, English-to-Arabic expansion) and ranks passages, merged per article. The query's
 * parts, which {@code QueryBuilder} puts together, are in {@code retrieve.query}.
 */
package io.isnad.retrieve;
