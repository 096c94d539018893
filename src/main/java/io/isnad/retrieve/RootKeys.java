package io.isnad.retrieve;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Stream;

import com.github.benmanes.caffeine.cache.Cache;

import io.isnad.index.Caches;
import io.isnad.index.SentenceTokens;
import io.isnad.ingest.arabic.ArabicRootSkeleton;
import io.isnad.ingest.arabic.ArabicStopWords;

/**
 * The root skeletons of a term's Arabic forms ({@link ArabicRootSkeleton#keys}) and the letters of
 * each: a broken plural or a derived form the light stem does not reduce (أطفال / طفل) shares one
 * with the term. A term the user typed in Arabic also has its weak-root keys ({@link
 * ArabicRootSkeleton#weakKeys}: فاز / فازوا / الفوز، فروا / الفرار), matched against a word's
 * skeletons and weak keys; not a translated English term, whose dictionary forms (زيارة for
 * "visit") met the article's other words of a two-letter root (docs/answers.md, "Twenty-fourth
 * round, second wave: weak and doubled roots").
 *
 * @param keys the term's root skeletons
 * @param weak the term's weak-root keys, empty unless its label is Arabic
 * @param keyLetters the letters of each key of both
 * @param letters the letters common to all its keys, for a quick first test
 */
record RootKeys(Set<String> keys, Set<String> weak, long[] keyLetters, long letters) {

    /**
     * Root skeletons by word ({@link ArabicRootSkeleton#keys}, a function of the word alone), for
     * every question: an article's words are compared again by every question that reads it, and the
     * words of questions recur; computing them was a twentieth of answering on the seeds
     * (docs/performance.md, "Ninth round"). Some 5 MB at most.
     */
    private static final Cache<String, Set<String>> ROOT_KEYS = Caches.builder().maximumSize(20_000).build();
    /** Weak-root keys by word ({@link ArabicRootSkeleton#weakKeys}), cached as {@link #ROOT_KEYS}. */
    private static final Cache<String, Set<String>> WEAK_KEYS = Caches.builder().maximumSize(20_000).build();

    static RootKeys of(EvidenceTerm term) {
        Set<String> keys = new LinkedHashSet<>();
        Set<String> weak = new LinkedHashSet<>();
        term.forms().forEach(form -> keys.addAll(keysOf(form)));
        if (ArabicRootSkeleton.isArabic(term.label())) {
            term.forms().forEach(form -> weak.addAll(weakKeysOf(form)));
        }
        long[] keyLetters = Stream.concat(keys.stream(), weak.stream())
                .mapToLong(RootKeys::lettersOf).toArray();
        long common = keyLetters.length == 0 ? 0 : -1L;
        for (long l : keyLetters) {
            common &= l;
        }
        return new RootKeys(Set.copyOf(keys), Set.copyOf(weak), keyLetters, common);
    }

    /** Whether some key's letters are all among {@code letters}. */
    boolean anyKeyWithin(long letters) {
        for (long key : keyLetters) {
            if ((key & ~letters) == 0) {
                return true;
            }
        }
        return false;
    }

    /** The letters of a key, without the weak-root slot, which no word holds. */
    private static long lettersOf(String key) {
        return SentenceTokens.letters(key.replace(String.valueOf(ArabicRootSkeleton.WEAK_SLOT), ""));
    }

    /** The root skeletons of one word, cached. */
    static Set<String> keysOf(String word) {
        return ROOT_KEYS.get(word, w -> Set.copyOf(ArabicRootSkeleton.keys(w)));
    }

    /** The weak-root keys of one word, cached; none for a stop word. */
    static Set<String> weakKeysOf(String word) {
        return WEAK_KEYS.get(word, w -> ArabicStopWords.contains(w) ? Set.of() : Set.copyOf(ArabicRootSkeleton.weakKeys(w)));
    }

    /**
     * Whether a word of {@code sentence} shares a root skeleton with the term, or a weak-root key
     * ({@link #weak}) with the word's skeletons or weak-root keys. A skeleton is a subsequence of
     * the word, so a word lacking one of its letters is skipped before its skeletons are computed.
     */
    boolean heldBy(SentenceTokens sentence) {
        if (keys.isEmpty() && weak.isEmpty()) {
            return false;
        }
        SentenceTokens.Words words = sentence.words();
        long[] masks = words.letters();
        for (int i = 0; i < masks.length; i++) {
            long letters = masks[i];
            if ((this.letters & ~letters) != 0 || !anyKeyWithin(letters)) {
                continue;
            }
            String word = words.forms()[i];
            for (String key : keysOf(word)) {
                if (keys.contains(key) || weak.contains(key)) {
                    return true;
                }
            }
            if (!weak.isEmpty()) {
                for (String key : weakKeysOf(word)) {
                    if (weak.contains(key)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
