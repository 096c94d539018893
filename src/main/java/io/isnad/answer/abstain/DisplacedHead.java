package io.isnad.answer.abstain;

import java.util.List;
import java.util.Optional;

import io.isnad.ingest.arabic.ArabicRootSkeleton;

/**
 * A word of an Arabic question put in place of the definite noun a sentence's definite word qualifies:
 * the question's next word carries the article and the sentence writes it exactly as typed, after a
 * definite noun that no word of the question stands for and that shares no root skeleton with the
 * question's word ({@link ArabicRootSkeleton#keys}, {@link ArabicRootSkeleton#weakKeys}), while the
 * question's word has no article. An indefinite noun takes no definite adjective or second noun, so
 * the question copied the sentence's phrase (الغطاء النباتي، بالتقويم الميلادي) and put another thing at
 * its head (ترشيحات النباتي، منطقتان الميلادي). A question phrased in other words keeps the head, or says
 * it with a word of its root; the phrase it copies is the sentence's own only when it copies the head
 * too. A conjugated verb ({@link ArabicRootSkeleton#looksConjugated}: يسبب الغرغرينا، يقيم الراقية) is
 * the question's own verb before the noun it asks about, not a head. A place or person the lexicon
 * knows is left to {@link UnwrittenNames}, as for {@link DisplacedLastWord}. {@link
 * SentenceJudge#displacedHead} also asks that the sentence's article hold none of its terms. Counted on
 * the tuning parts: 4 answered near misses and no answerable question (docs/answers.md, "near37").
 */
final class DisplacedHead {

    /** The fewest letters of the question's word: shorter ones are particles or glued prepositions. */
    static final int MIN_LETTERS = 4;

    private DisplacedHead() {
    }

    /**
     * The question's word, folded, when the sentence writes another head before its next word; both read
     * as {@link SlotWord}s once for every alignment ({@link Alignments#anyDisplaced}).
     */
    static Optional<String> of(List<SlotWord> asked, List<SlotWord> written) {
        for (int i = 0; i + 1 < asked.size(); i++) {
            SlotWord word = asked.get(i);
            SlotWord next = asked.get(i + 1);
            if (!word.content() || word.folded().length() < MIN_LETTERS || word.definite() || word.conjugated()
                    || !next.content() || !next.definite() || UnwrittenNames.known(word.folded()).isPresent()) {
                continue;
            }
            if (written.stream().noneMatch(word::same) && headed(word, next, asked, written)) {
                return Optional.of(word.folded());
            }
        }
        return Optional.empty();
    }

    private static boolean headed(SlotWord word, SlotWord next, List<SlotWord> asked, List<SlotWord> written) {
        for (int p = 1; p < written.size(); p++) {
            SlotWord head = written.get(p - 1);
            if (written.get(p).folded().equals(next.folded()) && head.content() && head.definite()
                    && asked.stream().noneMatch(head::same) && !word.kin(head)) {
                return true;
            }
        }
        return false;
    }
}
