package io.isnad.retrieve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.isnad.index.ChunkHit;
import io.isnad.index.Corpus;
import io.isnad.index.Snapshot;
import io.isnad.ingest.ArticleLoader;
import io.isnad.ingest.ChunkingSettings;
import io.isnad.retrieve.lexicon.QueryTranslator;
import io.isnad.retrieve.query.AbsentTerms;
import io.isnad.retrieve.query.ClauseBudget;

/**
 * The query leaves out the terms no chunk holds, and every chunk scores as with the whole query:
 * the same hits, in the same order, with the same float scores, for every seeds question (Arabic
 * and English, translated with FreeDict where it is installed), over an index of several segments,
 * where a term can be absent from some segments and present in others.
 */
class AbsentTermsTest {

    @TempDir
    Path tmp;

    private final RetrievalSettings settings = new RetrievalSettings(1f, 0.3f, 1f, 0.3f, 100, 2, 0.7f, 1.5f, 15);
    private final QueryTranslator translator = QueryTranslator.load(Optional.of(QueryTranslator.DEFAULT_FREEDICT_DIR));

    @Test
    void leavingOutAbsentTermsChangesNoHitAndNoScore() throws IOException {
        Path articles = Files.createDirectories(tmp.resolve("articles"));
        int prunedQuestions = 0;
        int leavesBefore = 0;
        int leavesAfter = 0;
        List<String> questions = questions();
        try (Corpus corpus = Corpus.open(articles, tmp.resolve("index"), new ArticleLoader(5_000_000,
                new ChunkingSettings(3, 1)))) {
            // One file per refresh: several segments.
            try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
                for (Path seed : seeds.sorted().toList()) {
                    Files.copy(seed, articles.resolve(seed.getFileName()));
                    corpus.refresh();
                }
            }
            try (Snapshot snapshot = corpus.acquire()) {
                QueryBuilder builder = QueryBuilder.of(snapshot.analyzers(), settings, translator);
                for (String question : questions) {
                    AnalyzedQuery whole = builder.build(question, LanguageDetector.detect(question), snapshot, false);
                    AnalyzedQuery pruned = builder.build(question, LanguageDetector.detect(question), snapshot, true);
                    assertEquals(whole.evidence(), pruned.evidence(), question);
                    assertEquals(whole.secondStage(), pruned.secondStage(), question);
                    List<ChunkHit> expected = snapshot.search(whole.query(), 1000);
                    List<ChunkHit> actual = snapshot.search(pruned.query(), 1000);
                    assertEquals(expected, actual, question);
                    int before = ClauseBudget.leaves(whole.query());
                    int after = ClauseBudget.leaves(pruned.query());
                    assertTrue(after <= before, question);
                    prunedQuestions += after < before ? 1 : 0;
                    leavesBefore += before;
                    leavesAfter += after;
                }
            }
        }
        // The seeds hold few titles and few of a question's grams: most questions lose some clauses.
        assertTrue(prunedQuestions > questions.size() / 2, prunedQuestions + " of " + questions.size());
        assertTrue(leavesAfter < leavesBefore, leavesAfter + " of " + leavesBefore);
    }

    @Test
    void anAbsentTermIsLeftOutOfOptionalClausesOnlyAndAQueryOfAbsentTermsOnlyLeavesNothing() {
        TermQuery held = new TermQuery(new Term("arabic", "held"));
        TermQuery absent = new TermQuery(new Term("arabic", "absent"));
        Map<Term, Integer> counts = Map.of(held.getTerm(), 3, absent.getTerm(), 0);
        assertEquals(Optional.of(anyOf(held)),
                AbsentTerms.pruned(anyOf(held, absent), counts));
        // A required clause is not read: leaving its absent term out would let chunks match that did not.
        Query required = new BooleanQuery.Builder().add(held, BooleanClause.Occur.SHOULD)
                .add(absent, BooleanClause.Occur.MUST).build();
        assertEquals(Optional.of(required), AbsentTerms.pruned(required, counts));
        assertEquals(Optional.empty(), AbsentTerms.pruned(anyOf(absent), counts));
    }

    private static Query anyOf(Query... clauses) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (Query clause : clauses) {
            query.add(clause, BooleanClause.Occur.SHOULD);
        }
        return query.build();
    }

    private static List<String> questions() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> questions = new ArrayList<>();
        for (String set : List.of("seeds-dev", "seeds-own", "seeds-unanswerable")) {
            for (String line : Files.readAllLines(Path.of("src/test/resources/eval", set + ".jsonl"))) {
                if (!line.isBlank()) {
                    questions.add(json.readTree(line).get("question").asText());
                }
            }
        }
        return questions;
    }
}
