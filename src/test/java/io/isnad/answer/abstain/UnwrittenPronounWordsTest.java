package io.isnad.answer.abstain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.isnad.index.Snapshot;

class UnwrittenPronounWordsTest extends AbsenceCheckCase {

    @Override
    String article() {
        return """
                سوق الحليب
                باع المزارعون اللبن في سوق طوكيو وبكين عام 2005 بعد لقاء مع التجار.
                وقال التجار إن الأسعار ارتفعت قبل جنازة البائع.""";
    }

    private List<String> unwritten(String question) {
        try (Snapshot snapshot = fixture().corpus().acquire()) {
            return UnwrittenPronounWords.of(QuestionWords.of(question), snapshot);
        }
    }

    @Test
    void aWordWithAGluedPronounWhoseWordNoChunkWritesIsUnwritten() {
        assertEquals(List.of("قنواتهما"), unwritten("ماذا باع المزارعون في قنواتهما؟"));
        // Nor without its proclitic (تبني).
        assertEquals(List.of("لتبنيهما"), unwritten("ماذا باع المزارعون لتبنيهما؟"));
    }

    @Test
    void aWordWithAGluedPronounWhoseWordAChunkWritesIsWritten() {
        // سوق as typed; the ta marbuta the pronoun hides (جنازة); the hamza on its seat (لقاء); and a short
        // word written inside a longer one (التجار).
        assertEquals(List.of(), unwritten("ماذا باع المزارعون في سوقهم؟"));
        assertEquals(List.of(), unwritten("متى كانت جنازتهم؟"));
        assertEquals(List.of(), unwritten("ماذا قال التجار في لقائهما؟"));
        assertEquals(List.of(), unwritten("ماذا باع تجارهم؟"));
    }

    @Test
    void theArticleAFunctionWordAndAWordWithoutAPronounKeepAWordOut() {
        // الحاكم ends in كم after the article; عليهم is a function word's; ومجلس and لوثار carry no pronoun.
        assertEquals(List.of(), unwritten("ماذا باع الحاكم؟"));
        assertEquals(List.of(), unwritten("ماذا باع المزارعون عليهم؟"));
        assertEquals(List.of(), unwritten("ماذا باع المزارعون ومجلس لوثار؟"));
    }
}
