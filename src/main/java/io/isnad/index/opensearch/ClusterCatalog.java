package io.isnad.index.opensearch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.opensearch.client.json.JsonData;
import org.opensearch.client.opensearch._types.query_dsl.FieldAndFormat;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.SortOrder;
import org.opensearch.client.opensearch.core.SearchRequest;
import org.opensearch.client.opensearch.core.search.Hit;
import org.opensearch.client.util.ObjectBuilder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.isnad.index.ArticleStatus;
import io.isnad.index.IndexField;

/**
 * Reads the catalog documents a page at a time, in file order, never the article texts: the
 * article list (from {@code _source}, at a point in time), and what incremental sync compares the
 * folder with (doc values only, so a sync that finds one changed file costs little more than
 * that file).
 */
final class ClusterCatalog {

    private static final int PAGE = 5_000;
    /** Doc-value fields of a catalog document that incremental sync compares. */
    private static final List<IndexField> STAMPED = List.of(IndexField.TYPE, IndexField.FILE, IndexField.SIZE,
            IndexField.MODIFIED, IndexField.SETTINGS, IndexField.FINGERPRINT, IndexField.CHUNK_COUNT);
    private static final String BY_TYPE = "by_type";
    private static final String[] LISTED = {IndexField.TYPE.field(), IndexField.FILE.field(),
            IndexField.FINGERPRINT.field(), IndexField.SETTINGS.field(), IndexField.SIZE.field(),
            IndexField.MODIFIED.field(), IndexField.SHOWN_TITLE.field(), IndexField.DATE.field(),
            IndexField.CHUNK_COUNT.field(), IndexField.SKIP_REASON.field()};

    private ClusterCatalog() {
    }

    /**
     * One file as the cluster knows it.
     *
     * @param reason why it was skipped; null when indexed
     */
    record Entry(String file, String title, Optional<LocalDate> date, int chunks, String reason, long size,
            long modified, String fingerprint, String settings) {

        boolean indexed() {
            return reason == null;
        }

        ArticleStatus status() {
            return indexed()
                    ? new ArticleStatus(file, title, date, chunks, ArticleStatus.INDEXED, Optional.empty())
                    : new ArticleStatus(file, "", Optional.empty(), 0, ArticleStatus.SKIPPED, Optional.of(reason));
        }
    }

    /**
     * What sync knows of one file.
     *
     * @param indexed false for a file listed as skipped
     */
    record Stamp(String file, boolean indexed, int chunks, long size, long modified, String fingerprint,
            String settings) {
    }

    /** Every catalog entry with its title, date and skip reason, at {@code pit}: the article list. */
    static List<Entry> read(ClusterClient cluster, ClusterPit pit) {
        List<Entry> entries = new ArrayList<>();
        pages(cluster, pit::search, s -> s.source(c -> c.filter(f -> f.includes(List.of(LISTED)))),
                hit -> entries.add(entry(hit.source())));
        return entries;
    }

    /**
     * What sync compares, from doc values only (no {@code _source} is read). No point in time is
     * needed: only the ingesting node, the caller, changes the index, and not meanwhile.
     */
    static List<Stamp> stamps(ClusterClient cluster) {
        List<Stamp> stamps = new ArrayList<>();
        String index = cluster.settings().indexName();
        pages(cluster, build -> build.apply(new SearchRequest.Builder().index(index)).build(),
                s -> s.source(c -> c.fetch(false)).docvalueFields(STAMPED.stream()
                        .map(f -> FieldAndFormat.of(d -> d.field(f.field()))).toList()),
                hit -> stamps.add(stamp(hit.fields())));
        return stamps;
    }

    /** How many files are indexed and how many skipped, in one request. */
    static int[] counts(ClusterClient cluster) {
        String index = cluster.settings().indexName();
        var buckets = cluster.call(() -> cluster.client().search(s -> s.index(index).size(0)
                .trackTotalHits(t -> t.enabled(false))
                .aggregations(BY_TYPE, a -> a.filters(f -> f.filters(b -> b.array(List.of(
                        ClusterDocuments.ofType(ClusterDocuments.TYPE_ARTICLE),
                        ClusterDocuments.ofType(ClusterDocuments.TYPE_SKIPPED)))))), ObjectNode.class))
                .aggregations().get(BY_TYPE).filters().buckets().array();
        return new int[] {(int) buckets.get(0).docCount(), (int) buckets.get(1).docCount()};
    }

