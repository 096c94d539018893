package io.isnad.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

class KnownTermsSearcherTest {

    private static final List<String> TEXTS = List.of("alpha beta gamma", "beta beta delta", "gamma delta epsilon alpha",
            "alpha alpha alpha zeta", "eta theta beta", "delta");

    /** Two segments, so each term has a state per segment, or none where a segment lacks it. */
    private static Directory index() throws IOException {
        Directory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
            for (int i = 0; i < TEXTS.size(); i++) {
                Document doc = new Document();
                doc.add(new TextField("f", TEXTS.get(i), Field.Store.NO));
                doc.add(new TextField("g", TEXTS.get(TEXTS.size() - 1 - i), Field.Store.NO));
                writer.addDocument(doc);
                if (i == 2) {
                    writer.commit();
                }
            }
        }
        return directory;
    }

    private static TermQuery term(String field, String text) {
        return new TermQuery(new Term(field, text));
    }

    /** The shapes a question's query takes: boosted terms, disjunctions, a nested boolean, an absent term. */
    private static Query question() {
        BooleanQuery.Builder nested = new BooleanQuery.Builder();
        nested.add(term("g", "delta"), BooleanClause.Occur.SHOULD);
        nested.add(new BoostQuery(term("g", "beta"), 0.3f), BooleanClause.Occur.SHOULD);
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        query.add(new BoostQuery(term("f", "alpha"), 1.5f), BooleanClause.Occur.SHOULD);
        query.add(new BoostQuery(new DisjunctionMaxQuery(List.of(term("f", "beta"), term("g", "gamma")), 0.1f), 0.7f),
                BooleanClause.Occur.SHOULD);
        query.add(new BoostQuery(nested.build(), 0.3f), BooleanClause.Occur.SHOULD);
        query.add(term("f", "absent"), BooleanClause.Occur.SHOULD);
        query.add(term("g", "zeta"), BooleanClause.Occur.SHOULD);
        return query.build();
    }

    private static float[] scores(TopDocs top) {
        float[] scores = new float[top.scoreDocs.length];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = top.scoreDocs[i].score;
        }
        return scores;
    }

    private static int[] docs(TopDocs top) {
        return Arrays.stream(top.scoreDocs).mapToInt(d -> d.doc).toArray();
    }

    @Test
    void scoresAreThoseOfAFreshLookUpEveryTime() throws IOException {
        try (Directory directory = index(); DirectoryReader reader = DirectoryReader.open(directory)) {
            assertEquals(2, reader.leaves().size());
            TopDocs plain = new IndexSearcher(reader).search(question(), 10);
            KnownTermsSearcher known = new KnownTermsSearcher(reader);
            for (int round = 0; round < 3; round++) {
                TopDocs kept = known.search(question(), 10);
                assertArrayEquals(docs(plain), docs(kept));
                assertArrayEquals(scores(plain), scores(kept), "round " + round);
            }
            assertTrue(plain.scoreDocs.length >= 5);
        }
    }

    @Test
    void aTermsWeightIsKeptByBoostAndScoreMode() throws IOException {
        try (Directory directory = index(); DirectoryReader reader = DirectoryReader.open(directory)) {
            KnownTermsSearcher known = new KnownTermsSearcher(reader);
            Weight boosted = known.createWeight(new BoostQuery(term("f", "alpha"), 1.5f), ScoreMode.TOP_SCORES, 2f);
            assertSame(boosted, known.createWeight(term("f", "alpha"), ScoreMode.TOP_SCORES, 3f),
                    "a boost's weight is its term's at the product of the boosts");
            assertNotSame(boosted, known.createWeight(term("f", "alpha"), ScoreMode.TOP_SCORES, 1.5f));
            assertNotSame(boosted, known.createWeight(term("f", "alpha"), ScoreMode.COMPLETE, 3f));
            assertNotSame(boosted, known.createWeight(term("g", "alpha"), ScoreMode.TOP_SCORES, 3f));

            // The same term at two boosts in one query, then each alone: every score as a plain searcher's.
            IndexSearcher plain = new IndexSearcher(reader);
            BooleanQuery.Builder twice = new BooleanQuery.Builder();
            twice.add(new BoostQuery(term("f", "beta"), 0.3f), BooleanClause.Occur.SHOULD);
            twice.add(new BoostQuery(term("f", "beta"), 1.5f), BooleanClause.Occur.SHOULD);
            twice.add(term("f", "delta"), BooleanClause.Occur.SHOULD);
            for (Query q : List.of(twice.build(), new BoostQuery(term("f", "beta"), 0.3f), term("f", "beta"),
                    twice.build())) {
                TopDocs expected = plain.search(q, 10);
                TopDocs actual = known.search(q, 10);
                assertArrayEquals(docs(expected), docs(actual), q.toString());
                assertArrayEquals(scores(expected), scores(actual), q.toString());
            }
        }
    }

    @Test
    void aSecondStageScoresAsWithAFreshLookUp() throws IOException {
        try (Directory directory = index(); DirectoryReader reader = DirectoryReader.open(directory)) {
            IndexSearcher plain = new IndexSearcher(reader);
            KnownTermsSearcher known = new KnownTermsSearcher(reader);
            Query later = new BoostQuery(term("g", "alpha"), 0.3f);
            TopDocs expected = QueryRescorer.rescore(plain, plain.search(question(), 4), later, 1, 4);
            TopDocs actual = QueryRescorer.rescore(known, known.search(question(), 4), later, 1, 4);
            assertArrayEquals(docs(expected), docs(actual));
            assertArrayEquals(scores(expected), scores(actual));
        }
    }

    @Test
    void countsAreTheReadersAndEachReaderHasItsOwn() throws IOException {
        try (Directory directory = index()) {
            try (DirectoryReader before = DirectoryReader.open(directory)) {
                KnownTermsSearcher old = new KnownTermsSearcher(before);
                for (String text : List.of("alpha", "beta", "delta", "zeta", "absent")) {
                    Term t = new Term("f", text);
                    assertEquals(before.docFreq(t), old.docFreq(t), text);
                }
                try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
                    Document doc = new Document();
                    doc.add(new TextField("f", "absent alpha", Field.Store.NO));
                    writer.addDocument(doc);
                }
                try (DirectoryReader after = DirectoryReader.open(directory)) {
                    KnownTermsSearcher next = new KnownTermsSearcher(after);
                    assertEquals(1, next.docFreq(new Term("f", "absent")));
                    assertEquals(4, next.docFreq(new Term("f", "alpha")));
                    ScoreDoc[] found = next.search(term("f", "absent"), 5).scoreDocs;
                    assertEquals(1, found.length);
                }
                assertEquals(0, old.docFreq(new Term("f", "absent")), "the older version keeps its own counts");
                assertEquals(0, old.search(term("f", "absent"), 5).scoreDocs.length);
            }
        }
    }

    @Test
    void fieldStatisticsAreTheReadersAndEachReaderHasItsOwn() throws IOException {
        try (Directory directory = index()) {
            try (DirectoryReader before = DirectoryReader.open(directory)) {
                IndexSearcher plain = new IndexSearcher(before);
                KnownTermsSearcher old = new KnownTermsSearcher(before);
                for (int round = 0; round < 2; round++) {
                    assertEquals(plain.collectionStatistics("f"), old.collectionStatistics("f"));
                    assertEquals(plain.collectionStatistics("g"), old.collectionStatistics("g"));
                    assertNull(old.collectionStatistics("absent"), "no document has the field");
                }
                try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
                    Document doc = new Document();
                    doc.add(new TextField("f", "absent alpha", Field.Store.NO));
                    doc.add(new TextField("absent", "now present", Field.Store.NO));
                    writer.addDocument(doc);
                }
                try (DirectoryReader after = DirectoryReader.open(directory)) {
                    KnownTermsSearcher next = new KnownTermsSearcher(after);
                    assertEquals(TEXTS.size() + 1, next.collectionStatistics("f").docCount());
                    assertEquals(1, next.collectionStatistics("absent").docCount());
                }
                assertEquals(TEXTS.size(), old.collectionStatistics("f").docCount(), "the older version keeps its own");
                assertNull(old.collectionStatistics("absent"));
            }
        }
    }
}
