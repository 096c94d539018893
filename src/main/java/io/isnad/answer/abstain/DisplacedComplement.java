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
 * after a verb, the subject or object is the question's own wording. So is a list's next member: a question
 * that copies a list's member and puts another word after its lone و (مدينتي مرو و كوفين) where the sentence
 * writes another member after و (مرو ونيسابور) asks about another thing; the lists the generator's swaps broke
 * (docs/answers.md, "near59"). The question's word is a content word
 * of {@value #MIN_LETTERS} letters or more without the article; not a conjugated verb or a particle glued
 * to one; not glued to a one-letter proclitic ({@link ArabicProclitics#withoutProclitic}: a conjunction
 * or preposition opens a phrase of its own, bound to no noun before it: بصياغة، لأصول، وإخراج; a list's
 * member is bound by the lone و before it, and its first letter is read as its own: كوفين; a و glued after a
 * noun without the article stands in its complement's place, {@link #conjoinedToHead}); without a
 * glued pronoun ({@link ArabicRootSkeleton#carriesPronoun}: a name takes none, as for {@link
 * UnwrittenCliticWords}); no function word misspelt (ابتي for التي); and written in no word of the sentence.
 * {@link SentenceJudge#displacedComplement} also asks that the corpus never write it, not even inside a
 * longer word, that it be no slip of its article's words, and that the article hold none of its terms:
 * the alignment alone meets the answerable questions' paraphrases (docs/answers.md, "near38").
 * A place or person the lexicon knows ({@link #knownName}) is read apart: after any content word, a verb
 * included, and glued to a proclitic or not, since a name is no asker's wording; the judge asks the article
 * for the lexicon's spellings of it instead (docs/answers.md, "near61").
 */
final class DisplacedComplement {

    /** The fewest letters of the question's word: shorter ones are particles or glued prepositions. */
    static final int MIN_LETTERS = 4;
    /** The fewest letters of the noun before it: shorter ones are particles or prepositions. */
    static final int MIN_NOUN_LETTERS = 3;
    /** The conjunction that joins a list's members, standing alone or glued to the next member. */
    private static final String CONJUNCTION = "و";

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
        return new Slots(asked, IntStream.range(1, asked.size())
                .filter(i -> slot(asked.get(nounOf(asked, i)), asked.get(i), coordinated(asked, i)))
                .toArray());
    }

    /**
     * The index of the noun a question's word at {@code slot} follows: the word before it, or, after a lone
     * conjunction (مرو و كوفين), the list's member before that.
     */
    private static int nounOf(List<SlotWord> asked, int slot) {
        return coordinated(asked, slot) ? slot - 2 : slot - 1;
    }

    /** Whether a question's word follows a lone و after a word of its own: the next member of a list. */
    private static boolean coordinated(List<SlotWord> asked, int slot) {
        return slot >= 2 && asked.get(slot - 1).folded().equals(CONJUNCTION);
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
        SlotWord noun = asked.get(nounOf(asked, slot));
        boolean member = coordinated(asked, slot);
        if (written.stream().anyMatch(word::same)) {
            return false;
        }
        for (int p = 0; p + 1 < written.size(); p++) {
            int at = member ? memberAfter(written, p) : p + 1;
            if (at < 0) {
                continue;
            }
            SlotWord next = written.get(at);
            if (noun.same(written.get(p)) && next.content() && asked.stream().noneMatch(next::same)
                    && !word.kin(next) && !slip(word.folded(), next.folded())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The index of the list's next member after the sentence's word at {@code p}: the word after a lone و, or
     * the next word with the و glued to it (مرو ونيسابور); -1 when no و follows the word.
     */
    private static int memberAfter(List<SlotWord> written, int p) {
        String next = written.get(p + 1).folded();
        if (next.equals(CONJUNCTION)) {
            return p + 2 < written.size() ? p + 2 : -1;
        }
        return next.length() > MIN_NOUN_LETTERS && next.startsWith(CONJUNCTION) ? p + 1 : -1;
    }

    /**
     * Whether a question's word may stand in the complement's place of the word before it: a place or person the
     * lexicon knows after any content word ({@link #knownName}), any other word as {@link #slotWord} says after a
     * noun ({@link #nounBefore}).
     */
    private static boolean slot(SlotWord before, SlotWord word, boolean member) {
        if (knownName(word)) {
            return before.content() && before.folded().length() >= MIN_NOUN_LETTERS;
        }
        return nounBefore(before) && slotWord(word, member || conjoinedToHead(before, word));
    }

    /**
     * Whether a question's word carries a glued و right after a noun without the article, where the sentence
     * completes that noun with a word the question does not write ({@link #displaced}): a construct's head or an
     * indefinite noun before its adjective (طوال تاريخها، طريقة تفكير), which no conjunction parts from the word
     * that completes it, so the و-word stands in that word's place (طوال وقايدا). Two heads sharing the
     * sentence's complement (طريقة وأسلوب تفكير) write it after them; after a definite noun the و opens the
     * next member of a list of the question's own (الجيش والشرطة), as near38 found of glued proclitics.
     */
    private static boolean conjoinedToHead(SlotWord before, SlotWord word) {
        return !before.definite() && word.folded().startsWith(CONJUNCTION)
                && word.folded().length() > MIN_LETTERS;
    }

    /**
     * Whether a question's word is a place or person the lexicon knows ({@link UnwrittenNames#known}), without the
     * article, glued to a proclitic or not. A name is no asker's wording: after a verb as after a noun (زار
     * سوريا where the sentence writes زار لبنان), and after a name or noun whose spelling reads as a verb (مارلي،
     * نظام), it names what is asked, and a glued و or ب puts it there all the same; the judge asks whether the
     * sentence's article names it in any spelling.
     */
    static boolean knownName(SlotWord word) {
        return word.content() && word.folded().length() >= MIN_LETTERS && !word.definite()
                && UnwrittenNames.known(word.folded()).isPresent();
    }

    /** Whether a question's word may be the noun a slot follows: a content word, long enough, no verb. */
    private static boolean nounBefore(SlotWord noun) {
        return noun.content() && noun.folded().length() >= MIN_NOUN_LETTERS && !noun.conjugated();
    }

    /** Whether a question's word, no known name, may stand in a noun's complement's place, as the class says. */
    private static boolean slotWord(SlotWord word, boolean member) {
        String folded = word.folded();
        return word.content() && folded.length() >= MIN_LETTERS && !word.definite() && !word.conjugated()
                && (member || ArabicProclitics.withoutProclitic(folded).isEmpty())
                && !ArabicRootSkeleton.carriesPronoun(folded) && !slipOfFunctionWord(folded);
    }

    /**
     * Whether a word is a function word misspelt, a letter typed for another (ابتي for التي): the question's
     * wording, not a thing asked of. A word a letter longer than a function word is a word of its own (كوفين
     * beside the dialects' وفين "where").
     */
    private static boolean slipOfFunctionWord(String folded) {
        return ArabicStopWords.WORDS.stream()
                .anyMatch(stop -> stop.length() == folded.length() && ArabicTypos.oneEditApart(folded, stop));
    }

    /** Whether the question's word is the sentence's with a letter changed, or with letters added after it. */
    private static boolean slip(String asked, String written) {
        return ArabicTypos.oneEditApart(asked, written) || asked.startsWith(written);
    }
}
