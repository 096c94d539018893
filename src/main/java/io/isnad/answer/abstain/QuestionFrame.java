package io.isnad.answer.abstain;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.isnad.index.IndexAnalyzers;
import io.isnad.ingest.arabic.ArabicQuestionWords;
import io.isnad.retrieve.EvidenceTerm;

/**
 * Which evidence terms of an Arabic question are its frame ({@link ArabicQuestionWords#frameWords}: the report it
 * points at, "the story of", "what happened", the verb of "what did he call it"), not what it asks about: no
 * answer sentence repeats them, and the abstention model read them as the heaviest words a sentence that answers
 * lacks (docs/answers.md, "faar53"). Names and figures are never frame, and no word of an English question is.
 */
final class QuestionFrame {

    private QuestionFrame() {
    }

    /**
     * Per term of {@code evidence}, whether it is the frame of {@code question}; {@code names} per term, whether it
     * is a proper name of the question ({@link QuestionNames#of}).
     */
    static boolean[] of(QuestionWords question, List<EvidenceTerm> evidence, IndexAnalyzers analyzers, boolean english,
            boolean[] names) {
        boolean[] frame = new boolean[evidence.size()];
        if (english) {
            return frame;
        }
        Set<String> stems = new HashSet<>();
        ArabicQuestionWords.frameWords(question.arabic()).forEach(word -> stems.addAll(analyzers.wordStems(word)));
        for (int t = 0; t < frame.length; t++) {
            EvidenceTerm term = evidence.get(t);
            frame[t] = !names[t] && !term.figure() && term.forms().stream().anyMatch(stems::contains);
        }
        return frame;
    }
}
