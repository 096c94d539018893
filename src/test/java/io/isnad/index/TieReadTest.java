package io.isnad.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/**
 * {@link LuceneSnapshot#withTies}: a tie at the k-th score is read whole up to the ceiling, and no further, however
 * many documents a query ties.
 */
class TieReadTest {

    private static final int TIED = 100;
    private static final Query TOKYO = new TermQuery(new Term(IndexField.ARABIC.field(), "طوكيو"));

    /** {@value #TIED} documents writing طوكيو once, at one length, then five writing it more often, at others. */
    private static Directory index() throws IOException {
        Directory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
            for (int d = 0; d < TIED; d++) {
                writer.addDocument(doc("وصل وفد إلى طوكيو"));
            }
            for (int d = 0; d < 5; d++) {
                writer.addDocument(doc(("طوكيو ").repeat(d + 2) + "وفد"));
            }
        }
        return directory;
    }

    private static Document doc(String text) {
        Document doc = new Document();
        doc.add(new TextField(IndexField.ARABIC.field(), text, Field.Store.NO));
        return doc;
    }

    @Test
    void aTieUnderTheCeilingIsReadWholeAndNoFurther() throws IOException {
        try (Directory directory = index(); DirectoryReader reader = DirectoryReader.open(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            assertEquals(5 + TIED, LuceneSnapshot.withTies(searcher, TOKYO, 6, 1_000).scoreDocs.length,
                    "the sixth ties with the hundred others");
            assertEquals(10, LuceneSnapshot.withTies(searcher, TOKYO, 5, 1_000).scoreDocs.length,
                    "the fifth ties with none: read no further than the first ten, whose last scores under it");
            assertEquals(5 + TIED, LuceneSnapshot.withTies(searcher, new ConstantScoreQuery(TOKYO), 2, 1_000)
                    .scoreDocs.length, "every match of a constant score ties");
        }
    }

    @Test
    void aTieOverTheCeilingIsReadToTheCeiling() throws IOException {
        try (Directory directory = index(); DirectoryReader reader = DirectoryReader.open(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            assertEquals(40, LuceneSnapshot.withTies(searcher, TOKYO, 6, 40).scoreDocs.length);
            assertEquals(40, LuceneSnapshot.withTies(searcher, new ConstantScoreQuery(TOKYO), 2, 40).scoreDocs.length);
            assertEquals(50, LuceneSnapshot.withTies(searcher, TOKYO, 50, 40).scoreDocs.length,
                    "k itself is always read");
        }
    }
}
