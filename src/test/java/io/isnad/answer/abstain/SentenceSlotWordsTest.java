package io.isnad.answer.abstain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.isnad.index.IndexAnalyzers;

class SentenceSlotWordsTest {

    private final IndexAnalyzers analyzers = new IndexAnalyzers();

    @Test
    void aSentencesKeptWordsAreItsSlotWordsKeptForTheNextAsk() {
        SentenceSlotWords kept = new SentenceSlotWords();
        String sentence = "وصل وزير الخارجية الياباني إلى طوكيو بعد محادثات في بكين.";
        List<SlotWord> first = kept.of(sentence, analyzers);
        assertEquals(SlotWord.of(sentence, analyzers), first);
        // A copy of the text (another String of the same letters) finds the same list.
        assertSame(first, kept.of(new String(sentence.toCharArray()), analyzers));
        assertNotEquals(first, kept.of("وصل وزير الدفاع إلى طوكيو.", analyzers));
    }

    @Test
    void theKeptListCannotBeChangedByAThreadThatReadsIt() {
        List<SlotWord> words = new SentenceSlotWords().of("وصل الوزير إلى طوكيو.", analyzers);
        assertThrows(UnsupportedOperationException.class, () -> words.remove(0));
    }
}
