package io.isnad.answer.question;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.isnad.index.IndexAnalyzers;
import io.isnad.index.IndexField;
import io.isnad.retrieve.EvidenceTerm;

/**
 * Which of the question's evidence terms stand for the noun the question asks about
 * ({@code QuestionAnalysis.head}): "who is the president of Russia?" answered by a sentence about
 * Russia that names no president, or names it only as a loose match of another word
 * ({@code EvidenceScorer.looselyHeld}).
 */
public final class AskedNoun {

    private AskedNoun() {
    }

    /**
     * Per term of {@code evidence}, whether it stands for {@code head}: for an Arabic question a term
     * with a form among the head's index forms, for an English one a term whose label holds the head
     * as a word. None for a question without a head noun.
     */
    public static boolean[] terms(String head, List<EvidenceTerm> evidence, IndexAnalyzers analyzers,
            boolean english) {
        boolean[] asked = new boolean[evidence.size()];
        if (head.isEmpty()) {
            return asked;
        }
        Set<String> stems = english ? Set.of() : new HashSet<>(analyzers.tokens(IndexField.ARABIC, head));
        for (int t = 0; t < evidence.size(); t++) {
            EvidenceTerm term = evidence.get(t);
            asked[t] = english ? term.labelHolds(head)
                    : term.forms().stream().anyMatch(stems::contains);
        }
        return asked;
    }
}
