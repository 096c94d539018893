package io.isnad.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;

import com.github.benmanes.caffeine.cache.Cache;

import io.isnad.index.embedding.Embedder;
import io.isnad.index.embedding.VectorField;
import io.isnad.ingest.Article;
import io.isnad.ingest.arabic.ArabicRootSkeleton;

/** A {@link Snapshot} of the embedded index: one {@link IndexGeneration}, held until closed. */
final class LuceneSnapshot implements Snapshot {

    private static final Set<String> ARTICLE_FIELD = Set.of(IndexField.ARTICLE.field());
    /**
     * The most documents a search reads to take a tie at its k-th score whole ({@link #withTies}): a search
     * cluster returns no more than 10,000 hits by default either, and the answer path asks for 300 by default (a pool
     * of three times the 100 candidates).
     */
    static final int TIE_CEILING = 10_000;

    private final IndexGeneration generation;
    private final LuceneIndex index;
    private final Cache<String, CatalogDocuments.Parsed> articles;
    private final AtomicBoolean closed = new AtomicBoolean();

    LuceneSnapshot(IndexGeneration generation, LuceneIndex index, Cache<String, CatalogDocuments.Parsed> articles) {
        this.generation = generation;
        this.index = index;
        this.articles = articles;
    }

    @Override
    public IndexAnalyzers analyzers() {
        return index.analyzers();
    }

    @Override
    public Optional<Embedder> embedder() {
        return index.embedder();
    }

    @Override
    public OptionalLong version() {
        return OptionalLong.of(generation.reader().getVersion());
    }

    @Override
    public List<ChunkHit> search(Query query, int k) {
        return hits(query, k);
    }

    @Override
    public List<ChunkHit> search(Query query, Query secondStage, int pool, int k) {
        try {
            IndexSearcher searcher = generation.searcher();
            TopDocs first = withTies(searcher, query, Math.max(pool, k), TIE_CEILING);
            TopDocs both = QueryRescorer.rescore(searcher, first, secondStage, 1, first.scoreDocs.length);
            return best(resolve(both.scoreDocs), k);
        } catch (IOException e) {
            throw new UncheckedIOException("searching the index failed", e);
        }
    }

    @Override
    public List<ChunkHit> nearest(float[] unitVector, int k) {
        return hits(VectorField.nearest(unitVector, k), k);
    }

    private List<ChunkHit> hits(Query query, int k) {
        try {
            int read = Math.max(1, k);
            return best(resolve(withTies(generation.searcher(), query, read, TIE_CEILING).scoreDocs), read);
        } catch (IOException e) {
            throw new UncheckedIOException("searching the index failed", e);
        }
    }

    /**
     * The best {@code k} documents of {@code query} and every other scoring the same as the k-th: Lucene keeps the
     * lower document id of two equal scores, and the ids follow the order the ingest workers happened to write the
     * files in, so a cut through a tie would keep other chunks from one build of the same files to the next. Read
     * again with twice as many until the last document read scores below the k-th, none is left, or {@code ceiling}
     * (or {@code k}, if more) are read. Past the ceiling the tie is cut where Lucene cuts it, by document id, and
     * which of its chunks are kept may differ between two builds, as before the tie was read whole: the answer path's
     * queries are summed BM25 scores, whose ties need chunks holding every matched word as often at the same length,
     * and the evaluation's corpora hold under a thousand documents each, so there the ceiling never binds; a
     * constant-score query over a large archive would otherwise read every document it matches.
     */
    static TopDocs withTies(IndexSearcher searcher, Query query, int k, int ceiling) throws IOException {
        int most = Math.min(Math.max(k, ceiling), searcher.getIndexReader().maxDoc());
        int read = k;
        while (true) {
            TopDocs top = searcher.search(query, read);
            ScoreDoc[] found = top.scoreDocs;
            if (found.length < read || found[read - 1].score < found[k - 1].score || read >= most) {
                return top;
            }
            read = (int) Math.min(2L * read, most);
        }
    }

    /** The best {@code k} of {@code hits}, ties by file and chunk ({@link ChunkHit#BEST_FIRST}). */
    private static List<ChunkHit> best(List<ChunkHit> hits, int k) {
        hits.sort(ChunkHit.BEST_FIRST);
        return List.copyOf(hits.subList(0, Math.min(k, hits.size())));
    }

    /**
     * The file and chunk position of each hit, from doc values only: a file's chunk documents are
     * written as one block ending with its catalog document, so the first catalog document at or
     * after a chunk is its article's.
     */
    private List<ChunkHit> resolve(ScoreDoc[] found) throws IOException {
        ScoreDoc[] byDoc = found.clone();
        Arrays.sort(byDoc, Comparator.comparingInt(d -> d.doc));
        List<LeafReaderContext> leaves = generation.reader().leaves();
        List<ChunkHit> hits = new ArrayList<>(found.length);
        int leafIndex = -1;
        BinaryDocValues files = null;
        NumericDocValues chunks = null;
        LeafReaderContext leaf = null;
        for (ScoreDoc hit : byDoc) {
            int next = ReaderUtil.subIndex(hit.doc, leaves);
            if (next != leafIndex) {
                leafIndex = next;
                leaf = leaves.get(leafIndex);
                files = DocValues.getBinary(leaf.reader(), IndexField.CATALOG_FILE.field());
                chunks = DocValues.getNumeric(leaf.reader(), IndexField.CHUNK.field());
            }
            int doc = hit.doc - leaf.docBase;
            if (!chunks.advanceExact(doc) || (files.docID() < doc && files.advance(doc) == DocIdSetIterator.NO_MORE_DOCS)) {
                continue;
            }
            hits.add(new ChunkHit(files.binaryValue().utf8ToString(), (int) chunks.longValue(), hit.score));
        }
        return hits;
    }

