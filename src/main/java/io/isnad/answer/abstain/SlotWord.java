package io.isnad.answer.abstain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.isnad.index.IndexAnalyzers;
import io.isnad.ingest.arabic.ArabicRootSkeleton;
import io.isnad.ingest.arabic.ArabicStopWords;
import io.isnad.ingest.arabic.ArabicTextNormalizer;

/**
 * A folded Arabic word and its light stems as the Arabic field indexes it: what {@link DisplacedWord}, {@link
 * DisplacedLastWord} and {@link DisplacedHead} align a question with its judged sentence by, word against word.
 */
record SlotWord(String folded, Set<String> stems) {

    /**
     * The words of {@code text}, folded, each with its stems ({@link IndexAnalyzers#wordStems}, kept: every
     * sentence an answer quotes is read so for every question), as an immutable list ({@link SentenceSlotWords}
     * shares a sentence's list between threads).
     */
    static List<SlotWord> of(String text, IndexAnalyzers analyzers) {
        List<String> words = ArabicTextNormalizer.words(text);
        List<SlotWord> slots = new ArrayList<>(words.size());
        for (String word : words) {
            slots.add(new SlotWord(word, analyzers.wordStems(word)));
        }
        return List.copyOf(slots);
    }

    boolean content() {
        return ArabicRootSkeleton.isArabic(folded) && !ArabicStopWords.contains(folded);
    }

    boolean definite() {
        return ArabicRootSkeleton.carriesArticle(folded);
    }

    /**
     * A conjugated verb or a particle glued to one ({@link ArabicRootSkeleton#looksConjugated}, {@link
     * ArabicRootSkeleton#startsWithParticle}): the question's own wording, never a noun put in another's place.
     */
    boolean conjugated() {
        return ArabicRootSkeleton.looksConjugated(folded) || ArabicRootSkeleton.startsWithParticle(folded);
    }

    boolean participle() {
        return ArabicRootSkeleton.activeParticiple(folded);
    }

    /** The same word: as written, or through a stem both share. */
    boolean same(SlotWord other) {
        return folded.equals(other.folded) || stems.stream().anyMatch(other.stems::contains);
    }

    /**
     * Of one root: a skeleton both may have, also read as a weak root ({@link ArabicRootSkeleton#weakKeys}:
     * فاز and الفوز keep two letters of theirs).
     */
    boolean kin(SlotWord other) {
        Set<String> keys = ArabicRootSkeleton.keys(other.folded);
        Set<String> weak = ArabicRootSkeleton.weakKeys(other.folded);
        return ArabicRootSkeleton.keys(folded).stream().anyMatch(keys::contains)
                || ArabicRootSkeleton.weakKeys(folded).stream().anyMatch(weak::contains);
    }
}
