package io.isnad.index.opensearch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;
import org.jboss.logging.Logger;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.SearchType;
import org.opensearch.client.opensearch._types.SortOrder;
import org.opensearch.client.opensearch._types.aggregations.FiltersBucket;
import org.opensearch.client.opensearch.core.SearchRequest;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.search.Hit;
import org.opensearch.client.opensearch.core.search.ScoreMode;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.benmanes.caffeine.cache.Cache;

import io.isnad.index.ArticleStatus;
import io.isnad.index.CatalogDocuments;
import io.isnad.index.ChunkHit;
import io.isnad.index.IndexAnalyzers;
import io.isnad.index.IndexField;
import io.isnad.index.SentenceTokens;
import io.isnad.index.Snapshot;
import io.isnad.index.embedding.Embedder;
import io.isnad.ingest.Article;

/**
 * A {@link Snapshot} of the cluster: a point in time (PIT) opened on acquire and deleted on close,
 * so every search, statistic and article read of one request sees the same refresh of every
 * shard, whatever the ingesting node writes meanwhile. Searches use {@code dfs_query_then_fetch}:
 * BM25 statistics are gathered from all shards first, as one Lucene index would have them.
 */
final class OpenSearchSnapshot implements Snapshot {

    private static final Logger LOG = Logger.getLogger(OpenSearchSnapshot.class);
    /** Articles of the best hits are fetched together right after a search: the retriever reads them next. */
    private static final int PREFETCH_HITS = 20;
    private static final String TERM_COUNTS = "term_counts";
    /** The searched fields of a chunk, whose counts are the collection sizes for idf. */
    private static final List<IndexField> COUNTED_FIELDS = List.of(IndexField.ARABIC, IndexField.TITLE,
            IndexField.ENGLISH, IndexField.GRAMS);

    private final ClusterClient cluster;
    private final ClusterPit pit;
    private final IndexAnalyzers analyzers;
    private final Cache<String, CatalogDocuments.Parsed> articles;
    /** File to fingerprint of this point in time, learnt from hits and catalog reads; empty when absent. */
    private final Map<String, Optional<String>> versions = new ConcurrentHashMap<>();
    private final Map<String, Integer> docFreqs = new ConcurrentHashMap<>();
    private final Map<IndexField, Integer> docCounts = new ConcurrentHashMap<>();
    private final AtomicBoolean closed = new AtomicBoolean();

    OpenSearchSnapshot(ClusterClient cluster, ClusterPit pit, IndexAnalyzers analyzers,
            Cache<String, CatalogDocuments.Parsed> articles) {
        this.cluster = cluster;
        this.pit = pit;
        this.analyzers = analyzers;
        this.articles = articles;
    }

    @Override
    public IndexAnalyzers analyzers() {
        return analyzers;
    }

    /** Dense retrieval is not offered on this backend (the k-NN plugin is not available for this OpenSearch). */
    @Override
    public Optional<Embedder> embedder() {
        return Optional.empty();
    }

    @Override
    public List<ChunkHit> search(Query query, int k) {
        return hits(pit.search(s -> chunks(s, query, k)
                // Equal scores by file and chunk, as the embedded index orders them.
                .sort(o -> o.score(c -> c.order(SortOrder.Desc)))
                .sort(o -> o.field(f -> f.field(IndexField.FILE.field()).order(SortOrder.Asc)))
                .sort(o -> o.field(f -> f.field(IndexField.CHUNK.field()).order(SortOrder.Asc)))));
    }

