package io.isnad.retrieve;

import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import com.github.benmanes.caffeine.cache.Cache;

import io.isnad.index.Caches;
import io.isnad.index.SentenceTokens;
import io.isnad.ingest.arabic.ArabicHunspellStems;
import io.isnad.ingest.arabic.ArabicStopWords;

/**
 * What Hunspell's Arabic dictionary reads in a term's or a sentence's Arabic words: their stems,
 * which widen the ranking scorer's matches ({@link StemWidening}), and their verb stems, which tell
 * a verb the article conjugates otherwise ({@link EvidenceScorer#sameVerb}).
 */
final class HunspellReadings {

    /** The fewest letters of a word {@link #verbStemsOf} reads: shorter ones are particles or share a stem by chance. */
    private static final int VERB_LETTERS = 3;
    /**
     * The Hunspell stems of each sentence's words, by sentence (its identity: a snapshot keeps an
     * article's sentences while it caches the article), with the dictionary that gave them. A
     * question compares its terms with some hundred sentences, and looked up word by word for
     * each term unmatched so far, its stems took thousands of cache look-ups per question.
     */
    private static final Cache<SentenceTokens, SentenceStems> SENTENCE_STEMS = Caches.builder().weakKeys()
            .maximumSize(50_000).build();

    private HunspellReadings() {
    }

    /** The Hunspell stems of a sentence's Arabic words, and the dictionary that gave them. */
    private record SentenceStems(ArabicHunspellStems dictionary, Set<String> stems) {
    }

    /** The Hunspell stems of {@code sentence}'s Arabic words, computed once per sentence. */
    static Set<String> sentenceStems(SentenceTokens sentence, ArabicHunspellStems dictionary) {
        SentenceStems known = SENTENCE_STEMS.getIfPresent(sentence);
        if (known == null || known.dictionary() != dictionary) {
            known = new SentenceStems(dictionary, Set.copyOf(stemsOf(sentence.formList(), dictionary)));
            SENTENCE_STEMS.put(sentence, known);
        }
        return known.stems();
    }

    /**
     * Per term of {@code evidence} the article lacks ({@code found} false), whether it is read only as
     * a verb and {@code article} holds a word read as that verb among other readings
     * ({@link EvidenceScorer#sameVerb}).
     */
    static boolean[] sameVerb(List<EvidenceTerm> evidence, ArabicHunspellStems dictionary,
            List<SentenceTokens> article, boolean[] found) {
        boolean[] same = new boolean[evidence.size()];
        Set<String> articleVerbs = null;
        for (int t = 0; t < same.length; t++) {
            if (found[t]) {
                continue;
            }
            Set<String> verbs = new HashSet<>();
            for (String form : evidence.get(t).forms()) {
                verbs.addAll(dictionary.onlyVerbStems(form));
            }
            if (verbs.isEmpty()) {
                continue;
            }
            if (articleVerbs == null) {
                articleVerbs = new HashSet<>();
                for (SentenceTokens sentence : article) {
                    articleVerbs.addAll(verbStemsOf(sentence.formList(), dictionary));
                }
            }
            same[t] = !Collections.disjoint(verbs, articleVerbs);
        }
        return same;
    }

    /** The verb stems of the Arabic words among {@code words} of three letters or more that are no stop word. */
    private static Set<String> verbStemsOf(Collection<String> words, ArabicHunspellStems dictionary) {
        return readingsOf(words.stream().filter(w -> w.length() >= VERB_LETTERS && !ArabicStopWords.contains(w)),
                dictionary::verbStems);
    }

    /** The Hunspell stems of the Arabic words among {@code words}. */
    static Set<String> stemsOf(Collection<String> words, ArabicHunspellStems dictionary) {
        return readingsOf(words.stream(), dictionary::stems);
    }

    /** What {@code reading} gives for each Arabic word of {@code words}, together. */
    private static Set<String> readingsOf(Stream<String> words, Function<String, Set<String>> reading) {
        Set<String> found = new HashSet<>();
        words.filter(w -> !w.isEmpty() && w.charAt(0) >= '\u0600' && w.charAt(0) <= '\u06FF')
                .forEach(w -> found.addAll(reading.apply(w)));
        return found;
    }
}
