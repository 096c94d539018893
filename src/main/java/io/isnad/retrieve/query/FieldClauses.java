package io.isnad.retrieve.query;

import java.util.List;
import java.util.Map;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import io.isnad.index.IndexField;

/** The term clauses of one field: a question's words, each boosted by how often it asks them. */
public final class FieldClauses {

    private FieldClauses() {
    }

    /**
     * One clause per word; a word with stacked variants (with and without a proclitic) scores as
     * its best variant, so it does not count twice.
     */
    public static void addWords(BooleanQuery.Builder query, IndexField field, Map<List<String>, Float> words,
            float boost) {
        if (boost <= 0) {
            return;
        }
        words.forEach((variants, count) -> {
            List<Query> clauses = variants.stream()
                    .<Query>map(v -> new TermQuery(new Term(field.field(), v)))
                    .toList();
            Query word = clauses.size() == 1 ? clauses.get(0) : new DisjunctionMaxQuery(clauses, 0f);
            query.add(new BoostQuery(word, boost * count), BooleanClause.Occur.SHOULD);
        });
    }

    public static void addTerms(BooleanQuery.Builder query, IndexField field, Map<String, Float> terms, float boost) {
        if (boost <= 0) {
            return;
        }
        terms.forEach((text, count) -> query.add(
                new BoostQuery(new TermQuery(new Term(field.field(), text)), boost * count), BooleanClause.Occur.SHOULD));
    }

    static Query allOf(IndexField field, List<String> tokens) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        tokens.forEach(t -> all.add(new TermQuery(new Term(field.field(), t)), BooleanClause.Occur.SHOULD));
        return all.build();
    }

    static Query anyOf(IndexField field, List<String> tokens) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        tokens.stream().distinct().limit(GramClauses.MAX_GRAM_CLAUSES)
                .forEach(t -> any.add(new TermQuery(new Term(field.field(), t)), BooleanClause.Occur.SHOULD));
        return any.build();
    }
}
