package io.isnad.answer.abstain;

import java.util.List;
import java.util.Set;

import io.isnad.index.IndexAnalyzers;
import io.isnad.ingest.arabic.ArabicStopWords;
import io.isnad.retrieve.EvidenceTerm;

/**
 * Which evidence terms of an Arabic question are the stems of a function word with a glued pronoun
 * ({@link ArabicStopWords#containsWithPronoun}: لديها → لد، إليه → يه، عندها → عند). The stop list holds
 * such words only bare, so they reach the evidence, and the light stemmer cuts them to letters no chunk
 * holds. An answer sentence never needs them (it writes the thing the pronoun points to, or nothing), so
 * their absence from the corpus says nothing of whether the articles answer the question: they are no
 * unknown word ({@link AbsentEvidence#unknownWord}). Any stem cut to two letters was measured too and
 * answered as many check negatives as answerable questions (صف of وصفه and of صفات; docs/answers.md, "fa38").
 */
final class FunctionWordStems {

    private FunctionWordStems() {
    }

    /**
     * The stems of the Arabic {@code question}'s function words with a glued pronoun; none for an English one.
     * Read once per question ({@link QuestionReading#of}) and handed to {@link #of} and to {@link
     * QuestionWording#of}, whose wording holds these words too.
     */
    static Set<String> stems(QuestionWords question, IndexAnalyzers analyzers, boolean english) {
        return english ? Set.of()
                : QuestionNames.arabicStems(question, analyzers, ArabicStopWords::containsWithPronoun);
    }

    /** Per term of {@code evidence}, whether it is one of the {@code stems} of a function word with a glued pronoun. */
    static boolean[] of(List<EvidenceTerm> evidence, Set<String> stems) {
        boolean[] functionWord = new boolean[evidence.size()];
        for (int t = 0; t < functionWord.length; t++) {
            functionWord[t] = evidence.get(t).forms().stream().anyMatch(stems::contains);
        }
        return functionWord;
    }
}
