package io.isnad.index;

/** Every field name of the index, shared by the writer and the searchers. */
public enum IndexField {
    /** "article" for the one marker document per file, "chunk" for passages. */
    TYPE("type"),
    /** Article file name: the unit of update and of citation. */
    FILE("file"),
    /** Position of the chunk in the article's chunk list; offsets live in the catalog. */
    CHUNK("chunk"),
    /** Content and parse-settings hash of the file; on the marker document, followed by the embedding model's identity when there is one. */
    FINGERPRINT("fingerprint"),
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
}
