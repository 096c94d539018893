package io.isnad.index.opensearch;

import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.util.BytesRef;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.query_dsl.Query;

import io.isnad.index.CatalogDocuments;
import io.isnad.index.ChunkDocuments;
import io.isnad.index.IndexAnalyzers;
import io.isnad.index.IndexField;
import io.isnad.index.SentenceTokens;
import io.isnad.ingest.Article;
import io.isnad.ingest.ArticleFile;
import io.isnad.ingest.Chunk;

/**
 * The documents of one file in the cluster, named with the embedded index's {@link IndexField}s:
 * one catalog document ({@code article} or {@code skipped}, id {@code a:<file>}) carrying what
 * the article list shows and what incremental sync compares (in {@code _source}, small, so the
 * list reads fast) and the parsed article in the embedded index's own encoding (a stored field,
 * read only when an answer quotes it); and one document per chunk (id {@code c<n>:<file>}) with the searched
 * fields as pre-analysed tokens. All are routed by file, so they live and change in one shard.
 */
final class ClusterDocuments {

    static final String TYPE_ARTICLE = "article";
    static final String TYPE_SKIPPED = "skipped";
    static final String TYPE_CHUNK = "chunk";

    private ClusterDocuments() {
    }

    static String catalogId(String file) {
        return "a:" + file;
    }

    static String chunkId(String file, int chunk) {
        return "c" + chunk + ":" + file;
    }

    static Query ofType(String type) {
        return term(IndexField.TYPE, type);
    }

    static Query term(IndexField field, String value) {
        return Query.of(q -> q.term(t -> t.field(field.field()).value(FieldValue.of(value))));
    }

    /** The catalog document of an indexed article. */
    static Map<String, Object> article(Article article, ArticleFile file, String settings,
            List<SentenceTokens> tokens) {
        Map<String, Object> doc = common(file.id(), TYPE_ARTICLE, file.size(), file.modified(), settings);
        doc.put(IndexField.FINGERPRINT.field(), article.fingerprint());
        doc.put(IndexField.SHOWN_TITLE.field(), article.title());
        article.date().ifPresent(date -> doc.put(IndexField.DATE.field(), date.toEpochDay()));
        doc.put(IndexField.CHUNK_COUNT.field(), article.chunks().size());
        BytesRef encoded = CatalogDocuments.encode(article, tokens.stream().map(SentenceTokens::formList).toList());
        doc.put(IndexField.ARTICLE.field(), Base64.getEncoder().encodeToString(
                Arrays.copyOfRange(encoded.bytes, encoded.offset, encoded.offset + encoded.length)));
        return doc;
    }

    /**
     * The catalog document of a file that could not be indexed, listed with its reason; size and
     * time stamp are -1 for an entry that was never read (a link leading outside the folder).
     */
    static Map<String, Object> skipped(String file, long size, long modified, String reason, String settings) {
        Map<String, Object> doc = common(file, TYPE_SKIPPED, size, modified, settings);
        doc.put(IndexField.SKIP_REASON.field(), reason);
        return doc;
    }

    private static Map<String, Object> common(String file, String type, long size, long modified, String settings) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put(IndexField.TYPE.field(), type);
        doc.put(IndexField.FILE.field(), file);
        doc.put(IndexField.SIZE.field(), size);
        doc.put(IndexField.MODIFIED.field(), modified);
        doc.put(IndexField.SETTINGS.field(), settings);
        return doc;
    }

    /** The searchable document of one chunk: the embedded index's field texts, analysed here. */
    static Map<String, Object> chunk(Article article, Chunk chunk, IndexAnalyzers analyzers) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put(IndexField.TYPE.field(), TYPE_CHUNK);
        doc.put(IndexField.FILE.field(), article.file());
        doc.put(IndexField.CHUNK.field(), chunk.index());
        doc.put(IndexField.FINGERPRINT.field(), article.fingerprint());
        ChunkDocuments.searchedTexts(article, chunk).forEach((field, text) ->
                doc.put(field.field(), PreAnalyzedText.of(analyzers.positions(field, text))));
        return doc;
    }
}
