package io.isnad.retrieve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.isnad.index.IndexAnalyzers;
import io.isnad.index.SentenceTokens;
import io.isnad.ingest.Article;

/** An article's opening is analysed once per first line, analysis and word count, and reads as a fresh analysis does. */
class OpeningWordsTest {

    private static final String LINE = "آسيا، أكبر قارات العالم مساحةً وسكاناً.";

    private final IndexAnalyzers analyzers = new IndexAnalyzers();

    private static Article headed(String line) {
        return new Article("a.txt", line, "", Optional.empty(), "", List.of(), List.of(), Optional.empty(), line);
    }

    @Test
    void theOpeningHoldsTheFirstWordsAnalysedLikeASentence() {
        SentenceTokens opening = OpeningWords.of(headed(LINE), analyzers, 3);
        assertEquals(SentenceTokens.of("آسيا أكبر قارات", analyzers).forms(), opening.forms());
    }

    @Test
    void anOpeningAskedAgainIsTheOneAnalysedFirst() {
        SentenceTokens first = OpeningWords.of(headed(LINE), analyzers, 3);
        // Another article record with an equal first line, as a re-read article is.
        assertSame(first, OpeningWords.of(headed(new String(LINE)), analyzers, 3));
    }

    @Test
    void anotherWordCountOrAnalysisIsAnalysedForItself() {
        SentenceTokens three = OpeningWords.of(headed(LINE), analyzers, 3);
        SentenceTokens one = OpeningWords.of(headed(LINE), analyzers, 1);
        assertEquals(SentenceTokens.of("آسيا", analyzers).forms(), one.forms());
        assertNotSame(three, OpeningWords.of(headed(LINE), new IndexAnalyzers(), 3));
    }
}
