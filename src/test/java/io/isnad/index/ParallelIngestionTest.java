package io.isnad.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.isnad.ingest.ArticleLoader;
import io.isnad.ingest.ChunkingSettings;

/**
 * Files are read, analysed and written by several threads, and committed in batches while the
 * next batch is being written: the index must hold the same documents, terms, frequencies, length
 * norms and catalog whatever the thread count and batch size.
 */
class ParallelIngestionTest {

    @TempDir
    Path tmp;

    private final ArticleLoader loader = new ArticleLoader(5_000_000, new ChunkingSettings(3, 1));

    @Test
    void theIndexIsTheSameWithOneThreadAndWithSeveral() throws IOException {
        Path articles = articles();
        List<String> oneThread = ingest(articles, new IndexSettings(1000, Duration.ZERO, 32, 1), "one");
        List<String> fourThreadsSmallBatches = ingest(articles, new IndexSettings(2, Duration.ZERO, 32, 4), "four");
        assertTrue(oneThread.size() > 1000, "postings, norms and catalog entries compared: " + oneThread.size());
        assertEquals(oneThread.size(), fourThreadsSmallBatches.size());
        for (int i = 0; i < oneThread.size(); i++) {
            assertEquals(oneThread.get(i), fourThreadsSmallBatches.get(i), "first difference at entry " + i);
        }
    }

    /** The seeds three times under other names, and a file that is not UTF-8. */
    private Path articles() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("articles"));
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            for (Path seed : seeds.toList()) {
                for (String copy : List.of("a", "b", "c")) {
                    Files.copy(seed, dir.resolve(copy + "-" + seed.getFileName()));
                }
            }
        }
        Files.write(dir.resolve("broken.txt"), new byte[] {(byte) 0xC3, (byte) 0x28, 'a', 'b'});
        return dir;
    }

    /** Every posting, norm and stored catalog entry of the index, keyed by file and chunk, sorted. */
    private List<String> ingest(Path articles, IndexSettings settings, String name) throws IOException {
        Path index = tmp.resolve(name);
        try (Corpus corpus = Corpus.open(articles, index, loader, Optional.empty(), settings)) {
            Corpus.RefreshReport report = corpus.refresh();
            assertEquals(15, report.indexed());
            assertEquals(1, report.skipped());
            assertEquals("not valid UTF-8", Snapshots.statuses(corpus).stream()
                    .filter(s -> s.file().equals("broken.txt")).findFirst().orElseThrow().reason().orElseThrow());
        }
        List<String> entries = new ArrayList<>();
        try (FSDirectory directory = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(directory)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                LeafReader r = leaf.reader();
                Map<Integer, String> keys = documentKeys(r);
                for (IndexField field : ChunkDocuments.SEARCHED_FIELDS) {
                    // A segment of catalog documents only (small batches, several threads) has no terms,
                    // yet the norms of their empty fields, compared like every other document's.
                    Terms terms = r.terms(field.field());
                    TermsEnum te = terms == null ? TermsEnum.EMPTY : terms.iterator();
                    PostingsEnum postings = null;
                    for (BytesRef term = te.next(); term != null; term = te.next()) {
                        postings = te.postings(postings, PostingsEnum.FREQS);
                        for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                            entries.add(field + " " + term.utf8ToString() + " " + keys.get(doc) + " " + postings.freq());
                        }
                    }
                    NumericDocValues norms = r.getNormValues(field.field());
                    for (int doc = norms.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = norms.nextDoc()) {
                        entries.add(field + " norm " + keys.get(doc) + " " + norms.longValue());
                    }
                }
                for (int doc = 0; doc < r.maxDoc(); doc++) {
                    BytesRef article = r.storedFields().document(doc).getBinaryValue(IndexField.ARTICLE.field());
                    if (article != null) {
                        entries.add("catalog " + keys.get(doc) + " " + Arrays.hashCode(
                                Arrays.copyOfRange(article.bytes, article.offset, article.offset + article.length)));
                    }
                }
            }
        }
        entries.sort(null);
        return entries;
    }

    /** "file#chunk" of each live document of {@code r} ("file#-1" for a catalog document). */
    private static Map<Integer, String> documentKeys(LeafReader r) throws IOException {
        Map<Integer, String> keys = new HashMap<>();
        Bits live = r.getLiveDocs();
        TermsEnum files = r.terms(IndexField.FILE.field()).iterator();
        PostingsEnum docs = null;
        for (BytesRef file = files.next(); file != null; file = files.next()) {
            docs = files.postings(docs, PostingsEnum.NONE);
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if (live == null || live.get(doc)) {
                    keys.put(doc, file.utf8ToString());
                }
            }
        }
        // Doc values are read in document order; a segment of catalog documents only has none.
        NumericDocValues chunks = r.getNumericDocValues(IndexField.CHUNK.field());
        for (int doc = 0; doc < r.maxDoc(); doc++) {
            if (keys.containsKey(doc)) {
                boolean chunk = chunks != null && chunks.advanceExact(doc);
                keys.put(doc, keys.get(doc) + "#" + (chunk ? chunks.longValue() : -1));
            }
        }
        return keys;
    }
}
