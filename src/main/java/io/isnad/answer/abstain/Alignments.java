package io.isnad.answer.abstain;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.isnad.answer.sentence.SentenceCandidate;

/**
 * One question's word-for-word alignments with the sentences an answer is checked against ({@link
 * #anyDisplaced}). The question's words are read once, which of them may fill a noun's complement is decided
 * once ({@link DisplacedComplement#slots}, only when a sentence reaches that alignment), and each sentence's
 * result is kept: the composed answer's quoted sentences are mostly the judged sentence, the lead and its
 * neighbour that the choice of the lead already aligned (docs/performance.md, "perf39"). A sentence's whole article
 * is folded once ({@link SentenceJudge#articleWords}) for the known names of the complement's alignment and of
 * {@link #namedOnlyAsNewPlace}, which read the judged article both. Made per question and read by the thread
 * answering it.
 */
public final class Alignments {

    private final SentenceJudge judge;
    private final List<SlotWord> asked;
    private final Map<SentenceCandidate, Boolean> displaced = new IdentityHashMap<>();
    /** Each article's folded words, by file. */
    private final Map<String, List<String>> articleWords = new HashMap<>();
    private DisplacedComplement.Slots complements;

    Alignments(SentenceJudge judge) {
        this.judge = judge;
        this.asked = judge.aligns() ? judge.askedWords() : List.of();
    }

    /**
     * Whether an Arabic question, not a follow-up ({@link SentenceJudge#aligns}), is one of {@code sentences}'
     * own phrase with one word put in place of one of its definite nouns: at its end ({@link DisplacedLastWord}),
     * between two of its words ({@link DisplacedWord}) or before its definite word ({@link DisplacedHead}); or
     * with a word put after one of its nouns in place of the word it completes that noun with ({@link
     * DisplacedComplement}); or a which-question asking of a kind no article mentions, as a sentence's article
     * tells. Each sentence's words are read once for all four ({@link SentenceJudge#displaced}).
     */
    public boolean anyDisplaced(Stream<SentenceCandidate> sentences) {
        return judge.aligns() && sentences.anyMatch(this::displaced);
    }

    /**
     * Whether the question names a known place that {@code judged}'s article writes only as another place's
     * opening ({@link SentenceJudge#namedOnlyAsNewPlace}).
     */
    public boolean namedOnlyAsNewPlace(SentenceCandidate judged) {
        return judge.namedOnlyAsNewPlace(judged, this::articleWords);
    }

    /** {@code sentence}'s whole article folded word by word ({@link SentenceJudge#articleWords}), once per article. */
    List<String> articleWords(SentenceCandidate sentence) {
        return articleWords.computeIfAbsent(sentence.article().file(), file -> SentenceJudge.articleWords(sentence));
    }

    private boolean displaced(SentenceCandidate sentence) {
        Boolean known = displaced.get(sentence);
        if (known == null) {
            known = judge.displaced(sentence, asked, this::complements, this::articleWords);
            displaced.put(sentence, known);
        }
        return known;
    }

    private DisplacedComplement.Slots complements() {
        if (complements == null) {
            complements = DisplacedComplement.slots(asked);
        }
        return complements;
    }
}
