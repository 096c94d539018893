package io.isnad.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;

import com.github.benmanes.caffeine.cache.Cache;

import io.isnad.ingest.Article;
import io.isnad.ingest.ArticleFile;
import io.isnad.ingest.Chunk;
import io.isnad.ingest.Section;
import io.isnad.ingest.Sentence;
import io.isnad.ingest.arabic.ArabicRootSkeleton;

/**
 * The catalog document of each file: what the article list shows, as doc values (read without
 * touching any text), and the parsed article with its sentence tokens as one stored field, read
 * only when an answer quotes the article. Living in the same commit as the chunks, the catalog can
 * never disagree with the search; living on disk, it costs no heap. The OpenSearch backend keeps
 * the same encoding of the article in its own catalog documents.
 */
public final class CatalogDocuments {

    static final String TYPE_ARTICLE = "article";
    static final String TYPE_SKIPPED = "skipped";
    private static final int FORMAT = 1;
    private static final Section[] SECTIONS = Section.values();

    /**
     * Words whose root skeletons are remembered during ingestion. An archive's articles share most
     * of their words, and computing every article's keys anew was +14% of the ingestion CPU of
     * 20,000 articles (docs/performance.md, "The thirty-first round merged"); the cache keeps the
     * words that recur most (Caffeine's frequency-aware eviction), some 5 MB at most.
     */
    static final int ROOT_KEY_WORDS = 20_000;

    /** Root skeletons by word ({@link ArabicRootSkeleton#keys}, a function of the word alone). */
    private static final Cache<String, Set<String>> ROOT_KEYS = Caches.builder().maximumSize(ROOT_KEY_WORDS).build();

    private CatalogDocuments() {
    }

    /** The catalog document of an indexed article. */
    static Document article(Article article, ArticleFile file, String fingerprint, String settings,
            List<List<String>> sentenceForms) {
        Document doc = common(file, TYPE_ARTICLE, settings);
        doc.add(new BinaryDocValuesField(IndexField.FINGERPRINT.field(), new BytesRef(fingerprint)));
        doc.add(new BinaryDocValuesField(IndexField.SHOWN_TITLE.field(), new BytesRef(article.title())));
        article.date().ifPresent(d -> doc.add(new NumericDocValuesField(IndexField.DATE.field(), d.toEpochDay())));
        doc.add(new NumericDocValuesField(IndexField.CHUNK_COUNT.field(), article.chunks().size()));
        doc.add(new StoredField(IndexField.ARTICLE.field(), encode(article, sentenceForms)));
        rootKeys(sentenceForms).forEach(key -> doc.add(new StringField(IndexField.ROOTS.field(), key, Field.Store.NO)));
        return doc;
    }

    /** The root skeletons ({@link ArabicRootSkeleton#keys}) of the article's distinct word forms. */
    private static Set<String> rootKeys(List<List<String>> sentenceForms) {
        Set<String> words = new HashSet<>();
        sentenceForms.forEach(words::addAll);
        Set<String> keys = new HashSet<>();
        words.forEach(word -> keys.addAll(keysOf(word)));
        return keys;
    }

    /** The root skeletons of one word, remembered ({@link #ROOT_KEYS}). */
    static Set<String> keysOf(String word) {
        return ROOT_KEYS.get(word, w -> Set.copyOf(ArabicRootSkeleton.keys(w)));
    }

    /** The catalog document of a file that was read but could not be indexed, so an unchanged one is not read again. */
    static Document skipped(ArticleFile file, String reason, String settings) {
        Document doc = common(file, TYPE_SKIPPED, settings);
        doc.add(new BinaryDocValuesField(IndexField.SKIP_REASON.field(), new BytesRef(reason)));
        return doc;
    }

    private static Document common(ArticleFile file, String type, String settings) {
        Document doc = new Document();
        doc.add(new StringField(IndexField.TYPE.field(), type, Field.Store.NO));
        doc.add(new StringField(IndexField.FILE.field(), file.id(), Field.Store.NO));
        doc.add(new StringField(IndexField.CATALOG_FILE.field(), file.id(), Field.Store.NO));
        doc.add(new BinaryDocValuesField(IndexField.CATALOG_FILE.field(), new BytesRef(file.id())));
        doc.add(new NumericDocValuesField(IndexField.SIZE.field(), file.size()));
        doc.add(new NumericDocValuesField(IndexField.MODIFIED.field(), file.modified()));
        doc.add(new NumericDocValuesField(IndexField.READ_AT.field(), System.currentTimeMillis()));
        doc.add(new BinaryDocValuesField(IndexField.SETTINGS.field(), new BytesRef(settings)));
        // Empty, so nothing matches them, yet every document then has a length norm for each searched
        // field: dense norms are read directly when a chunk is scored or its postings are written,
        // where sparse ones (missing on every catalog document) cost a lookup each time. Replayed
        // like a chunk's fields (no tokens, as analysing "" gives), so the writer's stream for each
        // field stays the one the next article's chunks reuse.
        ChunkDocuments.SEARCHED_FIELDS.forEach(field -> doc.add(new ReplayedField(field, List.of())));
        return doc;
    }

    /**
     * The bounded cache of recently quoted articles, weighed by their heap size; keys name the
     * file and its fingerprint, so an entry is never another version of the file.
     */
    public static Cache<String, Parsed> cache(IndexSettings settings) {
        return Caches.builder()
                .maximumWeight(settings.articleCacheMegabytes() * 1024L * 1024L)
                .weigher((String key, Parsed parsed) -> parsed.weight())
                .build();
    }

