package io.isnad.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.isnad.ingest.ArabicTextNormalizer;
import io.isnad.ingest.ArticleLoader;
import io.isnad.ingest.ChunkingSettings;

/**
 * Scoring costly clauses over the first stage's best chunks only ranks exactly like one query
 * holding every clause, as long as the pool holds every chunk that matches.
 */
class SecondStageSearchTest {

    @TempDir
    Path tmp;

    @Test
    void aSecondStageOverAPoolOfEveryMatchRanksLikeOneQuery() throws IOException {
        try (Corpus corpus = Corpus.open(Path.of("seeds"), tmp.resolve("index"),
                new ArticleLoader(5_000_000, new ChunkingSettings(3, 1)))) {
            corpus.refresh();
            try (Snapshot snapshot = corpus.acquire()) {
                String question = ArabicTextNormalizer.normalize("قائد المستشارين العسكريين الإيرانيين في حلب");
                Query stems = clauses(snapshot, IndexField.ARABIC, question, 1f);
                Query grams = clauses(snapshot, IndexField.GRAMS, question, 0.3f);
                Query both = new BooleanQuery.Builder().add(stems, BooleanClause.Occur.SHOULD)
                        .add(grams, BooleanClause.Occur.SHOULD).build();

                List<ChunkHit> oneQuery = snapshot.search(both, 10);
                List<ChunkHit> twoStages = snapshot.search(stems, grams, 1000, 10);

                assertEquals(10, twoStages.size());
                assertEquals(oneQuery.stream().map(h -> h.file() + "#" + h.chunk()).toList(),
                        twoStages.stream().map(h -> h.file() + "#" + h.chunk()).toList());
                for (int i = 0; i < oneQuery.size(); i++) {
                    assertEquals(oneQuery.get(i).score(), twoStages.get(i).score(), 1e-4);
                }
                assertTrue(snapshot.search(stems, 10).get(0).score() < twoStages.get(0).score(),
                        "the second stage adds to the first stage's scores");
            }
        }
    }

    private static Query clauses(Snapshot snapshot, IndexField field, String text, float boost) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        snapshot.analyzers().tokens(field, text).stream().distinct()
                .forEach(t -> query.add(new TermQuery(new Term(field.field(), t)), BooleanClause.Occur.SHOULD));
        return new BoostQuery(query.build(), boost);
    }
}
