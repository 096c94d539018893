package io.isnad.retrieve.query;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.isnad.retrieve.EvidenceTerm;

/**
 * A translated term's translations, sorted: one of one word is the term wherever one of its
 * forms is; one of several words is the term where all its words are, so its words alone are
 * {@code partial} forms.
 */
final class TranslationForms {

    private final Set<String> whole = new LinkedHashSet<>();
    private final List<List<Set<String>>> phrases = new ArrayList<>();
    private final Set<String> clipped = new LinkedHashSet<>();
    private final Set<String> unclipped = new LinkedHashSet<>();

    /** One translation, as its words' forms. */
    void add(List<Set<String>> words) {
        if (words.size() == 1) {
            whole.addAll(words.get(0));
        } else if (words.size() > 1) {
            phrases.add(words);
        }
    }

    /**
     * One translation's folded text and its stems, read for the stem of a one-word translation that the
     * stemmer reached by cutting its final ان ({@link io.isnad.retrieve.EvidenceTerm#clipped}).
     */
    void read(String text, List<String> stems) {
        if (stems.size() == 1) {
            String stem = stems.getFirst();
            (text.endsWith(stem + EvidenceTerm.CLIPPED_ENDING) ? clipped : unclipped).add(stem);
        }
    }

    /** The stems some one-word translation reached only by losing its final ان, and no other reached whole. */
    Set<String> clipped() {
        Set<String> only = new LinkedHashSet<>(clipped);
        only.removeAll(unclipped);
        return Set.copyOf(only);
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
