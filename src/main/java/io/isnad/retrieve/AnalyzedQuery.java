package io.isnad.retrieve;

import java.util.List;
import java.util.Optional;

import org.apache.lucene.search.Query;

/**
 * A question ready to search: its language, the Lucene query, and the evidence an answer
 * sentence should contain.
 *
 * @param searchText the text actually searched (the question, or its standalone rewrite)
 * @param secondStage clauses too costly to score over a whole archive, added to the scores of the
 *        first stage's best chunks only (common character n-grams); empty when there are none
 */
public record AnalyzedQuery(String searchText, String language, Query query, List<EvidenceTerm> evidence,
        Optional<Query> secondStage) {

    public AnalyzedQuery(String searchText, String language, Query query, List<EvidenceTerm> evidence) {
        this(searchText, language, query, evidence, Optional.empty());
    }
}
