package io.isnad.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.isnad.ingest.ArticleLoader;
import io.isnad.ingest.ChunkingSettings;

/**
 * Every document, catalog documents included, has a length norm for each searched field: with
 * one missing, Lucene reads every norm through a sparse lookup when it scores a chunk and when it
 * writes postings, which cost about a sixth of the CPU per question on a 20,000-article archive.
 */
class DenseNormsTest {

    @TempDir
    Path tmp;

    @Test
    void everyDocumentHasANormForEachSearchedField() throws IOException {
        Path index = tmp.resolve("index");
        try (Corpus corpus = Corpus.open(Path.of("seeds"), index,
                new ArticleLoader(5_000_000, new ChunkingSettings(3, 1)))) {
            corpus.refresh();
        }
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
            int checked = 0;
            for (LeafReaderContext leaf : reader.leaves()) {
                for (IndexField field : ChunkDocuments.SEARCHED_FIELDS) {
                    NumericDocValues norms = leaf.reader().getNormValues(field.field());
                    assertNotNull(norms, field + " has norms");
                    for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                        assertTrue(norms.advanceExact(doc), field + " norm of document " + doc);
                        checked++;
                    }
                }
            }
            assertEquals(reader.maxDoc() * ChunkDocuments.SEARCHED_FIELDS.size(), checked);
            assertTrue(reader.maxDoc() > 5, "chunk and catalog documents were written");
        }
    }
}