    /**
     * OpenSearch's query rescorer adds {@code secondStage} to the first scores within a window, as Lucene's
     * QueryRescorer does in the embedded index. The window is per shard, so with several shards it holds at least the
     * global best {@code pool} chunks. The best {@code window} rescored chunks (on one shard, all of them) are read
     * back and ties ordered here, by file and chunk, before the best {@code k} are kept, as the embedded index keeps
     * them from its pool. The window's own edge cannot be cut so: each shard takes its best {@code window} chunks by
     * first score and then by its own document order, a rescored search refuses any sort but the score's, and the first
     * scores are not returned to tell whether the edge cut through a tie. A first-stage tie at the window's edge
     * therefore keeps chunks by shard document order, which two clusters of the same files need not share; cutting it
     * as the embedded index does would take a search of its own, sorted by score, file and chunk and read on while the
     * last hit ties the pool's last (the embedded {@code withTies}), and then the rescored search restricted to the
     * chunks it found: a request more for every question.
     */
    @Override
    public List<ChunkHit> search(Query query, Query secondStage, int pool, int k) {
        int window = Math.max(pool, k);
        List<ChunkHit> hits = new ArrayList<>(hits(pit.search(s -> chunks(s, query, window)
                .rescore(r -> r.windowSize(window).query(q -> q.rescoreQuery(QueryConversion.of(secondStage))
                        .queryWeight(1f).rescoreQueryWeight(1f).scoreMode(ScoreMode.Total))))));
        hits.sort(ChunkHit.BEST_FIRST);
        return List.copyOf(hits.subList(0, Math.min(k, hits.size())));
    }

    /** A dfs search of chunks for {@code query}, reading back only what a hit needs. */
    private static SearchRequest.Builder chunks(SearchRequest.Builder s, Query query, int size) {
        return s.searchType(SearchType.DfsQueryThenFetch)
                .size(Math.max(1, size))
                .trackTotalHits(t -> t.enabled(false))
                .query(q -> q.bool(b -> b.must(QueryConversion.of(query))
                        .filter(ClusterDocuments.ofType(ClusterDocuments.TYPE_CHUNK))))
                .source(c -> c.filter(f -> f.includes(IndexField.FILE.field(), IndexField.CHUNK.field(),
                        IndexField.FINGERPRINT.field())));
    }

    private List<ChunkHit> hits(SearchRequest request) {
        SearchResponse<ObjectNode> response = cluster.call(() -> cluster.client().search(request, ObjectNode.class));
        List<ChunkHit> hits = new ArrayList<>(response.hits().hits().size());
        for (Hit<ObjectNode> hit : response.hits().hits()) {
            ObjectNode source = hit.source();
            String file = source.path(IndexField.FILE.field()).asText();
            versions.putIfAbsent(file, Optional.of(source.path(IndexField.FINGERPRINT.field()).asText()));
            hits.add(new ChunkHit(file, source.path(IndexField.CHUNK.field()).asInt(), hit.score().floatValue()));
        }
        prefetch(hits);
        return hits;
    }

    @Override
    public List<ChunkHit> nearest(float[] unitVector, int k) {
        return List.of();
    }

    @Override
    public int docFreq(IndexField field, String term) {
        return docFreqs.computeIfAbsent(field.field() + '\n' + term, key -> count(ClusterDocuments.term(field, term)));
    }

    /**
     * All counts in one request: one {@code filters} aggregation bucket per term, at this point in
     * time. The first such request also counts the chunks of every searched field, which a
     * question asks next ({@link #docCount}), so that costs no round trip of its own.
     */
    @Override
    public Map<Term, Integer> docFreqs(Collection<Term> terms) {
        List<Term> missing = terms.stream().distinct()
                .filter(t -> !docFreqs.containsKey(t.field() + '\n' + t.text())).toList();
        List<IndexField> uncounted = docCounts.isEmpty() ? COUNTED_FIELDS : List.of();
        if (!missing.isEmpty() || !uncounted.isEmpty()) {
            List<org.opensearch.client.opensearch._types.query_dsl.Query> filters = new ArrayList<>();
            missing.forEach(t -> filters.add(ClusterDocuments.term(IndexField.of(t.field()), t.text())));
            uncounted.forEach(field -> filters.add(hasField(field)));
            SearchRequest request = pit.search(s -> s.size(0).trackTotalHits(t -> t.enabled(false))
                    .aggregations(TERM_COUNTS, a -> a.filters(f -> f.filters(b -> b.array(filters)))));
            List<FiltersBucket> buckets = cluster.call(() -> cluster.client().search(request, ObjectNode.class))
                    .aggregations().get(TERM_COUNTS).filters().buckets().array();
            for (int i = 0; i < missing.size(); i++) {
                docFreqs.put(missing.get(i).field() + '\n' + missing.get(i).text(), (int) buckets.get(i).docCount());
            }
            for (int i = 0; i < uncounted.size(); i++) {
                docCounts.put(uncounted.get(i), (int) buckets.get(missing.size() + i).docCount());
            }
        }
        Map<Term, Integer> counts = new HashMap<>();
        terms.forEach(t -> counts.put(t, docFreqs.get(t.field() + '\n' + t.text())));
        return counts;
    }

