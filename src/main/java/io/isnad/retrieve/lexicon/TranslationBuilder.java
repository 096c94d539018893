package io.isnad.retrieve.lexicon;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The terms of a question's translation as they are found, in question order: one term per English
 * word or phrase and source, however often the question repeats it; and the words nothing translated.
 */
final class TranslationBuilder {

    private final List<Term> terms = new ArrayList<>();
    private final Set<String> untranslated = new LinkedHashSet<>();
    private final Set<String> seen = new HashSet<>();

    void add(Term term) {
        if (seen.add(term.source() + "\u0000" + term.english())) {
            terms.add(term);
        }
    }

    void untranslated(String english) {
        untranslated.add(english);
    }

    /** The terms added so far, in order. */
    List<Term> terms() {
        return terms;
    }

    TranslatedQuery build() {
        return new TranslatedQuery(terms, List.copyOf(untranslated));
    }
}
