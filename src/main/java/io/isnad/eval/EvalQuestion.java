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
 */
public record EvalQuestion(String id, String lang, String question, List<String> history,
        List<String> expectedFiles, List<String> answers, boolean answerable) {

    public EvalQuestion {
        history = List.copyOf(history);
        expectedFiles = List.copyOf(expectedFiles);
        answers = List.copyOf(answers);
    }
}
