package io.isnad.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;

import com.github.benmanes.caffeine.cache.Cache;

/**
 * The searcher of one index version, which looks each term up in the terms dictionary once: a
 * question's terms were looked up twice, for their counts ({@link #docFreq}, which weigh the
 * evidence and sort the n-grams into stages) and again by every {@link TermQuery} when its weight
 * was built, a new dictionary reader and seek per term and segment each time, a tenth of the CPU
 * of an answer on the seeds (docs/performance.md, "Ninth round"). The states are kept for the
 * version's life, so the common words and grams that recur from question to question are not looked
 * up again either. A version never changes, so neither do its states; a new version has its own
 * searcher and starts empty.
 */
final class KnownTermsSearcher extends IndexSearcher {

    /**
     * Terms kept: each question has 50 to 300 (its stems, their variants and translations, their
     * 3-4-grams, in two or three fields). A term with its state in each segment is some 200 bytes,
     * so 10 MB at most.
     */
    private static final int TERMS_KEPT = 50_000;

    /**
     * Term weights kept: a question's 50-300 term clauses, each with its boost. A weight holds its
     * scorer's table of 256 length norms, some 1.5 KB, so 15 MB at most.
     */
    private static final int WEIGHTS_KEPT = 10_000;

    private final Cache<Term, TermStates> states = Caches.builder().maximumSize(TERMS_KEPT).build();
    /**
     * What a missing state is built with, made once: a lambda written at the look-up captures this
     * searcher and was allocated on every one of a question's hundreds of look-ups, nearly all hits.
     */
    private final Function<Term, TermStates> stateBuilder = this::buildStates;
    /**
     * Each scored term clause's weight, by term, score mode and boost: building one (the field and
     * term statistics, the BM25 idf with its explanation, a table of 256 length norms) was repeated
     * for every clause of every question, though it is a function of the version and those three
     * alone. A weight makes a new scorer for each search and may be shared by threads (Lucene's
     * own concurrent search shares one weight between slices).
     */
    private final Cache<WeightKey, Weight> weights = Caches.builder().maximumSize(WEIGHTS_KEPT).build();
    /**
     * Each field's statistics, which every term query's weight asks for anew (a walk over the
     * segments for each of a question's 50-300 term clauses); a version has a dozen fields. Empty
     * for a field no document has, which Lucene reports as null.
     */
    private final Map<String, Optional<CollectionStatistics>> fieldStatistics = new ConcurrentHashMap<>();

    KnownTermsSearcher(DirectoryReader reader) {
        super(reader);
    }

    /** How many documents of this version hold {@code term}. */
    int docFreq(Term term) {
        return states(term).docFreq();
    }

    /**
     * A term query's weight, built from the term's kept dictionary state. The states hold the same
     * statistics a fresh look-up finds, so every score is the same. Boolean and disjunction queries
     * build their parts' weights through this method; a boost builds its query's weight itself, so a
     * boosted term is given its state here.
     */
    @Override
    public Weight createWeight(Query query, ScoreMode scoreMode, float boost) throws IOException {
        if (scoreMode.needsScores()) {
            // A boost builds its query's weight itself, with the product of the two boosts.
            if (query instanceof BoostQuery boosted && boosted.getQuery() instanceof TermQuery term
                    && term.getTermStates() == null) {
                return termWeight(term.getTerm(), scoreMode, boosted.getBoost() * boost);
            }
            if (query instanceof TermQuery term && term.getTermStates() == null) {
                return termWeight(term.getTerm(), scoreMode, boost);
            }
        }
        return super.createWeight(known(query), scoreMode, boost);
    }

    /** The kept weight of a scored term clause, built from the term's kept state the first time. */
    private Weight termWeight(Term term, ScoreMode scoreMode, float boost) {
        return weights.get(new WeightKey(term, scoreMode, boost), key -> {
            try {
                return super.createWeight(new TermQuery(term, states(term)), scoreMode, boost);
            } catch (IOException e) {
                throw new UncheckedIOException("reading the terms dictionary failed", e);
            }
        });
    }

    /** The field's statistics, computed once per version: a version never changes. */
    @Override
    public CollectionStatistics collectionStatistics(String field) throws IOException {
        Optional<CollectionStatistics> kept = fieldStatistics.get(field);
        if (kept == null) {
            kept = Optional.ofNullable(super.collectionStatistics(field));
            fieldStatistics.putIfAbsent(field, kept);
        }
        return kept.orElse(null);
    }

    private Query known(Query query) {
        if (query instanceof TermQuery term && term.getTermStates() == null) {
            return new TermQuery(term.getTerm(), states(term.getTerm()));
        }
        if (query instanceof BoostQuery boosted && boosted.getQuery() instanceof TermQuery) {
            Query inner = known(boosted.getQuery());
            return inner == boosted.getQuery() ? query : new BoostQuery(inner, boosted.getBoost());
        }
        return query;
    }

    /** What a term clause's weight depends on, besides the version. */
    private record WeightKey(Term term, ScoreMode scoreMode, float boost) {

        // Written out: a record's own go through method handles, which cost as much as the look-up
        // itself until the optimising compiler reaches them (docs/performance.md, "Eleventh round").
        @Override
        public boolean equals(Object other) {
            return other instanceof WeightKey key && term.equals(key.term) && scoreMode == key.scoreMode
                    && Float.compare(boost, key.boost) == 0;
        }

        @Override
        public int hashCode() {
            return (term.hashCode() * 31 + scoreMode.ordinal()) * 31 + Float.hashCode(boost);
        }
    }

    /** The term's state in each segment, with its statistics; read-only once built, so threads share it. */
    private TermStates states(Term term) {
        return states.get(term, stateBuilder);
    }

    private TermStates buildStates(Term term) {
        try {
            return TermStates.build(this, term, true);
        } catch (IOException e) {
            throw new UncheckedIOException("reading the terms dictionary failed", e);
        }
    }
}
