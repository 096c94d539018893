package io.isnad.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.TokenStream;
import org.junit.jupiter.api.Test;

import io.isnad.ingest.arabic.ArabicTextNormalizer;

class IndexAnalyzersTest {

    private final IndexAnalyzers analyzers = new IndexAnalyzers();

    private List<List<String>> arabic(String text) {
        return analyzers.positions(IndexField.ARABIC, ArabicTextNormalizer.normalize(text));
    }

    @Test
    void aWordsKeptStemsAreItsArabicTokensAsASetAskedOnceOrAgain() {
        // A stacked bare form (لدمشق), a hamza seat's variants (بنائها), a stop word (لماذا: none), an article.
        for (String word : List.of("لدمشق", "بنائها", "لماذا", "المدينة", "2005")) {
            String folded = ArabicTextNormalizer.normalize(word);
            Set<String> tokens = Set.copyOf(analyzers.tokens(IndexField.ARABIC, folded));
            assertEquals(tokens, analyzers.wordStems(folded), word);
            assertEquals(tokens, analyzers.wordStems(folded), word + ", asked again");
        }
        assertEquals(Set.of("لدمشق", "دمشق"), analyzers.wordStems("لدمشق"));
        assertTrue(analyzers.wordStems(ArabicTextNormalizer.normalize("لماذا")).isEmpty());
    }

    @Test
    void aQuestionsFourLetterNounInAnWithAGluedHeAlsoReadsAsTheBareNoun() {
        String bare = arabic("بيان").get(0).get(0);
        List<String> glued = arabic("بيانه").get(0);
        assertEquals("بيان", glued.get(0), "the stemmer stops at the glued ه");
        List<String> read = new ArrayList<>(glued);
        read.add(bare);
        assertEquals(List.of(read), analyzers.questionPositions(ArabicTextNormalizer.normalize("بيانه")),
                "kept, and read as the bare بيان");
        // A plural's ات and a relative ية are cut after ان too, but their bare form is another word (ثمان: ثمة).
        for (String word : List.of("بيانات", "الثمانية", "بيانها", "إعلانه", "كتابه", "المدينة", "بيان")) {
            String folded = ArabicTextNormalizer.normalize(word);
            assertEquals(analyzers.positions(IndexField.ARABIC, folded), analyzers.questionPositions(folded), word);
        }
    }

    @Test
    void aNameAfterAOneLetterPrepositionAlsoYieldsItsBareForm() {
        assertEquals(List.of(List.of("لدمشق", "دمشق")), arabic("لدمشق"));
        assertEquals(arabic("طهران").get(0).get(0), arabic("وبطهران").get(0).get(1), "stemmed like the bare word");
    }

    @Test
    void aHamzaSeatedBeforeAGluedPronounAlsoYieldsTheBareWordsStem() {
        String bare = arabic("البناء").get(0).get(0);
        assertEquals(List.of(List.of("بنا", bare, "نا")), arabic("بنائها"), "stacked on the word, after its stem");
        assertEquals(arabic("الأسماء").get(0).get(0), arabic("أسماؤه").get(0).get(1));
        assertEquals(List.of(List.of("ما")), arabic("مائة"), "a ta marbuta, not a pronoun: never the stem of ماء");
    }

    @Test
    void aNounWithATaMarbutaYieldsTheStemOfItsFormBeforeAGluedPronoun() {
        assertEquals(List.of(arabic("قنصليتها").get(0).get(0)),
                analyzers.beforeGluedPronoun(ArabicTextNormalizer.normalize("القنصلية")));
        assertEquals(List.of(), analyzers.beforeGluedPronoun(ArabicTextNormalizer.normalize("القوات")));
    }

    @Test
    void shortWordsAndTheArticleAreLeftToTheStemmer() {
        assertEquals(List.of(List.of("بشار")), arabic("بشار"), "a remainder of three letters is not split off");
        assertEquals(List.of(List.of("مدين")), arabic("المدينة"));
    }

    @Test
    void stopWordsAndQuestionWordsCarryNoTokens() {
        assertEquals(List.of(List.of("عدد"), arabic("سكان").get(0)), arabic("ما هو عدد سكان"));
        assertEquals(List.of(), arabic("لماذا من هو"));
    }

    @Test
    void digitsAreUnifiedInEveryField() {
        assertEquals(List.of("2011"), analyzers.tokens(IndexField.ARABIC, ArabicTextNormalizer.normalize("٢٠١١")));
        assertEquals(List.of("2011"), analyzers.englishTokens("in 2011"));
    }

    @Test
    void oneIndexingPassGivesTheArabicAndGramTokensOfTheirOwnChains() {
        String longWord = "ب".repeat(300);
        for (String text : List.of("قال المتحدث باسم وزارة الخارجية لبيروت ودمشق في 2020 إن ١٢٣ U.S.",
                "في من ال أو على التي والذين", "بيروت دمشق طهران مدينة", "\uD835\uDC9Cلبنا\uD83D\uDE00ن x\uD840\uDC00yz ab",
                longWord + " كلمة", "Ahmed's 3rd-floor office, 12.5% ...", "")) {
            String normalized = ArabicTextNormalizer.normalize(text);
            IndexAnalyzers.ArabicAndGrams both = analyzers.arabicAndGrams(normalized);
            assertEquals(tokens(analyzers.run(IndexField.ARABIC, normalized)), tokens(both.arabic()), text);
            assertEquals(tokens(analyzers.run(IndexField.GRAMS, normalized)), tokens(both.grams()), text);
        }
    }

    /** Empty text is not analysed: what every chain would make of it, nothing, whatever was analysed before. */
    @Test
    void emptyTextHasNoTokensInAnyField() throws IOException {
        analyzers.arabicAndGrams("بيروت دمشق");
        IndexAnalyzers.ArabicAndGrams both = analyzers.arabicAndGrams("");
        assertEquals(0, both.arabic().size());
        assertEquals(0, both.grams().size(), "not the grams of the text analysed before");
        for (IndexField field : ChunkDocuments.SEARCHED_FIELDS) {
            assertEquals(List.of(), analyzers.tokens(field, ""), field.field());
            try (TokenStream stream = analyzers.perField().tokenStream(field.field(), "")) {
                stream.reset();
                assertFalse(stream.incrementToken(), field + "'s chain makes no token of empty text either");
                stream.end();
            }
        }
    }

    /** Each token with its position increment. */
    private static List<String> tokens(TokenRun run) {
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < run.size(); i++) {
            tokens.add(run.terms().get(i) + "+" + run.increment(i));
        }
        return tokens;
    }
}
