package io.isnad.index;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;

import io.isnad.index.embedding.Embedder;
import io.isnad.ingest.Article;

/**
 * One consistent version of a corpus: searches and the articles they quote come from the same
 * commit, whatever a re-index does meanwhile. Held until {@link #close()}; cheap to acquire, so
 * take one per request and never keep it.
 */
public interface Snapshot extends AutoCloseable {

    /** The analysis shared by indexing and querying. */
    IndexAnalyzers analyzers();

    /** The model that embedded the chunks, which questions must be embedded with too. */
    Optional<Embedder> embedder();

    /**
     * The best {@code k} chunks for {@code query} (built from the text fields of {@link IndexField},
     * which only chunk documents hold, so no filter on the document type is needed), best first;
     * equal scores are ordered by file and chunk, and a tie at the k-th is cut in that order too, so two indexes of
     * the same files rank alike.
     */
    List<ChunkHit> search(Query query, int k);

    /**
     * The best {@code k} chunks for {@code query} plus {@code secondStage}, where {@code secondStage}
     * is scored over the best {@code pool} chunks of {@code query} only and added to their scores:
     * the same ranking as one query with both, wherever the pool holds every chunk that could rank,
     * at a fraction of the cost when {@code secondStage} matches most of a large archive. A tie at the pool's last
     * chunk is taken whole, so the pool, too, is the same for two indexes of the same files.
     */
    List<ChunkHit> search(Query query, Query secondStage, int pool, int k);

    /** The {@code k} chunks nearest to a unit vector of the embedder's size, best first; empty without vectors. */
    List<ChunkHit> nearest(float[] unitVector, int k);

    /** How many chunks hold {@code term} in {@code field}. */
    int docFreq(IndexField field, String term);

    /** {@link #docFreq} of a term given as its field and text. */
    default int docFreq(Term term) {
        return docFreq(IndexField.of(term.field()), term.text());
    }

    /**
     * {@link #docFreq} of each of {@code terms} (field and text), for a question's words all at
     * once: a remote index answers them in one round trip instead of one each.
     */
    default Map<Term, Integer> docFreqs(Collection<Term> terms) {
        // Sized for every term at once: a question's 100-300 grew it through five rehashes.
        Map<Term, Integer> counts = HashMap.newHashMap(terms.size());
        for (Term term : terms) {
            counts.computeIfAbsent(term, this::docFreq);
        }
        return counts;
    }

    /**
     * Whether one of {@code keys} stands for terms no chunk holds ({@code terms} of a key: the same key
     * always stands for the same terms, and keys come from a bounded set, such as a lexicon's names).
     * Here all the keys' terms are counted at once, in one batch a remote index answers in one round trip;
     * the embedded index remembers each key's answer for the version's life, since a version never changes.
     */
    default boolean anyNoneHeld(List<String> keys, Function<String, List<Term>> terms) {
        Map<String, List<Term>> termsByKey = new LinkedHashMap<>();
        keys.forEach(key -> termsByKey.computeIfAbsent(key, terms));
        Map<Term, Integer> counts = docFreqs(termsByKey.values().stream().flatMap(List::stream).toList());
        return termsByKey.values().stream().anyMatch(held -> noneCounted(held, counts));
    }

    /** Whether {@code counts} gives none of {@code terms} a chunk. */
    static boolean noneCounted(List<Term> terms, Map<Term, Integer> counts) {
        return terms.stream().allMatch(term -> counts.getOrDefault(term, 0) == 0);
    }

    /** How many chunks have {@code field}: the collection size for idf. */
    int docCount(IndexField field);

    /** The indexed article {@code file} of this version. */
    Optional<Article> article(String file);

    /**
     * The analysed forms of each sentence of {@code file}, by sentence index: every answer and
     * re-ranking compares them with the question. Empty for an unknown file.
     */
    List<SentenceTokens> sentenceTokens(String file);

    /** Every article file of this version, indexed or skipped, in file order. */
    List<ArticleStatus> statuses();

    /**
     * The root skeletons ({@link io.isnad.ingest.arabic.ArabicRootSkeleton#keys}) of every word of
     * this version's indexed articles, gathered on first use; empty where the index cannot gather them
     * (a search cluster, whose articles are not all at hand).
     */
    default Optional<Set<String>> rootKeys() {
        return Optional.empty();
    }

    /**
     * The {@link IndexField#ARABIC} words of this version of at least {@link
     * io.isnad.ingest.arabic.ArabicRootSkeleton#NAME_CONSONANTS} consonants, by
     * their {@link io.isnad.ingest.arabic.ArabicRootSkeleton#wholeConsonants}, listed once per version: an
     * English name's guessed spelling is looked up by its consonants among the words the articles write.
     * Empty where the index cannot list its words (a search cluster).
     */
    default Optional<Map<String, List<String>>> wordsByConsonants() {
        return Optional.empty();
    }

    /**
     * A number that changes whenever what this version answers from may have changed (a commit of the
     * embedded index), so an answer computed on it may be reused while it stays the same; empty when
     * the index cannot tell (a search cluster, which other service nodes may change at any time).
     */
    default OptionalLong version() {
        return OptionalLong.empty();
    }

    /** Releases this version; the index may then drop it. */
    @Override
    void close();
}
