package io.isnad.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

class IndexGenerationTest {

    private static <T> Supplier<T> never() {
        return () -> {
            throw new AssertionError("listed again");
        };
    }

    private static Directory index() throws IOException {
        Directory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
            Document doc = new Document();
            doc.add(new TextField(IndexField.ARABIC.field(), "طوكيو", Field.Store.NO));
            writer.addDocument(doc);
        }
        return directory;
    }

    /** A refresh that changed nothing publishes the same reader again: what was listed of it is not listed twice. */
    @Test
    void theSameReaderWithOtherSkippedEntriesKeepsItsListedWordsAndRoots() throws IOException {
        try (Directory directory = index()) {
            IndexGeneration generation = IndexGeneration.of(DirectoryReader.open(directory), List.of());
            Map<String, List<String>> words = generation.wordsByConsonants(() -> Map.of("طكي", List.of("طوكيو")));
            Set<String> roots = generation.rootKeys(() -> Set.of("طكي"));
            IndexGeneration again = generation.withScanSkipped(List.of());
            assertSame(words, again.wordsByConsonants(never()));
            assertSame(roots, again.rootKeys(never()));
            IndexGeneration next = generation.next(DirectoryReader.open(directory));
            assertEquals(Map.of(), next.wordsByConsonants(Map::of), "another reader lists its own");
            assertEquals(Set.of(), next.rootKeys(Set::of));
            next.release();
            again.release();
            generation.release();
        }
    }

    /** Whether a key's terms are unheld is found once per reader, and again for another reader. */
    @Test
    void aKeysTermsAreFoundUnheldOncePerReader() throws IOException {
        try (Directory directory = index()) {
            IndexGeneration generation = IndexGeneration.of(DirectoryReader.open(directory), List.of());
            assertEquals(true, generation.noneHeld("لبنان", () -> true));
            assertEquals(false, generation.noneHeld("طوكيو", () -> false));
            assertEquals(true, generation.noneHeld("لبنان", never()));
            IndexGeneration again = generation.withScanSkipped(List.of());
            assertEquals(false, again.noneHeld("طوكيو", never()));
            IndexGeneration next = generation.next(DirectoryReader.open(directory));
            assertEquals(false, next.noneHeld("لبنان", () -> false), "another reader finds its own");
            next.release();
            again.release();
            generation.release();
        }
    }
}
