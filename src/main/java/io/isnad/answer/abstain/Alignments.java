package io.isnad.answer.abstain;

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
 * neighbour that the choice of the lead already aligned (docs/performance.md, "perf39"). Made per question
 * and read by the thread answering it.
 */
public final class Alignments {

    private final SentenceJudge judge;
    private final List<SlotWord> asked;
    private final Map<SentenceCandidate, Boolean> displaced = new IdentityHashMap<>();
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

    private boolean displaced(SentenceCandidate sentence) {
        Boolean known = displaced.get(sentence);
        if (known == null) {
            known = judge.displaced(sentence, asked, this::complements);
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
