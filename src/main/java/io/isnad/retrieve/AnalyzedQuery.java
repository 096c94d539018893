package io.isnad.retrieve;

import java.util.List;

import org.apache.lucene.search.Query;

/**
 * A question ready to search: its language, the Lucene query, and the evidence an answer
 * sentence should contain.
 *
 * @param searchText the text actually searched (the question, or its standalone rewrite)
 */
public record AnalyzedQuery(String searchText, String language, Query query, List<EvidenceTerm> evidence) {
}
