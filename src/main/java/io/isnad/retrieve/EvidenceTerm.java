package io.isnad.retrieve;

import java.util.Set;

/**
 * One thing the question asks about, as the analysed forms that count as finding it in a sentence.
 * An English word carries its Arabic translations as alternative forms.
 *
 * @param label what the user typed, for explanations
 * @param forms analysed tokens (Arabic stems, English stems, numbers), any one of which is a match
 * @param weight inverse document frequency: rare words are better evidence
 * @param fuzzy whether a spelling variant (same character n-grams) also counts, as for names
 */
public record EvidenceTerm(String label, Set<String> forms, double weight, boolean fuzzy) {
}
