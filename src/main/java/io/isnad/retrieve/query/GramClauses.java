package io.isnad.retrieve.query;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import io.isnad.index.IndexAnalyzers;
import io.isnad.index.IndexField;
import io.isnad.retrieve.RetrievalSettings;

/**
 * The character n-gram clauses of a question, which forgive spelling variants and find names no
 * stem does, split by how common each gram is in the index.
 */
public final class GramClauses {

    /** Keeps long questions under Lucene's clause limit; the first grams of a question suffice. */
    public static final int MAX_GRAM_CLAUSES = 300;
    /** A gram in more than this share of all chunks is common: scored over the first stage's best chunks only. */
    private static final double COMMON_GRAM_SHARE = 0.02;
    /** ... and never below this many chunks, so small corpora score every gram in the first stage's pool. */
    private static final int MIN_COMMON_GRAM_CHUNKS = 1000;

    private final IndexAnalyzers analyzers;
    private final RetrievalSettings settings;

    public GramClauses(IndexAnalyzers analyzers, RetrievalSettings settings) {
        this.analyzers = analyzers;
        this.settings = settings;
    }

    /**
     * The distinct n-grams of normalised text in their order, at most {@link #MAX_GRAM_CLAUSES}; none when the n-gram
     * field is off. A loop into a set sized for the grams, not a stream's {@code distinct} and {@code limit}: every
     * question's grams pass here, one or more times.
     */
    public List<String> gramsOf(String normalized) {
        if (settings.gramsWeight() <= 0) {
            return List.of();
        }
        List<String> grams = analyzers.tokens(IndexField.GRAMS, normalized);
        Set<String> distinct = LinkedHashSet.newLinkedHashSet(Math.min(grams.size(), MAX_GRAM_CLAUSES));
        for (String gram : grams) {
            if (distinct.size() == MAX_GRAM_CLAUSES) {
                break;
            }
            distinct.add(gram);
        }
        return List.copyOf(distinct);
    }

    /**
     * The n-gram clauses, split by how common each gram is. Rare grams (of names, spelling
     * variants) join the first-stage query, each as its own clause, since they can find chunks no stem does; common grams
     * ("ال" and friends, found in a large share of all chunks) cost most to score over a large
     * archive and can only add to chunks the other clauses found, so they are returned to score the
     * first stage's best chunks only. Every gram scores the same as in one clause: BM25 sums per term.
     *
     * @return the common grams' clause, empty when there is none
     */
    public Optional<Query> addGrams(BooleanQuery.Builder query, List<String> grams, Map<Term, Integer> docFreqs,
            double chunks) {
        if (grams.isEmpty()) {
            return Optional.empty();
        }
        BooleanQuery.Builder common = new BooleanQuery.Builder();
        int commonAbove = commonAbove(chunks);
        for (String g : grams) {
            Term term = new Term(IndexField.GRAMS.field(), g);
            if (common(g, docFreqs, commonAbove)) {
                common.add(new TermQuery(term), BooleanClause.Occur.SHOULD);
            } else {
                // A top-level clause each, not one nested disjunction: Lucene skips the chunks that
                // cannot reach the top k clause by clause (block-max scores) only at the top level.
                query.add(new BoostQuery(new TermQuery(term), settings.gramsWeight()), BooleanClause.Occur.SHOULD);
            }
        }
        BooleanQuery commonGrams = common.build();
        return commonGrams.clauses().isEmpty() ? Optional.empty()
                : Optional.of(new BoostQuery(commonGrams, settings.gramsWeight()));
    }

    /** The chunk count above which a gram is common in an index of {@code chunks} chunks. */
    static int commonAbove(double chunks) {
        return (int) Math.max(MIN_COMMON_GRAM_CHUNKS, chunks * COMMON_GRAM_SHARE);
    }

    /** Whether {@code gram} is common: scored over the first stage's best chunks only, never in the first stage. */
    static boolean common(String gram, Map<Term, Integer> docFreqs, int commonAbove) {
        return docFreqs.get(new Term(IndexField.GRAMS.field(), gram)) > commonAbove;
    }
}
