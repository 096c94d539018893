package io.isnad.retrieve.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class InstalledDictionaryTest {

    private static final Path DIR = Path.of("/nonexistent");

    @Test
    void isReadOnceHoweverOftenItIsAsked() {
        AtomicInteger reads = new AtomicInteger();
        InstalledDictionary<String> dictionary = new InstalledDictionary<>("Test", DIR, dir -> {
            reads.incrementAndGet();
            return Optional.of("read from " + dir);
        }, read -> read, "install it");
        assertEquals(Optional.of("read from /nonexistent"), dictionary.get());
        assertEquals(Optional.of("read from /nonexistent"), dictionary.get());
        assertEquals(1, reads.get());
    }

    @Test
    void anAbsentDictionaryIsEmptyAndNotReadAgain() {
        AtomicInteger reads = new AtomicInteger();
        InstalledDictionary<String> dictionary = new InstalledDictionary<>("Test", DIR, dir -> {
            reads.incrementAndGet();
            return Optional.empty();
        }, read -> read, "install it");
        assertTrue(dictionary.get().isEmpty());
        assertTrue(dictionary.get().isEmpty());
        assertEquals(1, reads.get());
    }

    @Test
    void anUnreadableDictionaryIsEmptyNotAnError() {
        InstalledDictionary<String> io = new InstalledDictionary<>("Test", DIR, dir -> {
            throw new IOException("truncated");
        }, read -> read, "install it");
        InstalledDictionary<String> parse = new InstalledDictionary<>("Test", DIR, dir -> {
            throw new IllegalArgumentException("bad flag");
        }, read -> read, "install it");
        assertTrue(io.get().isEmpty());
        assertTrue(parse.get().isEmpty());
    }
}
