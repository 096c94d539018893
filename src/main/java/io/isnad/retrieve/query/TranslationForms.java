package io.isnad.retrieve.query;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A translated term's translations, sorted: one of one word is the term wherever one of its
 * forms is; one of several words is the term where all its words are, so its words alone are
 * {@code partial} forms.
 */
final class TranslationForms {

    private final Set<String> whole = new LinkedHashSet<>();
    private final List<List<Set<String>>> phrases = new ArrayList<>();

    /** One translation, as its words' forms. */
    void add(List<Set<String>> words) {
        if (words.size() == 1) {
            whole.addAll(words.get(0));
        } else if (words.size() > 1) {
            phrases.add(words);
        }
    }

    /** Of the term's {@code forms}, those no translation of one word holds. */
    Set<String> partial(Set<String> forms) {
        Set<String> partial = new LinkedHashSet<>(forms);
        partial.removeAll(whole);
        return Set.copyOf(partial);
    }

    /** The translations of several words; none when every form is whole anyway. */
    List<List<Set<String>>> phrases() {
        return phrases.stream().allMatch(words -> words.stream().allMatch(whole::containsAll)) ? List.of()
                : List.copyOf(phrases);
    }
}