    /** The parsed article and its sentence tokens, as stored. */
    public record Parsed(Article article, List<SentenceTokens> tokens) {

        /** Rough heap bytes, for the cache's bound: the text, its sentence copies and the token strings. */
        public int weight() {
            return 4 * article.text().length() + 1200 * tokens.size();
        }
    }

    /** The stored form of {@code a}; {@code sentenceForms} are each sentence's distinct analysed forms. */
    public static BytesRef encode(Article a, List<List<String>> sentenceForms) {
        ByteBuffersDataOutput out = new ByteBuffersDataOutput();
        try {
            out.writeVInt(FORMAT);
            out.writeString(a.file());
            out.writeString(a.text());
            out.writeString(a.title());
            out.writeString(a.headline());
            out.writeString(a.appendixTitle().orElse(""));
            out.writeVLong(a.date().map(d -> d.toEpochDay() + 1 - LocalDate.MIN.toEpochDay()).orElse(0L));
            out.writeString(a.fingerprint());
            out.writeVInt(a.sentences().size());
            for (Sentence s : a.sentences()) {
                out.writeVInt(s.start());
                out.writeVInt(s.end() - s.start());
                out.writeByte((byte) s.section().ordinal());
                List<String> forms = sentenceForms.get(s.index());
                out.writeVInt(forms.size());
                for (String form : forms) {
                    out.writeString(form);
                }
            }
            out.writeVInt(a.chunks().size());
            for (Chunk c : a.chunks()) {
                out.writeVInt(c.firstSentence());
                out.writeVInt(c.lastSentence() - c.firstSentence());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return new BytesRef(out.toArrayCopy());
    }

    public static Parsed decode(BytesRef stored) {
        try {
            return read(stored);
        } catch (IOException e) {
            throw new UncheckedIOException("reading from memory cannot fail", e);
        }
    }

    private static Parsed read(BytesRef stored) throws IOException {
        ByteArrayDataInput in = new ByteArrayDataInput(stored.bytes, stored.offset, stored.length);
        int format = in.readVInt();
        if (format != FORMAT) {
            throw new IllegalStateException("catalog format " + format + " is not " + FORMAT + ": re-index");
        }
        String file = in.readString();
        String text = in.readString();
        String title = in.readString();
        String headline = in.readString();
        String appendix = in.readString();
        long date = in.readVLong();
        String fingerprint = in.readString();
        int sentenceCount = in.readVInt();
        // What the sentences' tokens keep to decode their forms from on first use: a copy of the
        // sentences' part alone, so a cached article does not hold its text twice (as UTF-8 too).
        int sentencesFrom = in.getPosition();
        byte[] sentenceBytes = Arrays.copyOfRange(stored.bytes, sentencesFrom, stored.offset + stored.length);
        List<Sentence> sentences = new ArrayList<>(sentenceCount);
        List<SentenceTokens> tokens = new ArrayList<>(sentenceCount);
        for (int i = 0; i < sentenceCount; i++) {
            int start = in.readVInt();
            int end = start + in.readVInt();
            Section section = SECTIONS[in.readByte()];
            sentences.add(new Sentence(i, start, end, text.substring(start, end), section));
            int forms = in.readVInt();
            tokens.add(SentenceTokens.stored(sentenceBytes, in.getPosition() - sentencesFrom, forms));
            skipForms(in, forms);
        }
        int chunkCount = in.readVInt();
        List<Chunk> chunks = new ArrayList<>(chunkCount);
        for (int i = 0; i < chunkCount; i++) {
            int first = in.readVInt();
            int last = first + in.readVInt();
            Sentence a = sentences.get(first);
            chunks.add(new Chunk(i, a.start(), sentences.get(last).end(), first, last, a.section()));
        }
        Optional<LocalDate> shownDate = date == 0 ? Optional.empty()
                : Optional.of(LocalDate.ofEpochDay(date - 1 + LocalDate.MIN.toEpochDay()));
        Article article = new Article(file, text, title, shownDate, fingerprint, List.copyOf(sentences),
                List.copyOf(chunks), appendix.isEmpty() ? Optional.empty() : Optional.of(appendix), headline);
        return new Parsed(article, List.copyOf(tokens));
    }

    /**
     * Past one sentence's {@code count} forms. A method of its own so the loop over every form of
     * every sentence is compiled once as a small method: inside {@link #read} it made the JIT compile
     * that whole method on the stack twice and then once more (docs/performance.md, "Sixth round").
     */
    private static void skipForms(ByteArrayDataInput in, int count) {
        for (int f = 0; f < count; f++) {
            in.skipBytes(in.readVInt());
        }
    }

    /**
     * The {@code count} forms stored from {@code bytes[from]} on, as {@link #encode} wrote them: read
     * when a question first compares the sentence. A question reads the article of each of its ~15
     * re-ranked chunks whole, but compares every sentence only of the few its answer is chosen from,
     * of the others only the chunk's (docs/performance.md, "Thirteenth round: stored articles on a
     * question's path").
     */
    static List<String> readForms(byte[] bytes, int from, int count) {
        ByteArrayDataInput in = new ByteArrayDataInput(bytes, from, bytes.length - from);
        String[] forms = new String[count];
        for (int f = 0; f < count; f++) {
            // As DataInput.readString decodes, without first copying the bytes out.
            int length = in.readVInt();
            forms[f] = new String(bytes, in.getPosition(), length, StandardCharsets.UTF_8);
            in.skipBytes(length);
        }
        return List.of(forms);
    }
}
