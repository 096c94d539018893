package io.isnad.index.opensearch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.SortOrder;
import org.opensearch.client.opensearch.core.SearchRequest;
import org.opensearch.client.opensearch.core.search.Hit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.isnad.index.ArticleStatus;
import io.isnad.index.IndexField;

/**
 * Reads every catalog document at a point in time, in file order, a page at a time and without
 * the article texts: the article list, and what incremental sync compares the folder with.
 */
final class ClusterCatalog {

    private static final int PAGE = 5_000;
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

    static List<Entry> read(ClusterClient cluster, ClusterPit pit) {
        List<Entry> entries = new ArrayList<>();
        List<FieldValue> after = List.of();
        while (true) {
            List<FieldValue> from = after;
            SearchRequest request = pit.search(s -> {
                s.size(PAGE).trackTotalHits(t -> t.enabled(false))
                        .query(q -> q.bool(b -> b.filter(f -> f.terms(t -> t.field(IndexField.TYPE.field())
                                .terms(v -> v.value(List.of(FieldValue.of(ClusterDocuments.TYPE_ARTICLE),
                                        FieldValue.of(ClusterDocuments.TYPE_SKIPPED))))))))
                        .sort(o -> o.field(f -> f.field(IndexField.FILE.field()).order(SortOrder.Asc)))
                        .source(c -> c.filter(f -> f.includes(List.of(LISTED))));
                return from.isEmpty() ? s : s.searchAfter(from);
            });
            List<Hit<ObjectNode>> hits = cluster.call(() -> cluster.client().search(request, ObjectNode.class))
                    .hits().hits();
            hits.forEach(hit -> entries.add(entry(hit.source())));
            if (hits.size() < PAGE) {
                return entries;
            }
            after = hits.get(hits.size() - 1).sort();
        }
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
