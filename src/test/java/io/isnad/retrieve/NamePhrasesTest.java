package io.isnad.retrieve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.isnad.index.IndexAnalyzers;
import io.isnad.index.IndexField;
import io.isnad.index.SentenceTokens;
import io.isnad.ingest.arabic.ArabicTextNormalizer;

class NamePhrasesTest {

    private static final String INTRO = "رجب طيب أردوغان هو رئيس جمهورية تركيا الثاني عشر.";
    private static final String SIBLING = "كان أردوغان لاعب كرة قدم شبه محترف.";

    private final IndexAnalyzers analyzers = new IndexAnalyzers();

    /** A term as the query builder makes it: the analysed stem of {@code word}. */
    private EvidenceTerm term(String word, double weight) {
        String stem = analyzers.tokens(IndexField.ARABIC, ArabicTextNormalizer.normalize(word)).get(0);
        return new EvidenceTerm(word, Set.of(stem), weight, true);
    }

    private NamePhrases names(List<EvidenceTerm> evidence, String... sentences) {
        List<String> texts = List.of(sentences);
        return NamePhrases.of(evidence, texts, texts.stream().map(s -> SentenceTokens.of(s, analyzers)).toList(),
                analyzers);
    }

    @Test
    void aFirstNameSeenOnlyBesideTheSurnameIsBoundToIt() {
        List<EvidenceTerm> question = List.of(term("رياضة", 3), term("رجب", 5), term("طيب", 5), term("أردوغان", 4.5),
                term("محترف", 5));
        NamePhrases names = names(question, INTRO, SIBLING);
        assertEquals(1, names.runs().size());
        assertArrayEquals(new int[] {3, 1, 2}, names.runs().get(0));
    }

    @Test
    void aSwappedFirstNameStandsBesideTheSurnameNowhereAndStaysUncredited() {
        List<EvidenceTerm> question = List.of(term("محمد", 5), term("طيب", 5), term("أردوغان", 4.5));
        NamePhrases names = names(question, INTRO, SIBLING, "قال محمد إن الاجتماع انتهى.");
        assertEquals(1, names.runs().size());
        assertArrayEquals(new int[] {2, 1}, names.runs().get(0));
    }

    @Test
    void aWordThatStandsAloneElsewhereIsNotBound() {
        List<EvidenceTerm> question = List.of(term("الدولة", 4.5), term("العثمانية", 5));
        assertTrue(names(question, "أسس عثمان الأول الدولة العثمانية.", "الدولة مسؤولة عن التعليم.")
                .runs().isEmpty());
        assertEquals(1, names(question, "أسس عثمان الأول الدولة العثمانية.").runs().size());
    }

    @Test
    void aRunEndingInACommonWordIsNoName() {
        // "الله" ends "رسول الله" but weighs far less than the question's rarest word.
        List<EvidenceTerm> question = List.of(term("رسول", 5), term("الله", 2));
        assertTrue(names(question, "محمد رسول الله.").runs().isEmpty());
    }

    @Test
    void theSentenceHoldingTheSurnameHoldsTheBoundFirstNamesToo() {
        List<EvidenceTerm> question = erdoganQuestion();
        EvidenceScorer plain = new EvidenceScorer(question);
        EvidenceScorer named = plain.withNames(names(question, INTRO, SIBLING));
        SentenceTokens sibling = SentenceTokens.of(SIBLING, analyzers);
        SentenceTokens intro = SentenceTokens.of(INTRO, analyzers);
        double total = 3 + 5 + 5 + 4.5 + 5;
        assertEquals((4.5 + 5) / total, plain.coverage(sibling, List.of()), 1e-9);
        assertEquals((4.5 + 5 + EvidenceScorer.NAME_CREDIT * 10) / total, named.coverage(sibling, List.of()), 1e-9);
        assertTrue(named.coverage(sibling, List.of()) > named.coverage(intro, List.of()));
        // The strict and ranking scorers a question's answer is chosen by credit the name alike.
        assertEquals(named.coverage(sibling, List.of()), named.ranking().coverage(sibling, List.of()), 1e-9);
    }

    @Test
    void theArticleCheckCountsTheBoundFirstNamesWhereTheSurnameStandsAlone() {
        List<EvidenceTerm> question = erdoganQuestion();
        EvidenceScorer plain = new EvidenceScorer(question);
        EvidenceScorer named = plain.withNames(names(question, INTRO, SIBLING));
        List<SentenceTokens> article = List.of(SentenceTokens.of(INTRO, analyzers),
                SentenceTokens.of(SIBLING, analyzers));
        // رجب and طيب: written in the introduction, credited in the sentence naming أردوغان alone.
        assertArrayEquals(new int[] {0, 1, 1, 2, 1}, plain.missingFrom(article, article).held().sentences());
        assertArrayEquals(new int[] {0, 2, 2, 2, 1}, named.missingFrom(article, article).held().sentences());
    }

    @Test
    void aSentenceIsAnalysedOncePerAnalysis() {
        SentenceTokens tokens = SentenceTokens.of(INTRO, analyzers);
        List<List<String>> positions = NamePhrases.positions(INTRO, tokens, analyzers);
        assertEquals(analyzers.positions(IndexField.ARABIC, ArabicTextNormalizer.normalize(INTRO)), positions);
        assertSame(positions, NamePhrases.positions(INTRO, tokens, analyzers));
        assertNotSame(positions, NamePhrases.positions(INTRO, tokens, new IndexAnalyzers()),
                "another analysis reads the sentence anew");
    }

    /** A question naming رجب طيب أردوغان whole, beside words no sentence of the fixture writes. */
    private List<EvidenceTerm> erdoganQuestion() {
        return List.of(term("رياضة", 3), term("رجب", 5), term("طيب", 5), term("أردوغان", 4.5), term("محترف", 5));
    }
}
