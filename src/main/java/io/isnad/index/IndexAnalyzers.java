package io.isnad.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ngram.NGramTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

import com.github.benmanes.caffeine.cache.Cache;

import io.isnad.ingest.arabic.ArabicRootSkeleton;
import io.isnad.ingest.arabic.ArabicStopWords;
import io.isnad.ingest.arabic.ArabicTextNormalizer;

/**
 * The analyzer of each field. Text reaches them already folded by {@link ArabicTextNormalizer}, at
 * index and at query time alike, so the chains only tokenise, drop stop words and stem.
 */
public final class IndexAnalyzers {

    /** The shortest and longest letter grams of a word the n-gram field ({@link IndexField#GRAMS}) indexes. */
    public static final int SHORTEST_GRAM = 3;
    public static final int LONGEST_GRAM = 4;

    /** The ending the light stemmer cuts as a dual's, and the length of a stem it leaves in it only after a cut. */
    private static final String DUAL_ENDING = "ان";
    private static final int OWN_AN_STEM = 4;
    /** The glued pronoun the light stemmer cuts after ان (the folded ة too: أمانة is read as أمان, a near word). */
    private static final String GLUED_HE = "ه";

    /** Lucene's English stop words plus question and auxiliary words, which no answer needs to repeat. */
    private static final CharArraySet ENGLISH_STOP_WORDS = englishStopWords();

    /** The English field's tokens of the Latin-script words in {@code text}. */
    public List<String> englishTokens(String text) {
        return tokens(IndexField.ENGLISH, ChunkDocuments.latinWords(text));
    }

    private static CharArraySet englishStopWords() {
        CharArraySet words = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
        words.addAll(List.of("what", "which", "who", "whom", "whose", "when", "where", "why", "how", "many", "much",
                "did", "do", "does", "has", "have", "had", "were", "been", "being", "can", "could", "would", "should",
                "its", "his", "her", "from", "about", "mentioned", "according", "articles", "article", "name"));
        return CharArraySet.unmodifiableSet(words);
    }

    /** Arabic stop words and question words: an article never has to contain "لماذا" to answer why. */
    private static final CharArraySet ARABIC_STOP_WORDS = CharArraySet.unmodifiableSet(
            new CharArraySet(ArabicStopWords.WORDS, false));

