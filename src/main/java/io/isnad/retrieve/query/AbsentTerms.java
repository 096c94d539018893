package io.isnad.retrieve.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Leaves out of a query the terms no chunk holds. Such a term has no scorer in any segment, so
 * every chunk's score is the same sum of the same terms in the same order; but each clause still
 * cost its weight's set-up, and on a small corpus most of a question's title words and many of its
 * grams are absent (docs/performance.md, "Tenth round").
 */
public final class AbsentTerms {

    private AbsentTerms() {
    }

    /**
     * {@code query} without the term queries of terms no chunk holds ({@code counts} says 0; a term
     * not counted stays), and without the clauses left empty by that; empty when nothing is left.
     */
    public static Optional<Query> pruned(Query query, Map<Term, Integer> counts) {
        switch (query) {
            case TermQuery term -> {
                return Integer.valueOf(0).equals(counts.get(term.getTerm())) ? Optional.empty() : Optional.of(query);
            }
            case BoostQuery boosted -> {
                return pruned(boosted.getQuery(), counts).map(inner -> inner == boosted.getQuery()
                        ? query : new BoostQuery(inner, boosted.getBoost()));
            }
            case DisjunctionMaxQuery any -> {
                List<Query> kept = new ArrayList<>(any.getDisjuncts().size());
                any.getDisjuncts().forEach(d -> pruned(d, counts).ifPresent(kept::add));
                if (kept.isEmpty()) {
                    return Optional.empty();
                }
                return Optional.of(any.getTieBreakerMultiplier() != 0
                        || kept.size() == any.getDisjuncts().size() && kept.containsAll(any.getDisjuncts())
                        ? query : new DisjunctionMaxQuery(kept, 0f));
            }
            case BooleanQuery bool when bool.getMinimumNumberShouldMatch() == 0 && allShould(bool) -> {
                BooleanQuery.Builder kept = new BooleanQuery.Builder();
                boolean changed = false;
                int left = 0;
                for (BooleanClause clause : bool.clauses()) {
                    Optional<Query> inner = pruned(clause.query(), counts);
                    changed |= inner.orElse(null) != clause.query();
                    if (inner.isPresent()) {
                        kept.add(inner.get(), BooleanClause.Occur.SHOULD);
                        left++;
                    }
                }
                if (left == 0) {
                    return Optional.empty();
                }
                return Optional.of(changed ? kept.build() : query);
            }
            default -> {
                return Optional.of(query);
            }
        }
    }

    /**
     * Whether every clause of {@code bool} is optional: a loop, not a stream, since it is asked of every
     * nested query of every question's query.
     */
    private static boolean allShould(BooleanQuery bool) {
        for (BooleanClause clause : bool.clauses()) {
            if (clause.occur() != BooleanClause.Occur.SHOULD) {
                return false;
            }
        }
        return true;
    }
}
