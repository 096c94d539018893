package io.isnad.answer.abstain;

import java.util.List;
import java.util.stream.IntStream;

import io.isnad.ingest.arabic.ArabicRootSkeleton;

/**
 * Whether an Arabic question and a sentence align word for word around one slot that they fill
 * differently: the question's two neighbours of a word stand side by side in the sentence with one word
 * between them, and that word carries the article where the question's word does not, no word of the
 * question stands for it, and the two share no root skeleton ({@link ArabicRootSkeleton#keys}, {@link
 * ArabicRootSkeleton#weakKeys}). One of the two neighbours must be a content word: two stop words side
 * by side align by chance. The
 * question then asks the sentence's own words about another thing put in a definite noun's place
 * (وتعني for الدقائق، توقيرا for النخبة): a question phrased in other words keeps the definite noun a
 * definite noun, or a word of its root (الفوز for فاز). Counted on the tuning parts: 5 answered near
 * misses and no answerable question of xquad-dev, arcd-train or the seeds; a word in the slot of
 * any kind or definiteness cost 2 to 4 answerable hits per near miss (docs/answers.md, "near35b").
 * A slot word that is an active participle ({@link ArabicRootSkeleton#activeParticiple}: الناطقة) is
 * no slot: a question says a doer as often with a verb of another root (تتكلم), and the generator's
 * swaps replaced none (docs/answers.md, "near36b").
 */
final class DisplacedWord {

    /** The fewest letters of the question's word: shorter ones are particles or glued prepositions. */
    static final int MIN_LETTERS = 3;

    private DisplacedWord() {
    }

    /**
     * Whether the question and the sentence align around one slot as the class says; both read as {@link
     * SlotWord}s once for every alignment ({@link Alignments#anyDisplaced}).
     */
    static boolean in(List<SlotWord> asked, List<SlotWord> written) {
        return IntStream.range(1, asked.size() - 1).anyMatch(i -> displaced(asked, i, written));
    }

    private static boolean displaced(List<SlotWord> asked, int slot, List<SlotWord> written) {
        SlotWord word = asked.get(slot);
        SlotWord before = asked.get(slot - 1);
        SlotWord after = asked.get(slot + 1);
        if (!word.content() || word.folded().length() < MIN_LETTERS || word.definite()
                || !before.content() && !after.content() || written.stream().anyMatch(word::same)) {
            return false;
        }
        for (int p = 0; p + 2 < written.size(); p++) {
            SlotWord between = written.get(p + 1);
            if (before.same(written.get(p)) && after.same(written.get(p + 2)) && between.content()
                    && between.definite() && !between.participle() && asked.stream().noneMatch(between::same)
                    && !word.kin(between)) {
                return true;
            }
        }
        return false;
    }
}
