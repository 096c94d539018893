package io.isnad.answer.abstain;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.isnad.index.IndexAnalyzers;
import io.isnad.index.IndexField;
import io.isnad.retrieve.EvidenceTerm;

/**
 * Whether the judged sentence lacks the noun the question asks about ({@code QuestionAnalysis.head}):
 * "who is the president of Russia?" answered by a sentence about Russia that names no president.
 * The noun is looked for as the question's evidence term for it, so what the evidence scorer counts
 * as holding a word counts here too (its light stem, a spelling variant, a word of the same root, a
 * word of the news synonym table; for an English word its Arabic translations). Such a noun is
 * usually common, so it weighs little in the coverage and the largest missing share, which is why it
 * is a feature of its own.
 */
public final class AskedNoun {

    private AskedNoun() {
    }

    /**
     * Whether the asked noun is missing: some term of {@code evidence} stands for {@code head} and
     * {@code held} holds none of those terms. False for a question without a head noun, and for one
     * whose noun left no term (a stop word).
     *
     * @param held per evidence term, how well the judged sentence and its neighbours hold it
     *        ({@code EvidenceScorer.heldIn}); any match counts
     */
    public static boolean missing(String head, List<EvidenceTerm> evidence, double[] held, IndexAnalyzers analyzers,
            boolean english) {
        if (head.isEmpty()) {
            return false;
        }
        Set<String> stems = english ? Set.of() : new HashSet<>(analyzers.tokens(IndexField.ARABIC, head));
        boolean stands = false;
        for (int t = 0; t < evidence.size(); t++) {
            EvidenceTerm term = evidence.get(t);
            boolean forHead = english ? List.of(term.label().split(" ")).contains(head)
                    : term.forms().stream().anyMatch(stems::contains);
            if (forHead && held[t] > 0) {
                return false;
            }
            stands |= forHead;
        }
        return stands;
    }
}
