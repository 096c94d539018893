package io.isnad.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
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

/** The listing of a published version's words by their consonants on a thread of its own (perf40). */
class LuceneCorpusTest {

    private static <T> Supplier<T> never() {
        return () -> {
            throw new AssertionError("listed on the request path");
        };
    }

    private static void add(Directory directory, String word) throws IOException {
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
            Document doc = new Document();
            doc.add(new TextField(IndexField.ARABIC.field(), word, Field.Store.NO));
            writer.addDocument(doc);
        }
    }

    private static IndexGeneration generation(Directory directory) throws IOException {
        return IndexGeneration.of(DirectoryReader.open(directory), List.of());
    }

    @Test
    void aPublishedVersionsWordsAreListedOnAThreadOfTheirOwn() throws Exception {
        try (Directory directory = new ByteBuffersDirectory()) {
            add(directory, "بورجس");
            IndexGeneration generation = generation(directory);
            AtomicReference<Thread> listedOn = new AtomicReference<>();
            LuceneCorpus.listInBackground(generation, reader -> {
                listedOn.set(Thread.currentThread());
                return LuceneSnapshot.listWordsByConsonants(reader);
            }).join();
            assertNotSame(Thread.currentThread(), listedOn.get());
            // A question now finds the list made: it lists nothing itself.
            assertEquals(Map.of("برجس", List.of("بورجس")), generation.wordsByConsonants(never()));
            assertEquals(1, generation.reader().getRefCount(), "the thread let its reference go");
            generation.release();
        }
    }

    @Test
    void aFailedListingIsLeftToTheFirstQuestionThatNeedsIt() throws Exception {
        try (Directory directory = new ByteBuffersDirectory()) {
            add(directory, "بورجس");
            IndexGeneration generation = generation(directory);
            LuceneCorpus.listInBackground(generation, reader -> {
                throw new UncheckedIOException("the index closed", new IOException());
            }).join();
            assertEquals(1, generation.reader().getRefCount(), "the failed thread let its reference go");
            AtomicBoolean listedByQuestion = new AtomicBoolean();
            Map<String, List<String>> words = generation.wordsByConsonants(() -> {
                listedByQuestion.set(true);
                return LuceneSnapshot.listWordsByConsonants(generation.reader());
            });
            assertTrue(listedByQuestion.get());
            assertEquals(Map.of("برجس", List.of("بورجس")), words);
            generation.release();
        }
    }

    @Test
    void aNewerVersionListsItsOwnWordsAndARetiredOneIsSkipped() throws Exception {
        try (Directory directory = new ByteBuffersDirectory()) {
            add(directory, "بورجس");
            IndexGeneration first = generation(directory);
            LuceneCorpus.listInBackground(first, LuceneSnapshot::listWordsByConsonants).join();
            Map<String, List<String>> firstWords = first.wordsByConsonants(never());
            add(directory, "برشلونه");
            IndexGeneration second = first.next(DirectoryReader.open(directory));
            first.release();
            AtomicBoolean listedRetired = new AtomicBoolean();
            LuceneCorpus.listInBackground(first, reader -> {
                listedRetired.set(true);
                return Map.of();
            }).join();
            assertFalse(listedRetired.get(), "a retired version's reader is closed: nothing is listed of it");
            LuceneCorpus.listInBackground(second, LuceneSnapshot::listWordsByConsonants).join();
            assertEquals(Map.of("برجس", List.of("بورجس"), "برشلن", List.of("برشلونه")), second.wordsByConsonants(never()));
            assertEquals(Map.of("برجس", List.of("بورجس")), firstWords);
            assertSame(firstWords, first.wordsByConsonants(never()), "the retired version's list is its own");
            second.release();
        }
    }
}
