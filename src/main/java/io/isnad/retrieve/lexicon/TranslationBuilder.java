package io.isnad.retrieve.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The terms of a question's translation as they are found, in question order: one term per English
 * word or phrase and source, however often the question repeats it; and the words nothing translated.
 */
final class TranslationBuilder {

    private final List<Term> terms = new ArrayList<>();
    private final Set<String> untranslated = new LinkedHashSet<>();
    private final Map<String, Integer> seen = new HashMap<>();

    /** Adds a term once; a searched occurrence replaces an earlier evidence-only one of the same word. */
    void add(Term term) {
        String key = term.source() + "\u0000" + term.english();
        Integer at = seen.get(key);
        if (at == null) {
            seen.put(key, terms.size());
            terms.add(term);
        } else if (term.searched() && !terms.get(at).searched()) {
            terms.set(at, term);
        }
    }

    void untranslated(String english) {
        untranslated.add(english);
    }

    /** The terms added so far, in order. */
    List<Term> terms() {
        return terms;
    }

    /**
     * Adds another translation's terms as evidence only ({@link Term#evidenceOnly}) and its untranslated
     * words: a question-frame phrase translated apart is read, never searched.
     */
    void addAsEvidence(TranslationBuilder other) {
        other.terms.forEach(term -> add(term.evidenceOnly()));
        untranslated.addAll(other.untranslated);
    }

    TranslatedQuery build() {
        return new TranslatedQuery(terms, List.copyOf(untranslated));
    }
}
