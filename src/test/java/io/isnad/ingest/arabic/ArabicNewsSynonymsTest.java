package io.isnad.ingest.arabic;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class ArabicNewsSynonymsTest {

    @Test
    void inflectedMembersOfOneGroupAreTheSameThing() {
        assertTrue(ArabicNewsSynonyms.sameGroup("شهيداً", "القتلى"));
        assertTrue(ArabicNewsSynonyms.sameGroup("المصابين", "الجرحى"));
        assertTrue(ArabicNewsSynonyms.sameGroup("الاعتداء", "الهجوم"));
    }

    @Test
    void wordsOfDifferentGroupsOrOfNoneAreNot() {
        assertFalse(ArabicNewsSynonyms.sameGroup("الجرحى", "القتلى"));
        assertFalse(ArabicNewsSynonyms.sameGroup("القتلى", "الطائرات"));
        assertFalse(ArabicNewsSynonyms.sameGroup("الطائرات", "الطائرات"), "a word outside the table has no group");
    }

    @Test
    void everyEntryIsOneWord() {
        // A phrase would be analysed into words that each count as a synonym alone ("لقي" of "لقي حتفه").
        for (List<String> group : ArabicNewsSynonyms.GROUPS) {
            for (String word : group) {
                assertFalse(word.isBlank() || word.strip().contains(" "), word);
            }
        }
    }
}
