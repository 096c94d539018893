package io.isnad.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
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
    /** The fewest masks pass exactly the words all the masks pass, for keys sharing letters as a term's do. */
    @Test
    void theFewestKeyMasksPassTheSameWordsAsAllOfThem() {
        Random random = new Random(37);
        for (int term = 0; term < 200; term++) {
            long[] all = new long[1 + random.nextInt(12)];
            for (int k = 0; k < all.length; k++) {
                all[k] = mask(random, 2 + random.nextInt(4));
            }
            long[] fewest = SentenceTokens.fewestWithin(all);
            assertTrue(fewest.length <= all.length);
            for (int word = 0; word < 300; word++) {
                long letters = mask(random, 3 + random.nextInt(10));
                assertEquals(SentenceTokens.anyWithin(all, letters), SentenceTokens.anyWithin(fewest, letters));
            }
        }
    }

    @Test
    void aRepeatedMaskOrOneHoldingAnothersLettersIsDropped() {
        long root = SentenceTokens.letters("كتب");
        long wider = SentenceTokens.letters("كتاب");
        long other = SentenceTokens.letters("درس");
        assertArrayEquals(new long[] {root, other}, SentenceTokens.fewestWithin(new long[] {wider, root, other, root}));
        assertArrayEquals(new long[0], SentenceTokens.fewestWithin(new long[0]));
    }

    /** The order a stable sort by letter count gives: {@link SentenceTokens#fewestWithin} keeps the first of equals. */
    @Test
    void masksComeFewestLettersFirstAndMasksOfOneCountInTheirOrder() {
        Random random = new Random(38);
        for (int term = 0; term < 200; term++) {
            long[] masks = new long[random.nextInt(14)];
            for (int k = 0; k < masks.length; k++) {
                masks[k] = mask(random, 1 + random.nextInt(8));
            }
            long[] stable = Arrays.stream(masks).boxed().sorted(Comparator.comparingInt(Long::bitCount))
                    .mapToLong(Long::longValue).toArray();
            long[] given = masks.clone();
            assertArrayEquals(stable, SentenceTokens.byLetterCount(masks));
            assertArrayEquals(given, masks, "the masks given are left as they were");
        }
    }

    /** A mask of {@code letters} letters drawn from twelve, so that keys often share letters. */
    private static long mask(Random random, int letters) {
        long mask = 0;
        for (int i = 0; i < letters; i++) {
            mask |= 1L << random.nextInt(12);
        }
        return mask;
    }
}
