package io.isnad.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.Bits;

import io.isnad.ingest.LoadOutcome;

/**
 * One published version of the index: a reader, its searcher and the article list read from the
 * same commit's doc values. Reference-counted through the reader, so a re-index can publish the
 * next version while requests finish on this one.
 */
final class IndexGeneration {

    private final DirectoryReader reader;
    /** Keeps the terms it looked up, for the version's life: their counts and their states for searching. */
    private final KnownTermsSearcher searcher;
    private final Map<String, CatalogEntry> entries;
    /** How many of {@link #entries} are indexed articles (the others were read and skipped), counted as read. */
    private final int indexed;
    private final List<LoadOutcome.Skipped> scanSkipped;
    /**
     * The article list, sorted by file, built on first use: only the article list and a few
     * commands read it, and sorting 20,000 entries at open would delay a restart's readiness.
     */
    private final ComputedOnce<List<ArticleStatus>> statuses = new ComputedOnce<>();
    /**
     * The root skeletons of the indexed articles' words ({@link LuceneSnapshot#rootKeys}), gathered on
     * first use: only a question with a word no article holds asks for them.
     */
    private final ComputedOnce<Set<String>> rootKeys;
    /**
     * The Arabic words by their consonants ({@link LuceneSnapshot#wordsByConsonants}), listed when the version
     * is published, on a thread of its own ({@code LuceneCorpus.listWordsInBackground}), or by the first
     * question that needs them before that thread is done.
     */
    private final ComputedOnce<Map<String, List<String>>> wordsByConsonants;
    /**
     * Per key of a set of terms ({@link Snapshot#anyNoneHeld}: a known name's written forms), whether no chunk
     * holds any, found by the first question that asks. The keys come from a bounded set (the lexicon's
     * names), so nothing is evicted.
     */
    private final Map<String, Boolean> noneHeld;

    private IndexGeneration(DirectoryReader reader, KnownTermsSearcher searcher, Catalog catalog,
            List<LoadOutcome.Skipped> scanSkipped, ComputedOnce<Set<String>> rootKeys,
            ComputedOnce<Map<String, List<String>>> wordsByConsonants, Map<String, Boolean> noneHeld) {
        this.reader = reader;
        this.searcher = searcher;
        this.entries = catalog.entries();
        this.indexed = catalog.indexed();
        this.scanSkipped = scanSkipped;
        this.rootKeys = rootKeys;
        this.wordsByConsonants = wordsByConsonants;
        this.noneHeld = noneHeld;
    }

    /** The catalog as read from one reader: every file's entry, and how many of them are indexed. */
    private record Catalog(Map<String, CatalogEntry> entries, int indexed) {
    }

    /**
     * The version held by {@code reader}, whose reference it takes over; {@code scanSkipped} are
     * the folder entries never read (links leading outside, pipes), listed beside the indexed files.
     */
    static IndexGeneration of(DirectoryReader reader, List<LoadOutcome.Skipped> scanSkipped) throws IOException {
        return new IndexGeneration(reader, new KnownTermsSearcher(reader), readCatalog(reader),
                List.copyOf(scanSkipped), new ComputedOnce<>(), new ComputedOnce<>(), new ConcurrentHashMap<>());
    }

    /**
     * This version again with another list of folder entries never read, for a refresh that
     * changed nothing in the index: its catalog is not read a second time, nor its words listed again
     * (the root skeletons, the words by consonants and the terms found unheld are the same reader's).
     * Takes a reference.
     */
    IndexGeneration withScanSkipped(List<LoadOutcome.Skipped> scanSkipped) {
        reader.incRef();
        return new IndexGeneration(reader, searcher, new Catalog(entries, indexed), List.copyOf(scanSkipped),
                rootKeys, wordsByConsonants, noneHeld);
    }

    private static List<ArticleStatus> statuses(Map<String, CatalogEntry> entries,
            List<LoadOutcome.Skipped> scanSkipped) {
        List<ArticleStatus> statuses = new ArrayList<>(entries.size() + scanSkipped.size());
        entries.values().forEach(e -> statuses.add(e.status()));
        scanSkipped.forEach(s -> statuses.add(new ArticleStatus(s.file(), "", Optional.empty(), 0,
                ArticleStatus.SKIPPED, Optional.of(s.reason()))));
        statuses.sort(Comparator.comparing(ArticleStatus::file));
        return List.copyOf(statuses);
    }

    /** The version held by {@code newer}, with this version's folder entries that were never read. */
    IndexGeneration next(DirectoryReader newer) throws IOException {
        return of(newer, scanSkipped);
    }

