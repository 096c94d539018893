package io.isnad.retrieve;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Predicate;

import com.github.benmanes.caffeine.cache.Cache;

import io.isnad.index.Caches;
import io.isnad.index.SentenceTokens;
import io.isnad.ingest.arabic.ArabicRootSkeleton;
import io.isnad.ingest.arabic.ArabicStopWords;

/**
 * The weak-root keys of a term the user typed in Arabic ({@link ArabicRootSkeleton#weakKeys}: فاز /
 * فازوا / الفوز، فروا / الفرار، وصلت / الوصول), whose skeleton keeps two letters and so matches
 * nothing in {@link RootKeys}. Not a translated English term's: its dictionary forms (زيارة for
 * "visit") met the article's other words of a two-letter root (docs/answers.md, "Twenty-fourth
 * round, second wave: weak and doubled roots"). Public for the abstention checks that read an
 * article's words as the scorer does ({@link #ofWord}, {@link #sharedBy}).
 *
 * @param keys the term's weak-root keys, empty unless its label is Arabic
 * @param keyLetters the letters of each key, without the slot, for a quick first test; only as many
 *        as {@link SentenceTokens#anyWithin} needs
 */
public record WeakRootKeys(Set<String> keys, long[] keyLetters) {

    /** Weak-root keys by word, cached as {@link RootKeys}' skeletons are. */
    private static final Cache<String, Set<String>> WEAK_KEYS = Caches.builder().maximumSize(20_000).build();

    static WeakRootKeys of(EvidenceTerm term) {
        Set<String> keys = new LinkedHashSet<>();
        if (ArabicRootSkeleton.isArabic(term.label())) {
            term.forms().forEach(form -> keys.addAll(keysOf(form)));
        }
        return of(keys);
    }

    /** The weak-root keys of one word as the user typed it ({@link ArabicRootSkeleton#weakKeys}). */
    public static WeakRootKeys ofWord(String word) {
        return of(ArabicRootSkeleton.weakKeys(word));
    }

    private static WeakRootKeys of(Set<String> keys) {
        return new WeakRootKeys(Set.copyOf(keys), SentenceTokens.fewestWithin(keys.stream()
                .mapToLong(key -> SentenceTokens.letters(ArabicRootSkeleton.weakKeyLetters(key))).toArray()));
    }

    /** The weak-root keys of one word, cached; none for a stop word. */
    static Set<String> keysOf(String word) {
        return WEAK_KEYS.get(word,
                w -> ArabicStopWords.contains(w) ? Set.of() : Set.copyOf(ArabicRootSkeleton.weakKeys(w)));
    }

    /**
     * Whether a word of {@code sentence} has one of the term's keys among its own weak-root keys or
     * its skeletons (the doubled root's فرر is the skeleton of الفرار). A word lacking every key's
     * letters is skipped before its keys are computed.
     */
    boolean heldBy(SentenceTokens sentence) {
        return heldBy(sentence, word -> false);
    }

    /** {@link #heldBy(SentenceTokens)}, a word {@code skipped} passes holding nothing. */
    boolean heldBy(SentenceTokens sentence, Predicate<String> skipped) {
        return !keys.isEmpty() && RootKeys.anyWord(sentence, l -> SentenceTokens.anyWithin(keyLetters, l),
                (words, i) -> sharesKey(words, i) && !skipped.test(words.forms()[i]));
    }

    /**
     * Whether the word at {@code index} of {@code words} has one of these keys, as {@link #heldBy} reads
     * it: a word lacking every key's letters is skipped, and the others' keys are computed once per word
     * and kept with the sentence's words.
     */
    public boolean sharedBy(SentenceTokens.Words words, int index) {
        return SentenceTokens.anyWithin(keyLetters, words.letters()[index]) && sharesKey(words, index);
    }

    private boolean sharesKey(SentenceTokens.Words words, int index) {
        return RootKeys.anyAmong(words.weakKeys().get(index, WeakRootKeys::keysOf), keys)
                || RootKeys.anyAmong(RootKeys.keysOf(words, index), keys);
    }
}
