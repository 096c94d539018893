package io.isnad.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

import io.isnad.index.embedding.ChunkVectors;
import io.isnad.ingest.Article;
import io.isnad.ingest.Chunk;

/**
 * The chunk documents as ingestion writes them (each sentence analysed once, its tokens replayed
 * as UTF-8 bytes into every chunk that holds it) index exactly what Lucene makes of each chunk's
 * own text run through the field analyzers: the same terms, the same frequency of every term in
 * every chunk, and the same length norm of every chunk in every searched field, so BM25 scores
 * every question the same. Each article's chunks are followed, as in the index, by a catalog
 * document whose searched fields are empty, so one replayed stream per field serves chunk after
 * chunk of article after article, with those empty fields in between.
 */
class ReplayedIndexTest {

    private final IndexAnalyzers analyzers = new IndexAnalyzers();

    @Test
    void replayedChunksHaveTheTermsFrequenciesAndNormsOfTheirAnalysedText() throws IOException {
        List<Article> articles = ArticleAnalysisTest.seedsAndEdges();
        try (Directory replayed = new ByteBuffersDirectory(); Directory analysed = new ByteBuffersDirectory()) {
            index(replayed, articles, true);
            index(analysed, articles, false);
            try (DirectoryReader expected = DirectoryReader.open(analysed);
                    DirectoryReader actual = DirectoryReader.open(replayed)) {
                assertEquals(expected.maxDoc(), actual.maxDoc());
                LeafReader want = expected.leaves().getFirst().reader();
                LeafReader got = actual.leaves().getFirst().reader();
                int postings = 0;
                for (IndexField field : ChunkDocuments.SEARCHED_FIELDS) {
                    assertEquals(norms(want, field), norms(got, field), field + " norms");
                    List<String> wantPostings = postings(want, field);
                    assertEquals(wantPostings, postings(got, field), field + " terms and frequencies");
                    postings += wantPostings.size();
                }
                assertTrue(postings > 10_000, "the seeds and the edge cases index many postings: " + postings);
            }
        }
    }

    /** Every chunk's documents, their searched fields either replayed as ingestion does or analysed from their text. */
    private void index(Directory directory, List<Article> articles, boolean replay) throws IOException {
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzers.perField()))) {
            for (Article article : articles) {
                if (replay) {
                    Document catalog = new Document();
                    ChunkDocuments.SEARCHED_FIELDS.forEach(field -> catalog.add(new ReplayedField(field, List.of())));
                    writer.addDocuments(ChunkDocuments.of(article, ArticleAnalysis.of(article, analyzers),
                            ChunkVectors.NONE, catalog));
                    continue;
                }
                for (Chunk chunk : article.chunks()) {
                    Document doc = new Document();
                    for (Map.Entry<IndexField, String> text : ChunkDocuments.searchedTexts(article, chunk).entrySet()) {
                        doc.add(new Field(text.getKey().field(), text.getValue(), ChunkDocuments.SEARCHED_TYPE));
                    }
                    writer.addDocument(doc);
                }
                Document catalog = new Document();
                ChunkDocuments.SEARCHED_FIELDS.forEach(field ->
                        catalog.add(new Field(field.field(), "", ChunkDocuments.SEARCHED_TYPE)));
                writer.addDocument(catalog);
            }
            writer.forceMerge(1);
        }
    }

    private static List<Long> norms(LeafReader reader, IndexField field) throws IOException {
        NumericDocValues values = reader.getNormValues(field.field());
        List<Long> norms = new ArrayList<>();
        for (int doc = 0; doc < reader.maxDoc(); doc++) {
            norms.add(values.advanceExact(doc) ? values.longValue() : null);
        }
        return norms;
    }

    /** "term doc:freq" for every posting of {@code field}, in term then document order. */
    private static List<String> postings(LeafReader reader, IndexField field) throws IOException {
        List<String> postings = new ArrayList<>();
        Terms terms = reader.terms(field.field());
        TermsEnum term = terms.iterator();
        for (BytesRef bytes = term.next(); bytes != null; bytes = term.next()) {
            PostingsEnum docs = term.postings(null, PostingsEnum.FREQS);
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                postings.add(bytes.utf8ToString() + " " + doc + ":" + docs.freq());
            }
        }
        return postings;
    }
}
