package io.isnad.retrieve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import io.isnad.index.IndexAnalyzers;
import io.isnad.index.IndexField;
import io.isnad.index.SentenceTokens;
import io.isnad.ingest.arabic.ArabicTextNormalizer;

class WeakRootExcuseTest {

    private final IndexAnalyzers analyzers = new IndexAnalyzers();
    private final List<EvidenceTerm> won = List.of(term("فاز"), term("كأس"), term("ألمانيا"));
    private final WeakRootExcuse excuse = new WeakRootExcuse(won, TermForms.of(won), EvidenceScorer.ROOT_CREDIT);
    private final SentenceTokens cup = SentenceTokens.of("وقد فازوا بالكأس مرتين", analyzers);

    private EvidenceTerm term(String word) {
        return new EvidenceTerm(word, Set.of(analyzers.tokens(IndexField.ARABIC, ArabicTextNormalizer.normalize(word))
                .get(0)), 1, false);
    }

    @Test
    void aWordHeldByItsWeakRootIsExcusedWhereTheArticleHoldsTheOtherLackingWords() {
        assertEquals(List.of(0), excuse.excused(cup, new double[] {0, 1, 0}, List.of(),
                () -> new boolean[] {false, true, true}));
        assertTrue(excuse.excused(cup, new double[] {0, 1, 0}, List.of(),
                () -> new boolean[] {false, true, false}).isEmpty());
    }

    @Test
    void theArticleIsAskedOnlyWhenAWordWouldBeExcused() {
        AtomicInteger asked = new AtomicInteger();
        Supplier<boolean[]> article = () -> {
            asked.incrementAndGet();
            return new boolean[] {false, true, true};
        };
        // Nothing lacking, and a sentence holding no question word itself: nothing to excuse.
        excuse.excused(cup, new double[] {1, 1, 1}, List.of(), article);
        excuse.excused(cup, new double[] {0, EvidenceScorer.ROOT_CREDIT, 0}, List.of(), article);
        // A neighbour holds the lacking words: they are not lacking.
        excuse.excused(cup, new double[] {0, 1, 0}, List.of(new double[] {1, 0, 1}), article);
        assertEquals(0, asked.get());
        excuse.excused(cup, new double[] {0, 1, 0}, List.of(), article);
        assertEquals(1, asked.get());
    }
}