    @Override
    public int docFreq(IndexField field, String term) {
        return docFreq(new Term(field.field(), term));
    }

    @Override
    public int docFreq(Term term) {
        return generation.docFreq(term);
    }

    @Override
    public int docCount(IndexField field) {
        try {
            return generation.reader().getDocCount(field.field());
        } catch (IOException e) {
            throw new UncheckedIOException("reading field statistics failed", e);
        }
    }

    @Override
    public Optional<Article> article(String file) {
        return parsed(file).map(CatalogDocuments.Parsed::article);
    }

    @Override
    public List<SentenceTokens> sentenceTokens(String file) {
        return parsed(file).map(CatalogDocuments.Parsed::tokens).orElse(List.of());
    }

    /**
     * The article as this version holds it. Cached by file and fingerprint, so a cached article is
     * always the one of this version, never an edited file's other version.
     */
    private Optional<CatalogDocuments.Parsed> parsed(String file) {
        CatalogEntry entry = generation.entries().get(file);
        if (entry == null || !entry.indexed()) {
            return Optional.empty();
        }
        return Optional.of(articles.get(file + '\n' + entry.fingerprint(), key -> read(entry)));
    }

    private CatalogDocuments.Parsed read(CatalogEntry entry) {
        try {
            return CatalogDocuments.decode(generation.reader().storedFields().document(entry.doc(), ARTICLE_FIELD)
                    .getBinaryValue(IndexField.ARTICLE.field()));
        } catch (IOException e) {
            throw new UncheckedIOException("reading article " + entry.file() + " from the index failed", e);
        }
    }

    @Override
    public List<ArticleStatus> statuses() {
        return generation.statuses();
    }

    /**
     * The terms of the catalog documents' {@link IndexField#ROOTS} field, listed once per version. A
     * deleted or replaced article's keys stay in the list until a merge drops its document: a root
     * an edit removed from the last article that wrote it may count as written for a while.
     */
    @Override
    public Optional<Set<String>> rootKeys() {
        return Optional.of(generation.rootKeys(() -> {
            Set<String> keys = new HashSet<>();
            eachTerm(generation.reader(), IndexField.ROOTS, keys::add, "root skeletons");
            return Set.copyOf(keys);
        }));
    }

    /**
     * Each key's answer remembered per version ({@link IndexGeneration#noneHeld}), its terms counted the first
     * time it is asked.
     */
    @Override
    public boolean anyNoneHeld(List<String> keys, Function<String, List<Term>> terms) {
        return keys.stream().anyMatch(key -> generation.noneHeld(key, () -> {
            List<Term> held = terms.apply(key);
            return Snapshot.noneCounted(held, docFreqs(held));
        }));
    }

    /**
     * The terms of the chunks' {@link IndexField#ARABIC} field with {@link
     * ArabicRootSkeleton#NAME_CONSONANTS} consonants or more, grouped by them, listed once per version (when it
     * is published, off the request path, or by the first English question naming what no article writes in any
     * guessed spelling if that comes first). As with {@link #rootKeys}, a deleted article's words stay until
     * a merge drops its chunks.
     */
    @Override
    public Optional<Map<String, List<String>>> wordsByConsonants() {
        return Optional.of(generation.wordsByConsonants(() -> listWordsByConsonants(generation.reader())));
    }

    /** The listing {@link #wordsByConsonants()} keeps: {@code reader}'s Arabic words grouped by their consonants. */
    static Map<String, List<String>> listWordsByConsonants(DirectoryReader reader) {
        Map<String, List<String>> words = new HashMap<>();
        eachTerm(reader, IndexField.ARABIC, word -> {
            String consonants = ArabicRootSkeleton.wholeConsonants(word);
            if (consonants.length() >= ArabicRootSkeleton.NAME_CONSONANTS) {
                words.computeIfAbsent(consonants, c -> new ArrayList<>()).add(word);
            }
        }, "Arabic words");
        return words.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> List.copyOf(e.getValue())));
    }

    /** Hands {@code each} every term of {@code field} in {@code reader}, in the index's order. */
    private static void eachTerm(DirectoryReader reader, IndexField field, Consumer<String> each, String what) {
        try {
            Terms terms = MultiTerms.getTerms(reader, field.field());
            if (terms != null) {
                TermsEnum all = terms.iterator();
                for (BytesRef term = all.next(); term != null; term = all.next()) {
                    each.accept(term.utf8ToString());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("listing the index's " + what + " failed", e);
        }
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            generation.release();
        }
    }
}
