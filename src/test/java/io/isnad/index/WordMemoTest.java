package io.isnad.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

/** A sentence's word memo computes a word's set once, of that word, and keeps the two memos apart. */
class WordMemoTest {

    @Test
    void eachWordIsComputedOnceOfItsOwnForm() {
        SentenceTokens.Words words = SentenceTokens.ofForms(List.of("ab", "مدينة", "x")).words();
        List<String> asked = new ArrayList<>();
        Function<String, Set<String>> of = word -> {
            asked.add(word);
            return Set.of(word + "!");
        };
        Set<String> first = words.rootKeys().get(1, of);
        assertEquals(Set.of("ab!"), first);
        assertSame(first, words.rootKeys().get(1, of));
        assertEquals(Set.of("مدينة!"), words.rootKeys().get(0, of));
        assertEquals(List.of("ab", "مدينة"), asked);
    }

    @Test
    void theRootAndWeakMemosAreSeparate() {
        SentenceTokens.Words words = SentenceTokens.ofForms(List.of("فاز")).words();
        words.rootKeys().get(0, word -> Set.of("root"));
        assertEquals(Set.of("weak"), words.weakKeys().get(0, word -> Set.of("weak")));
        assertEquals(Set.of("root"), words.rootKeys().get(0, word -> Set.of("other")));
    }
}
