package io.isnad.eval;

import java.util.List;

/**
 * One line of a question set (the JSON Lines format of {@code src/test/resources/eval/README.md}).
 *
 * @param lang {@code ar} or {@code en}: the language the question is asked in
 * @param history earlier user turns of the same conversation, oldest first
 * @param expectedFiles every article file that supports the answer; empty when unanswerable
 * @param answers acceptable answer strings; an answer is a hit when one occurs in it
 * @param answerable false when the right behaviour is to say the articles do not answer
 * @param type the gold question type (one of {@link QuestionSetParser#TYPES}), or null when the set
 *        does not say
 * @param group the split group: questions of one group always fall in the same part of
 *        {@link DevSplit}; null for the default grouping
 */
public record EvalQuestion(String id, String lang, String question, List<String> history,
        List<String> expectedFiles, List<String> answers, boolean answerable, String type, String group) {

    public EvalQuestion {
        history = List.copyOf(history);
        expectedFiles = List.copyOf(expectedFiles);
        answers = List.copyOf(answers);
    }

    /** A question without gold type or split group. */
    public EvalQuestion(String id, String lang, String question, List<String> history, List<String> expectedFiles,
            List<String> answers, boolean answerable) {
        this(id, lang, question, history, expectedFiles, answers, answerable, null, null);
    }

    /** The same question asked over a corpus that cannot answer it: a cross-corpus negative. */
    public EvalQuestion asUnanswerable(String splitGroup) {
        return new EvalQuestion(id, lang, question, history, List.of(), answers, false, type, splitGroup);
    }
}
