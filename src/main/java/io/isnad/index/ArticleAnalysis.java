package io.isnad.index;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.isnad.ingest.Article;
import io.isnad.ingest.Chunk;
import io.isnad.ingest.Section;
import io.isnad.ingest.Sentence;
import io.isnad.ingest.arabic.ArabicTextNormalizer;

/**
 * An article analysed once: each sentence's tokens for the chunk fields, replayed into every
 * chunk that holds the sentence (chunks overlap) and into the catalog's sentence tokens, instead of
 * analysing each chunk's text and then each sentence again. A chunk's text is its sentences and
 * the text between them (blanks, or lines the parser left out, such as a date line); both
 * analysers work word by word, so where a boundary lies next to whitespace the chunk's tokens are
 * the pieces' tokens in order. A chunk with a boundary elsewhere (two sentences with no space
 * between them) is analysed whole, as before.
 */
final class ArticleAnalysis {

    /** The chunk fields analysed from the chunk's own text; the title field comes from its headline. */
    private static final List<IndexField> TEXT_FIELDS = List.of(IndexField.ARABIC, IndexField.GRAMS,
            IndexField.ENGLISH);

    private final Article article;
    private final IndexAnalyzers analyzers;
    private final List<Map<IndexField, TokenRun>> sentences;
    private final Map<Section, TokenRun> titles = new EnumMap<>(Section.class);

    private ArticleAnalysis(Article article, IndexAnalyzers analyzers) {
        this.article = article;
        this.analyzers = analyzers;
        this.sentences = new ArrayList<>(article.sentences().size());
        for (Sentence sentence : article.sentences()) {
            sentences.add(analyse(sentence.text()));
        }
    }

    static ArticleAnalysis of(Article article, IndexAnalyzers analyzers) {
        return new ArticleAnalysis(article, analyzers);
    }

    /** Each sentence's distinct forms for the catalog (see {@link SentenceTokens#formsOf}), from the same analysis as the chunks. */
    List<List<String>> sentenceForms() {
        return sentences.stream().map(runs -> SentenceTokens.formsOf(runs.get(IndexField.ARABIC).terms(),
                runs.get(IndexField.ENGLISH).terms())).toList();
    }

    /** The token runs of each searched field of {@code chunk}, in {@link ChunkDocuments#SEARCHED_FIELDS} order. */
    Map<IndexField, List<TokenRun>> chunkTokens(Chunk chunk) {
        Map<IndexField, List<TokenRun>> fields = new EnumMap<>(IndexField.class);
        List<Map<IndexField, TokenRun>> pieces = pieces(chunk);
        for (IndexField field : TEXT_FIELDS) {
            List<TokenRun> runs = new ArrayList<>(pieces.size());
            pieces.forEach(piece -> runs.add(piece.get(field)));
            fields.put(field, runs);
        }
        fields.put(IndexField.TITLE, List.of(titles.computeIfAbsent(chunk.section(), this::title)));
        return fields;
    }

    /** The analysed pieces of {@code chunk}'s text: its sentences and the non-blank text between them. */
    private List<Map<IndexField, TokenRun>> pieces(Chunk chunk) {
        String text = article.text();
        List<Map<IndexField, TokenRun>> pieces = new ArrayList<>();
        for (int i = chunk.firstSentence(); i <= chunk.lastSentence(); i++) {
            pieces.add(sentences.get(i));
            if (i == chunk.lastSentence()) {
                break;
            }
            int gapStart = article.sentences().get(i).end();
            int gapEnd = article.sentences().get(i + 1).start();
            if (!separates(text, gapStart, gapEnd)) {
                return List.of(analyse(text.substring(chunk.start(), chunk.end())));
            }
            if (!isBlank(text, gapStart, gapEnd)) {
                pieces.add(analyse(text.substring(gapStart, gapEnd)));
            }
        }
        return pieces;
    }

    private Map<IndexField, TokenRun> analyse(String text) {
        String normalized = ArabicTextNormalizer.normalize(text);
        Map<IndexField, TokenRun> runs = new EnumMap<>(IndexField.class);
        IndexAnalyzers.ArabicAndGrams words = analyzers.arabicAndGrams(normalized);
        runs.put(IndexField.ARABIC, words.arabic());
        runs.put(IndexField.GRAMS, words.grams());
        runs.put(IndexField.ENGLISH, analyzers.run(IndexField.ENGLISH, ChunkDocuments.latinWordsOfNormalized(normalized)));
        return runs;
    }

    private TokenRun title(Section section) {
        String headline = section == Section.APPENDIX ? article.appendixTitle().orElse("") : article.headline();
        return analyzers.run(IndexField.TITLE, ArabicTextNormalizer.normalize(headline));
    }

    /**
     * Whether the text between two sentences, {@code [from, to)}, keeps their words apart: it
     * starts and ends with whitespace, and neither sentence begins or ends with a mark or format
     * character that a word-break rule could attach across it.
     */
    static boolean separates(String text, int from, int to) {
        return to > from && Character.isWhitespace(text.charAt(from)) && Character.isWhitespace(text.charAt(to - 1))
                && standsAlone(text.charAt(from - 1)) && (to == text.length() || standsAlone(text.charAt(to)));
    }

    private static boolean standsAlone(char c) {
        return switch (Character.getType(c)) {
            case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK,
                    Character.FORMAT, Character.SURROGATE -> false;
            default -> true;
        };
    }

    private static boolean isBlank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
