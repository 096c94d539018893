package io.isnad.index;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/** Every field name of the index, shared by the writer and the searchers. */
public enum IndexField {
    /** "article" for the one catalog document of an indexed file, "skipped" for a file that was not, "chunk" for passages. */
    TYPE("type"),
    /** Article file id (path relative to the articles folder): the unit of update and of citation. */
    FILE("file"),
    /** Position of the chunk in the article's chunk list; offsets live in the catalog document. */
    CHUNK("chunk"),
    /**
     * Content and parse-settings hash of the file, followed by the embedding model's identity when
     * there is one (doc values of the catalog document).
     */
    FINGERPRINT("fingerprint"),
    /** The file id again, on catalog documents only: updates of their doc values must not touch the chunks. */
    CATALOG_FILE("catalog_file"),
    /** Shown title (doc values, for the article list without reading the text). */
    SHOWN_TITLE("shown_title"),
    /** Publication date as days since 1970-01-01 (doc values; absent when the article states none). */
    DATE("date"),
    /** Number of chunks (doc values). */
    CHUNK_COUNT("chunk_count"),
    /** Why a file was skipped (doc values of a "skipped" catalog document). */
    SKIP_REASON("skip_reason"),
    /** File size in bytes when it was read (doc values): with {@link #MODIFIED}, tells an unchanged file without reading it. */
    SIZE("size"),
    /** File modification time in milliseconds when it was read (doc values). */
    MODIFIED("modified"),
    /**
     * When the file was read, in milliseconds (doc values): a file modified shortly before it was
     * read may have changed again within its time stamp's resolution, so it is read once more.
     */
    READ_AT("read_at"),
    /** The parser settings and embedding model the file was read with (doc values): other settings mean read again. */
    SETTINGS("settings"),
    /** The article as parsed (stored fields of the catalog document): text, sentence and chunk offsets, sentence tokens. */
    ARTICLE("article"),
    /**
     * The root skeletons of an article's words (indexed terms of its catalog document, not stored):
     * the corpus's roots are then this field's term list ({@code Snapshot.rootKeys}), read in
     * milliseconds, where gathering them from 20,000 stored articles took seconds.
     */
    ROOTS("roots"),
    /** Normalised text through Arabic stop words and light stemming: the main BM25 field. */
    ARABIC("ar"),
    /** Character 3-4-grams of normalised words: survives spelling variants and transliterated names. */
    GRAMS("grams"),
    /** Latin-script words through English stemming, for names and terms printed in English. */
    ENGLISH("en"),
    /** The headline of the story the chunk belongs to, Arabic-analysed; lets a headline match lift its chunks. */
    TITLE("title"),
    /**
     * Chunk embeddings (HNSW), only when an embedding model is configured; the field name ends
     * with the vector size (see {@code VectorField}).
     */
    VECTOR("vector");

    private final String field;

    IndexField(String field) {
        this.field = field;
    }

    public String field() {
        return field;
    }

    /** By field name: a question's term counts ask for each term's field ({@code Snapshot.docFreqs}). */
    private static final Map<String, IndexField> BY_FIELD = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(IndexField::field, f -> f));

    /** The constant whose field name is {@code field}. */
    public static IndexField of(String field) {
        IndexField f = BY_FIELD.get(field);
        if (f == null) {
            throw new IllegalArgumentException("no index field named " + field);
        }
        return f;
    }
}
