package io.isnad.retrieve.query;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

import io.isnad.index.IndexField;
import io.isnad.retrieve.RetrievalSettings;

/** Keeps a question's query under Lucene's clause limit by dropping its lightest words. */
public final class ClauseBudget {

    /**
     * Leaf clauses left for words and translations once the n-grams have theirs. A question of
     * the maximum length can hold hundreds of distinct words; beyond this budget the heaviest
     * (rarest in the index) are kept, so the query is bounded and never the question.
     */
    public static final int WORD_CLAUSES = IndexSearcher.getMaxClauseCount() - GramClauses.MAX_GRAM_CLAUSES - 24;

    private final RetrievalSettings settings;

    public ClauseBudget(RetrievalSettings settings) {
        this.settings = settings;
    }

    /**
     * Drops the lightest words (the commonest in the index) until the clauses of those left fit
     * {@code budget}; the words kept stay in question order, so a question that fits is searched
     * exactly as before. Returns the clauses used.
     */
    public int keepHeaviest(Map<List<String>, Float> arabic, Map<String, Float> english, int budget,
            Map<Term, Integer> docFreqs, double chunks) {
        int perVariant = (settings.arabicWeight() > 0 ? 1 : 0) + (settings.titleWeight() > 0 ? 1 : 0);
        int perEnglish = settings.englishWeight() > 0 ? 1 : 0;
        int total = arabic.keySet().stream().mapToInt(List::size).sum() * perVariant + english.size() * perEnglish;
        if (total <= budget) {
            // The usual case: nothing to drop.
            return total;
        }
        List<List<String>> words = List.copyOf(arabic.keySet());
        List<String> terms = List.copyOf(english.keySet());
        double[] weights = new double[words.size() + terms.size()];
        int[] costs = new int[weights.length];
        for (int i = 0; i < words.size(); i++) {
            weights[i] = TermIdf.ofWord(docFreqs, words.get(i), chunks);
            costs[i] = words.get(i).size() * perVariant;
        }
        for (int j = 0; j < terms.size(); j++) {
            weights[words.size() + j] = TermIdf.of(docFreqs, IndexField.ENGLISH, terms.get(j), chunks);
            costs[words.size() + j] = perEnglish;
        }
        boolean[] kept = heaviestWithin(weights, costs, budget);
        int used = 0;
        for (int i = 0; i < kept.length; i++) {
            if (kept[i]) {
                used += costs[i];
            } else if (i < words.size()) {
                arabic.remove(words.get(i));
            } else {
                english.remove(terms.get(i - words.size()));
            }
        }
        return used;
    }

    /**
     * Which items fit {@code budget}: the heaviest first, each kept if its cost still fits. The
     * sort is stable, so among equal weights the earlier item wins and the choice is repeatable.
     */
    public static boolean[] heaviestWithin(double[] weights, int[] costs, int budget) {
        boolean[] kept = new boolean[weights.length];
        if (IntStream.of(costs).sum() <= budget) {
            // The usual case: every item fits, whatever the order; nothing to sort.
            Arrays.fill(kept, true);
            return kept;
        }
        int left = budget;
        List<Integer> byWeight = IntStream.range(0, weights.length).boxed()
                .sorted(Comparator.comparingDouble(i -> -weights[i])).toList();
        for (int i : byWeight) {
            if (costs[i] <= left) {
                kept[i] = true;
                left -= costs[i];
            }
        }
        return kept;
    }

    /** The term clauses a query holds, as Lucene counts them against its limit. */
    public static int leaves(Query query) {
        int[] count = {0};
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query q, Term... terms) {
                count[0] += terms.length;
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        return count[0];
    }
}
