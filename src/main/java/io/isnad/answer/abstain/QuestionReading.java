package io.isnad.answer.abstain;

import java.util.List;
import java.util.Set;

import io.isnad.index.IndexAnalyzers;
import io.isnad.retrieve.EvidenceTerm;

/**
 * One reading of a question's evidence terms: per term, whether it is a name of the question ({@link
 * QuestionNames#of}), whether it is the question's own wording ({@link QuestionWording#of}) and whether it
 * is the stem of a function word with a glued pronoun ({@link FunctionWordStems#of}), which is no unknown word, and
 * whether it is the question's frame ({@link QuestionFrame#of}), which weighs nothing and is no unknown word either.
 * The abstention features, the unwritten-name and unwritten-clitic checks and the wording-only decline all
 * read the first two, and the unknown-word reading ({@link SentenceJudge#absent}) the third and fourth; made once per
 * question and handed to each, where each read the question again before.
 */
public record QuestionReading(boolean[] names, boolean[] wording, boolean[] functionWords, boolean[] frame) {

    /**
     * The reading of {@code question}, whose head noun is {@code head}, over {@code evidence}, English or
     * Arabic as {@code english} says.
     */
    public static QuestionReading of(QuestionWords question, String head, List<EvidenceTerm> evidence,
            IndexAnalyzers analyzers, boolean english) {
        boolean[] names = QuestionNames.of(question, head, evidence, analyzers, english);
        Set<String> functionWordStems = FunctionWordStems.stems(question, analyzers, english);
        return new QuestionReading(names,
                QuestionWording.of(question, evidence, analyzers, english, names, functionWordStems),
                FunctionWordStems.of(evidence, functionWordStems),
                QuestionFrame.of(question, evidence, analyzers, english, names));
    }
}
