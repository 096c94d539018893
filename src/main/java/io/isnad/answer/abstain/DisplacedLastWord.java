package io.isnad.answer.abstain;

import java.util.List;
import java.util.Optional;

import io.isnad.ingest.arabic.ArabicRootSkeleton;

/**
 * The last word of an Arabic question when the sentence writes another thing in its place: the word
 * before it stands in the sentence, and the sentence's next word carries the article where the
 * question's last word does not, no word of the question stands for it, and the two share no root
 * skeleton ({@link ArabicRootSkeleton#keys}, {@link ArabicRootSkeleton#weakKeys}). The question then
 * ends the sentence's own phrase on a thing the sentence does not name (صلاح الدين عربه for the
 * sentence's صلاح الدين الأيوبي، بتخليق كورت for بتخليق الباراسيتامول). A question phrased in other words keeps
 * the definite noun a definite noun, or a word of its root; a question's last word of three letters
 * is as often a common adjective (مهم) that a definite noun's place holds by chance. A place or person
 * the lexicon knows is left to {@link UnwrittenNames}, which reads every spelling of it (سوريا for an
 * article's سورية) where the article's evidence check does not. {@link
 * SentenceJudge#displacedLastWord} also asks that the judged article hold none of its terms. Counted
 * on the tuning parts: 6 answered near misses declined (arcd 5, xquad 1) and no answerable question;
 * a slot word of any definiteness cost 4 answerable tuning hits (docs/answers.md, "near36").
 */
final class DisplacedLastWord {

    /** The fewest letters of the question's last word: a shorter one is as often a common adjective. */
    static final int MIN_LETTERS = 4;

    private DisplacedLastWord() {
    }

    /**
     * The question's last word, folded, when the sentence writes another thing in its place; both read as
     * {@link SlotWord}s once for every alignment ({@link Alignments#anyDisplaced}).
     */
    static Optional<String> of(List<SlotWord> asked, List<SlotWord> written) {
        if (asked.size() < 2) {
            return Optional.empty();
        }
        SlotWord last = asked.getLast();
        SlotWord before = asked.get(asked.size() - 2);
        if (!last.content() || last.folded().length() < MIN_LETTERS || last.definite() || !before.content()
                || UnwrittenNames.known(last.folded()).isPresent()) {
            return Optional.empty();
        }
        if (written.stream().anyMatch(last::same)) {
            return Optional.empty();
        }
        for (int p = 0; p + 1 < written.size(); p++) {
            SlotWord next = written.get(p + 1);
            if (before.same(written.get(p)) && next.content() && next.definite()
                    && asked.stream().noneMatch(next::same) && !last.kin(next)) {
                return Optional.of(last.folded());
            }
        }
        return Optional.empty();
    }
}
