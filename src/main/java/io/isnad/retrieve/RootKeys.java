package io.isnad.retrieve;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.LongPredicate;
import java.util.function.Predicate;

import com.github.benmanes.caffeine.cache.Cache;

import io.isnad.index.Caches;
import io.isnad.index.SentenceTokens;
import io.isnad.ingest.arabic.ArabicRootSkeleton;

/**
 * The root skeletons of a term's Arabic forms ({@link ArabicRootSkeleton#keys}) and the letters of
 * each: a broken plural or a derived form the light stem does not reduce (أطفال / طفل) shares one
 * with the term.
 *
 * @param keyLetters the letters of each key, only as many as {@link SentenceTokens#anyWithin} needs
 * @param letters the letters common to all its keys, for a quick first test
 */
record RootKeys(Set<String> keys, long[] keyLetters, long letters) {

    /**
     * Root skeletons by word ({@link ArabicRootSkeleton#keys}, a function of the word alone), for
     * every question: an article's words are compared again by every question that reads it, and the
     * words of questions recur; computing them was a twentieth of answering on the seeds
     * (docs/performance.md, "Ninth round"). Some 5 MB at most.
     */
    private static final Cache<String, Set<String>> ROOT_KEYS = Caches.builder().maximumSize(20_000).build();

    /** No keys: holds nothing. */
    static final RootKeys NONE = of(Set.of());

    static RootKeys of(EvidenceTerm term) {
        // Loops, not streams: every question's scorer reads every term's keys.
        Set<String> keys = new LinkedHashSet<>();
        for (String form : term.forms()) {
            keys.addAll(keysOf(form));
        }
        return of(keys);
    }

    private static RootKeys of(Set<String> keys) {
        long[] keyLetters = new long[keys.size()];
        int k = 0;
        for (String key : keys) {
            keyLetters[k++] = SentenceTokens.letters(key);
        }
        long common = keyLetters.length == 0 ? 0 : -1L;
        for (long l : keyLetters) {
            common &= l;
        }
        return new RootKeys(Set.copyOf(keys), SentenceTokens.fewestWithin(keyLetters), common);
    }

    /**
     * The keys that keep a derived verb's letters with its root ({@link ArabicRootSkeleton#formTenStem}: ستخدم of
     * استخدام، مستخدمة، يستخدم), which only the words of that derivation share.
     */
    RootKeys derivedStems() {
        Set<String> derived = new LinkedHashSet<>();
        for (String key : keys) {
            if (ArabicRootSkeleton.formTenStem(key)) {
                derived.add(key);
            }
        }
        return derived.size() == keys.size() ? this : of(derived);
    }

    /** Whether some key's letters are all among {@code letters}. */
    boolean anyKeyWithin(long letters) {
        return SentenceTokens.anyWithin(keyLetters, letters);
    }

    /**
     * The root skeletons of one word and, for a present tense of a weak or doubled root, its keys in either
     * person ({@link ArabicRootSkeleton#personKeys}: تحد / يحدها), cached.
     */
    static Set<String> keysOf(String word) {
        return ROOT_KEYS.get(word, w -> {
            Set<String> keys = new LinkedHashSet<>(ArabicRootSkeleton.keys(w));
            keys.addAll(ArabicRootSkeleton.personKeys(w));
            return Set.copyOf(keys);
        });
    }

    /**
     * Whether a word of {@code sentence} shares a root skeleton with the term. A skeleton is a
     * subsequence of the word, so a word lacking one of its letters is skipped before its
     * skeletons are computed. A word {@code skipped} passes holds nothing.
     */
    boolean heldBy(SentenceTokens sentence, Predicate<String> skipped) {
        return !keys.isEmpty() && anyWord(sentence, l -> (letters & ~l) == 0 && anyKeyWithin(l),
                (words, i) -> anyAmong(keysOf(words, i), keys) && !skipped.test(words.forms()[i]));
    }

    /** {@link #keysOf} of the word at {@code index}, kept with the sentence's words. */
    static Set<String> keysOf(SentenceTokens.Words words, int index) {
        return words.rootKeys().get(index, RootKeys::keysOf);
    }

    /**
     * Whether one of {@code these} is among {@code keys}: a loop, not a stream, since it runs for
     * every word of every sentence whose letters may hold a key.
     */
    static boolean anyAmong(Set<String> these, Set<String> keys) {
        for (String key : these) {
            if (keys.contains(key)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether some word of {@code sentence} passes {@code word} (given the sentence's words and its
     * index), trying only the words whose letters (a {@link SentenceTokens#letters} mask) pass
     * {@code letters}, the cheap test.
     */
    static boolean anyWord(SentenceTokens sentence, LongPredicate letters, WordTest word) {
        SentenceTokens.Words words = sentence.words();
        long[] masks = words.letters();
        for (int i = 0; i < masks.length; i++) {
            if (letters.test(masks[i]) && word.test(words, i)) {
                return true;
            }
        }
        return false;
    }

    /** A test of the word at an index of a sentence's words. */
    @FunctionalInterface
    interface WordTest {
        boolean test(SentenceTokens.Words words, int index);
    }
}
