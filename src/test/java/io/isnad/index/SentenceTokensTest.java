package io.isnad.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SentenceTokensTest {

    /** The order a stable sort by descending length gives, which the fuzzy comparisons' early stops rely on. */
    @Test
    void formsComeLongestFirstAndFormsOfOneLengthInTheirOrder() {
        for (List<String> forms : List.of(List.<String>of(), List.of("a"), List.of("مدين", "بيروت", "ab", "دمشق", "x", "2011",
                "طهران", "cd", "y"), List.of("same", "size", "four"), List.of("", "ab", ""))) {
            String[] stable = forms.stream().sorted(Comparator.comparingInt(String::length).reversed())
                    .toArray(String[]::new);
            assertArrayEquals(stable, SentenceTokens.longestFirst(forms), forms.toString());
        }
    }

    @Test
    void wordsCarryEachFormsLettersAndLengthAtItsIndex() {
        SentenceTokens.Words words = SentenceTokens.ofForms(List.of("ab", "مدينة", "x")).words();
        assertArrayEquals(new String[] {"مدينة", "ab", "x"}, words.forms());
        assertArrayEquals(new int[] {5, 2, 1}, words.lengths());
        assertEquals(SentenceTokens.letters("ab"), words.letters()[1]);
    }

    @Test
    void aWordMayHoldAKeyOnlyWhenItHasAllTheKeysLetters() {
        long word = SentenceTokens.letters("الموصول");
        assertTrue(SentenceTokens.anyWithin(new long[] {SentenceTokens.letters("فز"), SentenceTokens.letters("صل")}, word));
        assertFalse(SentenceTokens.anyWithin(new long[] {SentenceTokens.letters("فز")}, word));
        assertFalse(SentenceTokens.anyWithin(new long[0], word));
    }

    @Test
    void aSentenceHoldsAnyOfSomeFormsWhenItHoldsOneOfThem() {
        SentenceTokens sentence = SentenceTokens.ofForms(List.of("دمشق", "مدين", "2011"));
        assertTrue(sentence.holdsAny(List.of("بيروت", "مدين")));
        assertTrue(sentence.holdsAny(Set.of("2011")));
        assertFalse(sentence.holdsAny(List.of("بيروت", "مدينة", "201")));
        assertFalse(sentence.holdsAny(List.of()));
    }
}
