package io.isnad.answer.abstain;

import java.util.List;
import java.util.Set;

import io.isnad.index.IndexAnalyzers;
import io.isnad.retrieve.EvidenceTerm;

/**
 * Which evidence terms of an Arabic question are stems the light stemmer cut to {@value #CUT_LETTERS}
 * letters from a word of the question of {@value #WORD_LETTERS} or more: a word's own letters taken for
 * clitics, the و of وصفه, the ال of إليه, the ها of واجهها and لديها (صف، يه، اج، لد). Such a stem is no
 * word the articles could be missing: that no chunk holds it says nothing of whether they write the word,
 * so it is no unknown word ({@link AbsentEvidence#unknownWord}). Counted on the Arabic tuning parts (xquad-dev,
 * arcd-train, seeds; docs/answers.md, "fa38"): of the answerable questions and negatives the model declines
 * for an unknown word alone, the ones whose every unknown word is a stem of two letters are answerable,
 * while a longer stem cut from a word is as often a name (شير of شيرين، سكا of سكاي). A word typed with two
 * letters (دي، سي) or three (وصد: a glued و) keeps its letters: it is the word the question asks about.
 */
final class CutStems {

    /** The most letters of a cut stem. */
    static final int CUT_LETTERS = 2;
    /** The fewest letters of the question's word a stem is cut from: two more than the stem. */
    static final int WORD_LETTERS = 4;

    private CutStems() {
    }

    /** Per term of {@code evidence}, whether it is a stem cut from a longer word of {@code question}. */
    static boolean[] of(String question, List<EvidenceTerm> evidence, IndexAnalyzers analyzers, boolean english) {
        boolean[] cut = new boolean[evidence.size()];
        if (english) {
            return cut;
        }
        Set<String> stems = QuestionNames.arabicStems(question, analyzers, word -> word.length() >= WORD_LETTERS);
        for (int t = 0; t < cut.length; t++) {
            String label = evidence.get(t).label();
            cut[t] = label.length() <= CUT_LETTERS && label.chars().allMatch(Character::isLetter) && stems.contains(label);
        }
        return cut;
    }
}