    private static Catalog readCatalog(DirectoryReader reader) throws IOException {
        Map<String, CatalogEntry> entries = new HashMap<>();
        int indexed = 0;
        for (LeafReaderContext leaf : reader.leaves()) {
            LeafReader r = leaf.reader();
            Bits live = r.getLiveDocs();
            BinaryDocValues files = DocValues.getBinary(r, IndexField.CATALOG_FILE.field());
            BinaryDocValues titles = DocValues.getBinary(r, IndexField.SHOWN_TITLE.field());
            BinaryDocValues reasons = DocValues.getBinary(r, IndexField.SKIP_REASON.field());
            BinaryDocValues fingerprints = DocValues.getBinary(r, IndexField.FINGERPRINT.field());
            BinaryDocValues settings = DocValues.getBinary(r, IndexField.SETTINGS.field());
            NumericDocValues dates = DocValues.getNumeric(r, IndexField.DATE.field());
            NumericDocValues chunks = DocValues.getNumeric(r, IndexField.CHUNK_COUNT.field());
            NumericDocValues sizes = DocValues.getNumeric(r, IndexField.SIZE.field());
            NumericDocValues modified = DocValues.getNumeric(r, IndexField.MODIFIED.field());
            NumericDocValues readAt = DocValues.getNumeric(r, IndexField.READ_AT.field());
            for (int doc = files.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = files.nextDoc()) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                String file = files.binaryValue().utf8ToString();
                String reason = reasons.advanceExact(doc) ? reasons.binaryValue().utf8ToString() : null;
                if (reason == null) {
                    indexed++;
                }
                String title = titles.advanceExact(doc) ? titles.binaryValue().utf8ToString() : "";
                Optional<LocalDate> date = dates.advanceExact(doc) ? Optional.of(LocalDate.ofEpochDay(dates.longValue()))
                        : Optional.empty();
                int count = chunks.advanceExact(doc) ? (int) chunks.longValue() : 0;
                String fingerprint = fingerprints.advanceExact(doc) ? fingerprints.binaryValue().utf8ToString() : "";
                String setting = settings.advanceExact(doc) ? settings.binaryValue().utf8ToString() : "";
                long size = sizes.advanceExact(doc) ? sizes.longValue() : -1;
                long time = modified.advanceExact(doc) ? modified.longValue() : -1;
                long read = readAt.advanceExact(doc) ? readAt.longValue() : -1;
                entries.put(file, new CatalogEntry(file, title, date, count, reason, size, time, read, fingerprint,
                        setting, leaf.docBase + doc));
            }
        }
        return new Catalog(Collections.unmodifiableMap(entries), indexed);
    }

    DirectoryReader reader() {
        return reader;
    }

    IndexSearcher searcher() {
        return searcher;
    }

    /** How many documents of this version hold {@code term}; remembered, as a version never changes. */
    int docFreq(Term term) {
        return searcher.docFreq(term);
    }

    Map<String, CatalogEntry> entries() {
        return entries;
    }

    List<ArticleStatus> statuses() {
        return statuses.get(() -> statuses(entries, scanSkipped));
    }

    /** The root skeletons of this version's words, gathered by {@code gather} the first time. */
    Set<String> rootKeys(Supplier<Set<String>> gather) {
        return rootKeys.get(gather);
    }

    /** The Arabic words of this version by their consonants, listed by {@code list} the first time. */
    Map<String, List<String>> wordsByConsonants(Supplier<Map<String, List<String>>> list) {
        return wordsByConsonants.get(list);
    }

    /**
     * Whether no chunk of this version holds the terms {@code key} stands for, found by {@code find} the first
     * time.
     */
    boolean noneHeld(String key, Supplier<Boolean> find) {
        Boolean kept = noneHeld.get(key);
        if (kept == null) {
            kept = find.get();
            noneHeld.putIfAbsent(key, kept);
        }
        return kept;
    }

    /** Indexed articles: the catalog's entries that are not skipped files. */
    int indexed() {
        return indexed;
    }

    /** Files listed: the catalog's entries and the folder entries never read. */
    int listed() {
        return entries.size() + scanSkipped.size();
    }

    /** Takes a reference, or returns false when this version was already retired. */
    boolean tryAcquire() {
        return reader.tryIncRef();
    }

    /** Drops a reference; the last one closes the reader. */
    void release() {
        try {
            reader.decRef();
        } catch (IOException e) {
            throw new UncheckedIOException("closing an index version failed", e);
        }
    }
}
