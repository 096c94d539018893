package io.isnad.answer.abstain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.isnad.index.Snapshot;

class UnwrittenCliticWordsTest extends AbsenceCheckCase {

    @Override
    String article() {
        return """
                سوق الحليب
                باع المزارعون اللبن في سوق طوكيو وبكين عام 2005.
                وقال التجار إن الأسعار ارتفعت.""";
    }

    private List<String> unwritten(String question) {
        try (Snapshot snapshot = fixture().corpus().acquire()) {
            return UnwrittenCliticWords.of(QuestionWords.of(question), snapshot);
        }
    }

    @Test
    void aWordThatBeginsWithAProcliticLetterAndNoChunkWritesIsUnwritten() {
        // ل of لوثار may be a proclitic or the name's own letter: either way no chunk writes the word.
        assertEquals(List.of("لوثار"), unwritten("ماذا باع المزارعون في لوثار؟"));
        assertEquals(List.of("ومجلس"), unwritten("ماذا باع المزارعون والتجار ومجلس؟"));
    }

    @Test
    void aProcliticWordTheCorpusWritesAsTypedIsWritten() {
        assertEquals(List.of(), unwritten("ماذا باع المزارعون في وبكين؟"));
    }

    @Test
    void aConjoinedWordIsOneGluedToAndThatTheCorpusWritesWithoutIt() {
        // No chunk writes وطوكيو or وباريس, but a.txt writes طوكيو and b.txt باريس; no chunk writes طنية, so the و of
        // وطنية may be the word's own, and لطوكيو is glued to a preposition, not to "and".
        try (Snapshot snapshot = fixture().corpus().acquire()) {
            List<String> unwritten = UnwrittenCliticWords.of(
                    QuestionWords.of("ماذا باع المزارعون وطوكيو وباريس وطنية لطوكيو؟"), snapshot);
            assertEquals(List.of("وطوكيو", "وباريس", "وطنيه", "لطوكيو"), unwritten);
            assertEquals(List.of("وطوكيو", "وباريس"),
                    UnwrittenCliticWords.conjoined(unwritten, snapshot, word -> true));
            // A word the corpus writes inside a longer one (as the judge tells) is none.
            assertEquals(List.of("وطوكيو"),
                    UnwrittenCliticWords.conjoined(unwritten, snapshot, word -> !word.equals("وباريس")));
        }
    }

    @Test
    void theArticleAGluedPronounOrAShortWordKeepsAWordOut() {
        // والسوق is و + the article; لوثارهم carries a pronoun, which no name takes; ليما has four letters.
        assertEquals(List.of(), unwritten("ماذا باع المزارعون في والسوق؟"));
        assertEquals(List.of(), unwritten("ماذا باع المزارعون في لوثارهم؟"));
        assertEquals(List.of(), unwritten("ماذا باع المزارعون في ليما؟"));
    }
}
