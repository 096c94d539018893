package io.isnad.eval;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A parsed question set.
 *
 * @param source where it came from (a file name), shown in reports
 * @param warnings things worth knowing that do not make the set unusable, e.g. an unknown field
 */
public record QuestionSet(String source, List<EvalQuestion> questions, List<String> warnings) {

    public QuestionSet {
        questions = List.copyOf(questions);
        warnings = List.copyOf(warnings);
    }

    /** The languages asked in, sorted. */
    public Set<String> languages() {
        Set<String> languages = new TreeSet<>();
        questions.forEach(q -> languages.add(q.lang()));
        return languages;
    }
}
