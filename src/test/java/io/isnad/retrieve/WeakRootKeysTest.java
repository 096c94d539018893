package io.isnad.retrieve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.isnad.index.IndexAnalyzers;
import io.isnad.index.IndexField;
import io.isnad.index.SentenceTokens;
import io.isnad.ingest.arabic.ArabicRootSkeleton;
import io.isnad.ingest.arabic.ArabicTextNormalizer;

class WeakRootKeysTest {

    private final IndexAnalyzers analyzers = new IndexAnalyzers();

    /** Whether some word of {@code text} shares one of {@code keys}, word by word. */
    private boolean sharedIn(WeakRootKeys keys, String text) {
        SentenceTokens.Words words = SentenceTokens.of(text, analyzers).words();
        return IntStream.range(0, words.forms().length).anyMatch(i -> keys.sharedBy(words, i));
    }

    @Test
    void aWordsKeysAreItsWeakRootKeysAsTyped() {
        assertFalse(WeakRootKeys.ofWord("فاز").keys().isEmpty());
        assertEquals(ArabicRootSkeleton.weakKeys("فاز"), WeakRootKeys.ofWord("فاز").keys());
        assertEquals(WeakRootKeys.ofWord("فاز").keys().size(), WeakRootKeys.ofWord("فاز").keyLetters().length,
                "one letter mask per key");
    }

    @Test
    void aWordOfTheSameWeakOrDoubledRootSharesAKey() {
        assertTrue(sharedIn(WeakRootKeys.ofWord("فاز"), "وقد فازوا بالكأس مرتين"));
        assertTrue(sharedIn(WeakRootKeys.ofWord("فاز"), "بعد الفوز على البرازيل"));
        // The doubled root's skeleton فرر, read from الفرار.
        assertTrue(sharedIn(WeakRootKeys.ofWord("فروا"), "حاولوا الفرار من السجن"));
        assertFalse(sharedIn(WeakRootKeys.ofWord("فاز"), "قال المسؤول إن الطائرات غادرت"));
    }

    @Test
    void aTermsKeysAreReadWordByWordAsTheSentenceIsHeld() {
        String stem = analyzers.tokens(IndexField.ARABIC, ArabicTextNormalizer.normalize("فاز")).get(0);
        WeakRootKeys term = WeakRootKeys.of(new EvidenceTerm("فاز", Set.of(stem), 1, false));
        for (String text : new String[] {"وقد فازوا بالكأس مرتين", "قال المسؤول إن الطائرات غادرت"}) {
            assertEquals(term.heldBy(SentenceTokens.of(text, analyzers)), sharedIn(term, text), text);
        }
    }
}
