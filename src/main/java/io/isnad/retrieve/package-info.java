/**
 * Retrieve: turns a question into a Lucene query and evidence terms (language detection,
 * normalisation, English-to-Arabic expansion) and ranks passages, merged per article.
 */
package io.isnad.retrieve;
