package io.isnad.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;

import io.isnad.index.embedding.ChunkVectors;
import io.isnad.index.embedding.VectorField;
import io.isnad.ingest.arabic.ArabicTextNormalizer;
import io.isnad.ingest.Article;
import io.isnad.ingest.Chunk;
import io.isnad.ingest.Section;

/** Builds the Lucene documents of one article's chunks, the searchable unit. */
public final class ChunkDocuments {

    static final String TYPE_CHUNK = "chunk";
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z][A-Za-z0-9'-]*|\\d+(?:[.,]\\d+)*");

    private ChunkDocuments() {
    }

    /** The chunk documents of {@code article}, followed by {@code catalog}, its catalog document. */
    static List<Document> of(Article article, ChunkVectors vectors, Document catalog) {
        List<Document> docs = new ArrayList<>(article.chunks().size() + 1);
        for (Chunk chunk : article.chunks()) {
            Document doc = chunkDocument(article, chunk);
            if (vectors.present()) {
                doc.add(VectorField.of(vectors.of(chunk.index())));
            }
            docs.add(doc);
        }
        docs.add(catalog);
        return docs;
    }

    private static Document chunkDocument(Article article, Chunk chunk) {
        Document doc = new Document();
        doc.add(new StringField(IndexField.TYPE.field(), TYPE_CHUNK, Field.Store.NO));
        // Neither file nor offsets are stored here: a hit's file is its block's catalog document
        // (see LuceneSnapshot), its offsets are in the catalog. Only the position is kept, as a doc value.
        doc.add(new StringField(IndexField.FILE.field(), article.file(), Field.Store.NO));
        doc.add(new NumericDocValuesField(IndexField.CHUNK.field(), chunk.index()));
        searchedTexts(article, chunk).forEach((field, text) -> doc.add(new TextField(field.field(), text, Field.Store.NO)));
        return doc;
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
                case ENGLISH -> latinWords(text);
                case TITLE -> ArabicTextNormalizer.normalize(headline);
                default -> throw new IllegalStateException(field + " is not a searched text field");
            });
        }
        return texts;
    }

    /** Only Latin-script words and numbers: Arabic words would pass through the English chain unstemmed. */
    static String latinWords(String text) {
        StringBuilder out = new StringBuilder();
        Matcher m = LATIN_WORD.matcher(ArabicTextNormalizer.normalize(text));
        while (m.find()) {
            out.append(m.group()).append(' ');
        }
        return out.toString();
    }
}
