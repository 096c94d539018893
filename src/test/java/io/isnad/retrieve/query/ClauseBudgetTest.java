package io.isnad.retrieve.query;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

import io.isnad.index.IndexField;
import io.isnad.retrieve.RetrievalSettings;

class ClauseBudgetTest {

    private static final RetrievalSettings SETTINGS = new RetrievalSettings(1f, 0.3f, 1f, 0.3f, 100, 2, 0.7f, 1.5f, 15);

    @Test
    void theHeaviestItemsThatFitAreKeptAndTiesGoToTheEarlier() {
        double[] weights = {1.0, 3.0, 2.0, 3.0};
        int[] costs = {1, 2, 1, 2};
        // 3.0 (cost 2) first, the second 3.0 no longer fits beside it with 2.0, which does.
        assertArrayEquals(new boolean[] {false, true, true, false}, ClauseBudget.heaviestWithin(weights, costs, 3));
        assertArrayEquals(new boolean[] {true, true, true, true}, ClauseBudget.heaviestWithin(weights, costs, 6));
    }

    @Test
    void itemsThatAllFitAreAllKeptAndOneCostMoreChoosesTheHeaviest() {
        double[] weights = {1.0, 2.0, 3.0};
        // The last costs nothing (an evidence-only term): it is kept whatever the budget.
        int[] costs = {1, 1, 0};
        assertArrayEquals(new boolean[] {true, true, true}, ClauseBudget.heaviestWithin(weights, costs, 2));
        assertArrayEquals(new boolean[] {false, true, true}, ClauseBudget.heaviestWithin(weights, costs, 1));
        assertArrayEquals(new boolean[] {false, false, true}, ClauseBudget.heaviestWithin(weights, costs, 0));
    }

    @Test
    void leavesCountEveryTermClauseNestedOrNot() {
        Query word = new DisjunctionMaxQuery(List.of(term("a"), term("b")), 0f);
        BooleanQuery query = new BooleanQuery.Builder()
                .add(new BoostQuery(word, 2f), BooleanClause.Occur.SHOULD)
                .add(term("c"), BooleanClause.Occur.SHOULD)
                .build();
        assertEquals(3, ClauseBudget.leaves(query));
    }

    @Test
    void aQuestionOverTheBudgetLosesItsCommonestWordsAndKeepsItsOrder() {
        Map<List<String>, Float> arabic = new LinkedHashMap<>();
        arabic.put(List.of("common"), 1f);
        arabic.put(List.of("rare"), 1f);
        arabic.put(List.of("rarer"), 1f);
        Map<Term, Integer> docFreqs = Map.of(arabic("common"), 90, arabic("rare"), 5, arabic("rarer"), 1);
        // Each word costs two clauses (Arabic and title fields): four fit.
        int used = new ClauseBudget(SETTINGS).keepHeaviest(arabic, new LinkedHashMap<>(), 4, docFreqs, 100);
        assertEquals(4, used);
        assertEquals(List.of(List.of("rare"), List.of("rarer")), List.copyOf(arabic.keySet()));
    }

    @Test
    void aQuestionWithinTheBudgetKeepsEveryWord() {
        Map<List<String>, Float> arabic = new LinkedHashMap<>(Map.of(List.of("common", "wcommon"), 1f));
        Map<String, Float> english = new LinkedHashMap<>(Map.of("name", 1f));
        int used = new ClauseBudget(SETTINGS).keepHeaviest(arabic, english, 5, Map.of(), 100);
        assertEquals(5, used);
        assertTrue(arabic.containsKey(List.of("common", "wcommon")) && english.containsKey("name"));
    }

    private static Query term(String text) {
        return new TermQuery(arabic(text));
    }

    private static Term arabic(String text) {
        return new Term(IndexField.ARABIC.field(), text);
    }
}
