package io.isnad.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;

import io.isnad.index.embedding.ChunkVectors;
import io.isnad.index.embedding.VectorField;
import io.isnad.ingest.arabic.ArabicTextNormalizer;
import io.isnad.ingest.Article;
import io.isnad.ingest.Chunk;
import io.isnad.ingest.Section;

/** Builds the Lucene documents of one article's chunks, the searchable unit. */
public final class ChunkDocuments {

    static final String TYPE_CHUNK = "chunk";

    private ChunkDocuments() {
    }

    /**
     * The chunk documents of {@code article}, their searched fields replayed from {@code analysis},
     * followed by {@code catalog}, its catalog document.
     */
    static List<Document> of(Article article, ArticleAnalysis analysis, ChunkVectors vectors, Document catalog) {
        List<Document> docs = new ArrayList<>(article.chunks().size() + 1);
        for (Chunk chunk : article.chunks()) {
            Document doc = chunkDocument(article, chunk, analysis);
            if (vectors.present()) {
                doc.add(VectorField.of(vectors.of(chunk.index())));
            }
            docs.add(doc);
        }
        docs.add(catalog);
        return docs;
    }

    private static Document chunkDocument(Article article, Chunk chunk, ArticleAnalysis analysis) {
        Document doc = new Document();
        doc.add(new StringField(IndexField.TYPE.field(), TYPE_CHUNK, Field.Store.NO));
        // Neither file nor offsets are stored here: a hit's file is its block's catalog document
        // (see LuceneSnapshot), its offsets are in the catalog. Only the position is kept, as a doc value.
        doc.add(new StringField(IndexField.FILE.field(), article.file(), Field.Store.NO));
        doc.add(new NumericDocValuesField(IndexField.CHUNK.field(), chunk.index()));
        analysis.chunkTokens(chunk).forEach((field, runs) ->
                doc.add(new ReplayedField(field, runs)));
        return doc;
    }

    /**
     * How the searched fields are indexed: term frequencies without positions (no query uses
     * them; BM25 needs only frequencies and the length norm), so positions are neither buffered
     * nor written. Every document with one of these fields must use this type.
     */
    static final FieldType SEARCHED_TYPE = searchedType();

    private static FieldType searchedType() {
        FieldType type = new FieldType();
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        type.setTokenized(true);
        type.freeze();
        return type;
    }

    /** The fields a question is searched in, each analysed from one of {@link #searchedTexts}. */
    static final List<IndexField> SEARCHED_FIELDS = List.of(IndexField.ARABIC, IndexField.GRAMS, IndexField.ENGLISH,
            IndexField.TITLE);

    /**
     * The text each searched field of a chunk is analysed from, in field order; the OpenSearch
     * backend analyses the same texts, so both backends index the same tokens.
     */
    public static Map<IndexField, String> searchedTexts(Article article, Chunk chunk) {
        String text = article.text().substring(chunk.start(), chunk.end());
        String normalized = ArabicTextNormalizer.normalize(text);
        String headline = chunk.section() == Section.APPENDIX ? article.appendixTitle().orElse("") : article.headline();
        Map<IndexField, String> texts = new LinkedHashMap<>(SEARCHED_FIELDS.size());
        for (IndexField field : SEARCHED_FIELDS) {
            texts.put(field, switch (field) {
                case ARABIC, GRAMS -> normalized;
                case ENGLISH -> latinWordsOfNormalized(normalized);
                case TITLE -> ArabicTextNormalizer.normalize(headline);
                default -> throw new IllegalStateException(field + " is not a searched text field");
            });
        }
        return texts;
    }

    /**
     * Only Latin-script words ({@code [A-Za-z][A-Za-z0-9'-]*}) and numbers ({@code \d+([.,]\d+)*}),
     * each followed by a space: Arabic words would pass through the English chain unstemmed.
     */
    static String latinWords(String text) {
        return latinWordsOfNormalized(ArabicTextNormalizer.normalize(text));
    }

    /** {@link #latinWords} of a text {@link ArabicTextNormalizer#normalize normalised} already. */
    static String latinWordsOfNormalized(String normalized) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < normalized.length()) {
            int end = latinWordEnd(normalized, i);
            if (end > i) {
                out.append(normalized, i, end).append(' ');
                i = end;
            } else {
                i++;
            }
        }
        return out.toString();
    }

    /** The end of the Latin word or number starting at {@code i}, or {@code i} when none does. */
    private static int latinWordEnd(String text, int i) {
        char c = text.charAt(i);
        int end = i + 1;
        if (isAsciiLetter(c)) {
            while (end < text.length() && (isAsciiLetter(text.charAt(end)) || isAsciiDigit(text.charAt(end))
                    || text.charAt(end) == '\'' || text.charAt(end) == '-')) {
                end++;
            }
            return end;
        }
        if (!isAsciiDigit(c)) {
            return i;
        }
        while (true) {
            while (end < text.length() && isAsciiDigit(text.charAt(end))) {
                end++;
            }
            if (end + 1 < text.length() && (text.charAt(end) == '.' || text.charAt(end) == ',')
                    && isAsciiDigit(text.charAt(end + 1))) {
                end++;
            } else {
                return end;
            }
        }
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
