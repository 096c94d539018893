package io.isnad.answer.abstain;

import java.util.List;
import java.util.stream.IntStream;

import io.isnad.ingest.arabic.ArabicProclitics;
import io.isnad.ingest.arabic.ArabicRootSkeleton;
import io.isnad.ingest.arabic.ArabicStopWords;
import io.isnad.ingest.arabic.ArabicTypos;

/**
 * The words of an Arabic question put in place of the word a sentence writes after a noun. The question's
 * previous word, a noun or name (no conjugated verb), stands in the sentence, and another content word
 * follows it there: one that no word of the question stands for, of another root skeleton ({@link
 * ArabicRootSkeleton#keys}, {@link ArabicRootSkeleton#weakKeys}), and not the question's word misspelt
 * ({@link ArabicTypos#oneEditApart}) or with letters added (إيسك for إيس). A noun's next word is bound to
 * it: the second noun of a construct, its adjective, a name's second part (مباراة بطولة، بلاك ميتال، كيلو
 * واط ساعة), so a question that copies the noun and puts another word after it asks about another thing;
 * after a verb, the subject or object is the question's own wording. The question's word is a content word
 * of {@value #MIN_LETTERS} letters or more without the article; not a conjugated verb or a particle glued
 * to one; not glued to a one-letter proclitic ({@link ArabicProclitics#withoutProclitic}: a conjunction
 * or preposition opens a phrase of its own, bound to no noun before it: بصياغة، لأصول، وإخراج); without a
 * glued pronoun ({@link ArabicRootSkeleton#carriesPronoun}: a name takes none, as for {@link
 * UnwrittenCliticWords}); no function word misspelt (ابتي for التي); no place or person the lexicon knows
 * (left to {@link UnwrittenNames}, as for {@link DisplacedHead}: سوريا where the article writes سورية); and
 * written in no word of the sentence.
 * {@link SentenceJudge#displacedComplement} also asks that the corpus never write it, not even inside a
 * longer word, that it be no slip of its article's words, and that the article hold none of its terms:
 * the alignment alone meets the answerable questions' paraphrases (docs/answers.md, "near38").
 */
final class DisplacedComplement {

    /** The fewest letters of the question's word: shorter ones are particles or glued prepositions. */
    static final int MIN_LETTERS = 4;
    /** The fewest letters of the noun before it: shorter ones are particles or prepositions. */
    static final int MIN_NOUN_LETTERS = 3;

    private DisplacedComplement() {
    }

    /**
     * The question's words that may be put in a noun's complement's place, each after a noun or name of its
     * own: what {@link #of} asks of the question alone, decided once per question rather than for every
     * sentence compared (docs/performance.md, "perf39").
     *
     * @param asked the question's words
     * @param slots the indices in {@code asked} of the words that may be such a slot, ascending
     */
    record Slots(List<SlotWord> asked, int[] slots) {
    }

    /** The slots of a question's words ({@link SlotWord}s), as {@link Slots} says. */
    static Slots slots(List<SlotWord> asked) {
        return new Slots(asked, IntStream.range(1, asked.size()).filter(i -> nounBefore(asked.get(i - 1))
                && slotWord(asked.get(i))).toArray());
    }

    /**
     * The question's words, folded, that the sentence completes otherwise after their previous word; the
     * question read once as {@link Slots}, the sentence as {@link SlotWord}s once for every alignment ({@link
     * Alignments#anyDisplaced}).
     */
    static List<String> of(Slots question, List<SlotWord> written) {
        List<SlotWord> asked = question.asked();
        return IntStream.of(question.slots()).filter(i -> displaced(asked, i, written))
                .mapToObj(i -> asked.get(i).folded()).toList();
    }

    private static boolean displaced(List<SlotWord> asked, int slot, List<SlotWord> written) {
        SlotWord word = asked.get(slot);
        SlotWord noun = asked.get(slot - 1);
        if (written.stream().anyMatch(word::same)) {
            return false;
        }
        for (int p = 0; p + 1 < written.size(); p++) {
            SlotWord next = written.get(p + 1);
            if (noun.same(written.get(p)) && next.content() && asked.stream().noneMatch(next::same)
                    && !word.kin(next) && !slip(word.folded(), next.folded())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a question's word may be the noun a slot follows: a content word, long enough, no verb. */
    private static boolean nounBefore(SlotWord noun) {
        return noun.content() && noun.folded().length() >= MIN_NOUN_LETTERS && !noun.conjugated();
    }

    /** Whether a question's word may stand in a noun's complement's place, as the class says. */
    private static boolean slotWord(SlotWord word) {
        String folded = word.folded();
        return word.content() && folded.length() >= MIN_LETTERS && !word.definite() && !word.conjugated()
                && ArabicProclitics.withoutProclitic(folded).isEmpty() && !ArabicRootSkeleton.carriesPronoun(folded)
                && !slipOfFunctionWord(folded) && UnwrittenNames.known(folded).isEmpty();
    }

    /** Whether a word is a function word misspelt (ابتي for التي): the question's wording, not a thing asked of. */
    private static boolean slipOfFunctionWord(String folded) {
        return ArabicStopWords.WORDS.stream().anyMatch(stop -> ArabicTypos.oneEditApart(folded, stop));
    }

    /** Whether the question's word is the sentence's with a letter changed, or with letters added after it. */
    private static boolean slip(String asked, String written) {
        return ArabicTypos.oneEditApart(asked, written) || asked.startsWith(written);
    }
}
