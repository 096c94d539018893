package io.isnad.index.opensearch;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.TermQuery;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.query_dsl.BoolQuery;
import org.opensearch.client.opensearch._types.query_dsl.Query;

/**
 * The OpenSearch form of the Lucene query the retrieve stage builds. Each construct maps to the
 * query DSL element that OpenSearch turns back into the same Lucene query ({@code term} into a
 * TermQuery, {@code bool} into a BooleanQuery, {@code dis_max} into a DisjunctionMaxQuery, a
 * {@code boost} into a BoostQuery), so the cluster scores exactly what the embedded index scores.
 * Anything else is refused rather than approximated.
 */
final class QueryConversion {

    private QueryConversion() {
    }

    static Query of(org.apache.lucene.search.Query query) {
        return of(query, 1f);
    }

    private static Query of(org.apache.lucene.search.Query query, float boost) {
        Float shown = boost == 1f ? null : boost;
        return switch (query) {
            case BoostQuery boosted -> of(boosted.getQuery(), boost * boosted.getBoost());
            case TermQuery term -> Query.of(q -> q.term(t -> t.field(term.getTerm().field())
                    .value(FieldValue.of(term.getTerm().text())).boost(shown)));
            case DisjunctionMaxQuery disMax -> {
                List<Query> alternatives = disMax.getDisjuncts().stream().map(QueryConversion::of).toList();
                yield Query.of(q -> q.disMax(d -> d.queries(alternatives)
                        .tieBreaker(disMax.getTieBreakerMultiplier()).boost(shown)));
            }
            // OpenSearch reads a bool without clauses as match_all; Lucene matches nothing with it.
            case BooleanQuery bool when bool.clauses().isEmpty() -> Query.of(q -> q.matchNone(m -> m));
            case BooleanQuery bool -> Query.of(q -> q.bool(bool(bool, shown)));
            default -> throw new IllegalArgumentException("no OpenSearch form for a " + query.getClass().getSimpleName()
                    + ": " + query);
        };
    }

    private static BoolQuery bool(BooleanQuery bool, Float boost) {
        List<Query> must = new ArrayList<>();
        List<Query> should = new ArrayList<>();
        List<Query> filter = new ArrayList<>();
        List<Query> mustNot = new ArrayList<>();
        for (BooleanClause clause : bool.clauses()) {
            Query converted = of(clause.query());
            switch (clause.occur()) {
                case MUST -> must.add(converted);
                case SHOULD -> should.add(converted);
                case FILTER -> filter.add(converted);
                case MUST_NOT -> mustNot.add(converted);
            }
        }
        if (must.isEmpty() && should.isEmpty() && filter.isEmpty()) {
            // OpenSearch would add match_all to a purely negative bool; Lucene matches nothing.
            throw new IllegalArgumentException("no OpenSearch form for a purely negative query: " + bool);
        }
        return BoolQuery.of(b -> {
            b.must(must).should(should).filter(filter).mustNot(mustNot).boost(boost);
            if (bool.getMinimumNumberShouldMatch() > 0) {
                b.minimumShouldMatch(Integer.toString(bool.getMinimumNumberShouldMatch()));
            }
            return b;
        });
    }
}