    /** The skip reasons of {@code files}, for the few entries sync must compare by reason; one request. */
    static Map<String, String> reasons(ClusterClient cluster, Collection<String> files) {
        Map<String, String> reasons = new HashMap<>();
        if (files.isEmpty()) {
            return reasons;
        }
        String index = cluster.settings().indexName();
        List<String> ids = files.stream().map(ClusterDocuments::catalogId).toList();
        cluster.call(() -> cluster.client().search(s -> s.index(index).size(ids.size())
                .query(q -> q.ids(i -> i.values(ids)))
                .source(c -> c.filter(f -> f.includes(IndexField.FILE.field(), IndexField.SKIP_REASON.field()))),
                ObjectNode.class)).hits().hits().forEach(hit -> reasons.put(text(hit.source(), IndexField.FILE),
                        text(hit.source(), IndexField.SKIP_REASON)));
        return reasons;
    }

    /** Every catalog document in file order, {@link #PAGE} at a time (search_after on the file name). */
    private static void pages(ClusterClient cluster,
            Function<Function<SearchRequest.Builder, ObjectBuilder<SearchRequest>>, SearchRequest> target,
            UnaryOperator<SearchRequest.Builder> fields, Consumer<Hit<ObjectNode>> each) {
        List<FieldValue> after = List.of();
        while (true) {
            List<FieldValue> from = after;
            SearchRequest request = target.apply(s -> {
                fields.apply(s.size(PAGE).trackTotalHits(t -> t.enabled(false))
                        .query(q -> q.bool(b -> b.filter(f -> f.terms(t -> t.field(IndexField.TYPE.field())
                                .terms(v -> v.value(List.of(FieldValue.of(ClusterDocuments.TYPE_ARTICLE),
                                        FieldValue.of(ClusterDocuments.TYPE_SKIPPED))))))))
                        .sort(o -> o.field(f -> f.field(IndexField.FILE.field()).order(SortOrder.Asc))));
                return from.isEmpty() ? s : s.searchAfter(from);
            });
            List<Hit<ObjectNode>> hits = cluster.call(() -> cluster.client().search(request, ObjectNode.class))
                    .hits().hits();
            hits.forEach(each);
            if (hits.size() < PAGE) {
                return;
            }
            after = hits.get(hits.size() - 1).sort();
        }
    }

    private static Stamp stamp(Map<String, JsonData> fields) {
        return new Stamp(string(fields, IndexField.FILE),
                ClusterDocuments.TYPE_ARTICLE.equals(string(fields, IndexField.TYPE)),
                number(fields, IndexField.CHUNK_COUNT, 0).intValue(), number(fields, IndexField.SIZE, -1).longValue(),
                number(fields, IndexField.MODIFIED, -1).longValue(), string(fields, IndexField.FINGERPRINT),
                string(fields, IndexField.SETTINGS));
    }

    private static JsonValue value(Map<String, JsonData> fields, IndexField field) {
        JsonData data = fields.get(field.field());
        return data == null ? null : data.toJson().asJsonArray().get(0);
    }

    private static String string(Map<String, JsonData> fields, IndexField field) {
        JsonValue value = value(fields, field);
        return value == null ? "" : ((JsonString) value).getString();
    }

    private static Number number(Map<String, JsonData> fields, IndexField field, long absent) {
        JsonValue value = value(fields, field);
        return value == null ? absent : ((JsonNumber) value).longValue();
    }

    private static Entry entry(ObjectNode source) {
        boolean skipped = ClusterDocuments.TYPE_SKIPPED.equals(text(source, IndexField.TYPE));
        JsonNode date = source.path(IndexField.DATE.field());
        return new Entry(text(source, IndexField.FILE), text(source, IndexField.SHOWN_TITLE),
                date.isNumber() ? Optional.of(LocalDate.ofEpochDay(date.asLong())) : Optional.empty(),
                source.path(IndexField.CHUNK_COUNT.field()).asInt(),
                skipped ? text(source, IndexField.SKIP_REASON) : null,
                source.path(IndexField.SIZE.field()).asLong(-1), source.path(IndexField.MODIFIED.field()).asLong(-1),
                text(source, IndexField.FINGERPRINT), text(source, IndexField.SETTINGS));
    }

    private static String text(ObjectNode source, IndexField field) {
        return source.path(field.field()).asText("");
    }
}