    private final Analyzer arabic = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(source, stemmedWords(normalizedWords(source)));
        }
    };

    /** This thread's n-gram collector inside {@link #arabicWithGrams}'s chain, which Lucene reuses per thread. */
    private final ThreadLocal<WordGrams> gramsOfThread = new ThreadLocal<>();

    /** The Arabic chain that also collects the n-gram field's tokens of the same words, for indexing. */
    private final Analyzer arabicWithGrams = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            WordGrams grams = new WordGrams(normalizedWords(source));
            gramsOfThread.set(grams);
            return new TokenStreamComponents(source, stemmedWords(grams));
        }
    };

    /** Order matters: stop words are matched before stemming, on normalised forms. */
    private static TokenStream stemmedWords(TokenStream normalizedWords) {
        TokenStream chain = new StopFilter(normalizedWords, ARABIC_STOP_WORDS);
        chain = new ArabicProcliticFilter(chain);
        chain = new ArabicHamzaSeatFilter(chain);
        return new ArabicStemFilter(chain);
    }

    private final Analyzer grams = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            // Keep short tokens (numbers like "89", two-letter words) whole: they have no 3-grams.
            return new TokenStreamComponents(source,
                    new NGramTokenFilter(normalizedWords(source), SHORTEST_GRAM, LONGEST_GRAM, true));
        }
    };

    private final Analyzer english = new EnglishAnalyzer(ENGLISH_STOP_WORDS);

    /**
     * Words kept by {@link #wordStems}: the words of the sentences a question compares, a few hundred per
     * question; a word with its stems is some 200 bytes, so 4 MB at most.
     */
    private static final int WORDS_KEPT = 20_000;

    /** Built once per instance; each word's stems are built on their first ask. */
    private final Cache<String, Set<String>> wordStems = Caches.builder().maximumSize(WORDS_KEPT).build();
    /**
     * What a missing word's stems are built with, made once: a method reference written at the look-up
     * captures this instance and was allocated on every one, as {@code KnownTermsSearcher}'s was.
     */
    private final Function<String, Set<String>> stemsBuilder = this::stemsOf;

    /** Lower-cased words with Western digits and Lucene's Arabic normalisation, shared by both Arabic chains. */
    private static TokenStream normalizedWords(Tokenizer source) {
        return new ArabicNormalizationFilter(new DecimalDigitFilter(new LowerCaseFilter(source)));
    }

    private final Analyzer perField = new PerFieldAnalyzerWrapper(arabic, Map.of(
            IndexField.GRAMS.field(), grams,
            IndexField.ENGLISH.field(), english));

    /** The analyzer for the index writer: each field with its own chain. */
    public Analyzer perField() {
        return perField;
    }

    /** The tokens {@code field}'s analyzer makes of {@code text}, in order, repeats kept. */
    public List<String> tokens(IndexField field, String text) {
        return run(field, text).terms();
    }

    /**
     * The distinct {@link IndexField#ARABIC} tokens of one folded word ({@link #tokens}, as a set), kept: the
     * word-for-word alignments read every word of each sentence they compare for every question, the readings
     * of a question's names and wording each read its words, and the same words recur from sentence to
     * sentence and question to question: a look-up costs less than running the chain (docs/performance.md,
     * "perf38", "perf39"). A word's tokens depend on the word alone.
     */
    public Set<String> wordStems(String word) {
        return wordStems.get(word, stemsBuilder);
    }

    private Set<String> stemsOf(String word) {
        return Set.copyOf(tokens(IndexField.ARABIC, word));
    }

    /**
     * The tokens {@code field}'s analyzer makes of {@code text}, grouped by position: a word and
     * the variants stacked on it (such as its form without a proclitic) form one group.
     */
    public List<List<String>> positions(IndexField field, String text) {
        TokenRun run = run(field, text);
        List<List<String>> positions = new ArrayList<>();
        List<String> terms = run.terms();
        for (int i = 0; i < run.size(); i++) {
            if (run.increment(i) > 0 || positions.isEmpty()) {
                positions.add(new ArrayList<>(1));
            }
            positions.get(positions.size() - 1).add(terms.get(i));
        }
        return positions;
    }

    /**
     * The {@link IndexField#ARABIC} tokens of a question's words by position ({@link #positions}), a noun of four
     * letters in ان with a glued ه also read as the bare noun: the light stemmer cuts ان as a dual's wherever two
     * letters are left (بيان → بي) but reaches the glued ه only after ان (بيانه → بيان), so "في بيانه" never met an
     * article's "في بيان له". The ن before a glued pronoun is the noun's own (a dual's falls there: كتاباه). Added
     * to the word's stems, not put in their place, so the question still meets an article's بيانه; and for the
     * question only, as a variant in the index moves the near-miss sets (docs/answers.md, stem50). Not after a
     * plural's ات or a relative ية, which the stemmer also cuts after ان: الثمانية's bare ثمان is ثمة's ثم.
     */
    public List<List<String>> questionPositions(String text) {
        List<List<String>> positions = positions(IndexField.ARABIC, text);
        Map<String, String> bareNouns = new HashMap<>();
        for (String word : ArabicTextNormalizer.words(text)) {
            if (word.endsWith(GLUED_HE)) {
                List<String> glued = tokens(IndexField.ARABIC, word);
                if (glued.isEmpty() || glued.get(0).length() != OWN_AN_STEM || !glued.get(0).endsWith(DUAL_ENDING)) {
                    // Most words ending in ه are not cut to a two-letter stem: the bare word is not analysed.
                    continue;
                }
                List<String> bare = tokens(IndexField.ARABIC, word.substring(0, word.length() - GLUED_HE.length()));
                if (!bare.isEmpty() && !bare.contains(glued.get(0))) {
                    bareNouns.put(glued.get(0), bare.get(0));
                }
            }
        }
        if (bareNouns.isEmpty()) {
            return positions;
        }
        return positions.stream().map(stems -> {
            List<String> read = new ArrayList<>(stems);
            stems.stream().map(bareNouns::get).filter(b -> b != null && !read.contains(b)).forEach(read::add);
            return read;
        }).toList();
    }

    /**
     * The {@link IndexField#ARABIC} stems of {@code text}'s words that end in a ta marbuta, as an
     * article writes them before a glued pronoun ({@link ArabicRootSkeleton#beforeGluedPronoun}):
     * "قنصلية" gives the stem of "قنصليتها", which its own stem never meets.
     */
    public List<String> beforeGluedPronoun(String text) {
        return ArabicTextNormalizer.words(text).stream().map(ArabicRootSkeleton::beforeGluedPronoun)
                .flatMap(Optional::stream).flatMap(word -> tokens(IndexField.ARABIC, word).stream()).toList();
    }

    /** The tokens {@code field}'s analyzer makes of {@code text}, packed, with their position increments. */
    TokenRun run(IndexField field, String text) {
        return run(perField, field, text);
    }

    /**
     * The {@link IndexField#ARABIC} and {@link IndexField#GRAMS} tokens of {@code text}, exactly as
     * {@link #run} gives them, from one pass of the tokenizer and normalisers instead of two.
     */
    ArabicAndGrams arabicAndGrams(String text) {
        // Answered here, not by run(): the collector, reset only by an analysis, holds the last text's grams.
        if (text.isEmpty()) {
            return new ArabicAndGrams(TokenRun.EMPTY, TokenRun.EMPTY);
        }
        TokenRun arabicRun = run(arabicWithGrams, IndexField.ARABIC, text);
        return new ArabicAndGrams(arabicRun, gramsOfThread.get().grams());
    }

    /** One text's tokens for the Arabic and the n-gram fields. */
    record ArabicAndGrams(TokenRun arabic, TokenRun grams) {
    }

    private static TokenRun run(Analyzer analyzer, IndexField field, String text) {
        // No chain makes a token of nothing; most sentences have no Latin words for the English field.
        if (text.isEmpty()) {
            return TokenRun.EMPTY;
        }
        TokenRun.Builder run = new TokenRun.Builder();
        try (TokenStream stream = analyzer.tokenStream(field.field(), text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                run.add(term.buffer(), term.length(), increment.getPositionIncrement());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysis of an in-memory string cannot fail", e);
        }
        return run.build();
    }
}