    @Override
    public int docCount(IndexField field) {
        return docCounts.computeIfAbsent(field, f -> count(hasField(f)));
    }

    private static org.opensearch.client.opensearch._types.query_dsl.Query hasField(IndexField field) {
        return org.opensearch.client.opensearch._types.query_dsl.Query.of(q -> q.exists(e -> e.field(field.field())));
    }

    private int count(org.opensearch.client.opensearch._types.query_dsl.Query query) {
        SearchRequest request = pit.search(s -> s.size(0).trackTotalHits(t -> t.enabled(true)).query(query));
        return (int) cluster.call(() -> cluster.client().search(request, ObjectNode.class)).hits().total().value();
    }

    @Override
    public Optional<Article> article(String file) {
        return parsed(file).map(CatalogDocuments.Parsed::article);
    }

    @Override
    public List<SentenceTokens> sentenceTokens(String file) {
        return parsed(file).map(CatalogDocuments.Parsed::tokens).orElse(List.of());
    }

    /** The article as this point in time holds it; cached by file and fingerprint, like the embedded index. */
    private Optional<CatalogDocuments.Parsed> parsed(String file) {
        Optional<String> fingerprint = versions.get(file);
        if (fingerprint != null && fingerprint.isPresent()) {
            CatalogDocuments.Parsed cached = articles.getIfPresent(key(file, fingerprint.get()));
            if (cached != null) {
                return Optional.of(cached);
            }
        } else if (fingerprint != null) {
            return Optional.empty();
        }
        fetch(Set.of(file));
        return versions.getOrDefault(file, Optional.empty()).map(f -> articles.getIfPresent(key(file, f)));
    }

    /** Reads the articles of the best hits that are not cached yet, in one request. */
    private void prefetch(List<ChunkHit> hits) {
        Set<String> missing = new LinkedHashSet<>();
        for (ChunkHit hit : hits.subList(0, Math.min(PREFETCH_HITS, hits.size()))) {
            Optional<String> fingerprint = versions.get(hit.file());
            if (fingerprint.isPresent() && articles.getIfPresent(key(hit.file(), fingerprint.get())) == null) {
                missing.add(hit.file());
            }
        }
        if (!missing.isEmpty()) {
            fetch(missing);
        }
    }

    /** Reads the catalog documents of {@code files} at this point in time into the cache. */
    private void fetch(Set<String> files) {
        List<FieldValue> values = files.stream().map(FieldValue::of).toList();
        SearchRequest request = pit.search(s -> s.size(files.size())
                .query(q -> q.bool(b -> b.filter(ClusterDocuments.ofType(ClusterDocuments.TYPE_ARTICLE))
                        .filter(f -> f.terms(t -> t.field(IndexField.FILE.field()).terms(v -> v.value(values))))))
                .source(c -> c.filter(f -> f.includes(IndexField.FILE.field(), IndexField.FINGERPRINT.field())))
                .storedFields(IndexField.ARTICLE.field()));
        Map<String, Optional<String>> found = new HashMap<>();
        files.forEach(file -> found.put(file, Optional.empty()));
        for (Hit<ObjectNode> hit : cluster.call(() -> cluster.client().search(request, ObjectNode.class)).hits().hits()) {
            ObjectNode source = hit.source();
            String file = source.path(IndexField.FILE.field()).asText();
            String fingerprint = source.path(IndexField.FINGERPRINT.field()).asText();
            found.put(file, Optional.of(fingerprint));
            articles.get(key(file, fingerprint), key -> CatalogDocuments.decode(new BytesRef(Base64.getDecoder()
                    .decode(hit.fields().get(IndexField.ARTICLE.field()).toJson().asJsonArray().getString(0)))));
        }
        versions.putAll(found);
    }

    private static String key(String file, String fingerprint) {
        return file + '\n' + fingerprint;
    }

    @Override
    public List<ArticleStatus> statuses() {
        return ClusterCatalog.read(cluster, pit).stream().map(ClusterCatalog.Entry::status).toList();
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            pit.close();
        }
    }
}
