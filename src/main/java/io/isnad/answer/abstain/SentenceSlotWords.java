package io.isnad.answer.abstain;

import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;

import io.isnad.index.Caches;
import io.isnad.index.IndexAnalyzers;

/**
 * The {@link SlotWord}s of the sentences the word-for-word alignments read, kept by the sentence's text: a
 * sentence's words and their stems depend on its text alone (the analyzers' chains have no per-instance
 * setting), and the judged sentence, the lead and its neighbour of one question come back when another
 * question asks about the same story. One look-up per sentence replaces a split of its text and a look-up of each
 * of its words in {@link IndexAnalyzers#wordStems} (docs/performance.md, "perf40"). Shared by the threads
 * answering questions; the lists are immutable.
 */
public final class SentenceSlotWords {

    /**
     * Sentences kept: a question aligns a handful (the judged sentence, the lead, its neighbour, the quoted
     * ones); a sentence's list of some 30 words is about 1 KB (the stem sets are {@code wordStems}' own), so
     * 5 MB at most.
     */
    private static final int SENTENCES_KEPT = 5_000;

    private final Cache<String, List<SlotWord>> kept = Caches.builder().maximumSize(SENTENCES_KEPT).build();

    /** The sentence {@code text}'s words ({@link SlotWord#of}), read the first time. */
    List<SlotWord> of(String text, IndexAnalyzers analyzers) {
        return kept.get(text, t -> SlotWord.of(t, analyzers));
    }
}
