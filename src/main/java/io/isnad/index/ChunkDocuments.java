package io.isnad.index;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;

import io.isnad.index.embedding.ChunkVectors;
import io.isnad.index.embedding.VectorField;
import io.isnad.ingest.arabic.ArabicTextNormalizer;
import io.isnad.ingest.Article;
import io.isnad.ingest.Chunk;
import io.isnad.ingest.Section;

/** Builds the Lucene documents of one article: a marker carrying its fingerprint, then one per chunk. */
final class ChunkDocuments {

    static final String TYPE_ARTICLE = "article";
    static final String TYPE_CHUNK = "chunk";
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z][A-Za-z0-9'-]*|\\d+(?:[.,]\\d+)*");

    private ChunkDocuments() {
    }

    static List<Document> of(Article article, ChunkVectors vectors) {
        List<Document> docs = new ArrayList<>(article.chunks().size() + 1);
        Document marker = new Document();
        marker.add(new StringField(IndexField.TYPE.field(), TYPE_ARTICLE, Field.Store.NO));
        marker.add(new StringField(IndexField.FILE.field(), article.file(), Field.Store.YES));
        marker.add(new StoredField(IndexField.FINGERPRINT.field(), vectors.stamp(article.fingerprint())));
        docs.add(marker);
        for (Chunk chunk : article.chunks()) {
            Document doc = chunkDocument(article, chunk);
            if (vectors.present()) {
                doc.add(VectorField.of(vectors.of(chunk.index())));
            }
            docs.add(doc);
        }
        return docs;
    }

    private static Document chunkDocument(Article article, Chunk chunk) {
        String text = article.text().substring(chunk.start(), chunk.end());
        String normalized = ArabicTextNormalizer.normalize(text);
        String headline = chunk.section() == Section.APPENDIX ? article.appendixTitle().orElse("") : article.title();
        Document doc = new Document();
        doc.add(new StringField(IndexField.TYPE.field(), TYPE_CHUNK, Field.Store.NO));
        doc.add(new StringField(IndexField.FILE.field(), article.file(), Field.Store.YES));
        doc.add(new StoredField(IndexField.CHUNK.field(), chunk.index()));
        doc.add(new StoredField(IndexField.FINGERPRINT.field(), article.fingerprint()));
        doc.add(new TextField(IndexField.ARABIC.field(), normalized, Field.Store.NO));
        doc.add(new TextField(IndexField.GRAMS.field(), normalized, Field.Store.NO));
        doc.add(new TextField(IndexField.ENGLISH.field(), latinWords(text), Field.Store.NO));
        doc.add(new TextField(IndexField.TITLE.field(), ArabicTextNormalizer.normalize(headline), Field.Store.NO));
        return doc;
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
