package io.isnad.index;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.isnad.ingest.ArabicTextNormalizer;

/**
 * The analysed forms of a sentence, in the same vocabulary as a question's evidence terms.
 *
 * @param forms for membership tests
 * @param formList the same forms, for the fuzzy comparisons that visit each of them
 */
public record SentenceTokens(Set<String> forms, List<String> formList) {

    public static SentenceTokens of(String sentence, IndexAnalyzers analyzers) {
        String normalized = ArabicTextNormalizer.normalize(sentence);
        Set<String> forms = new HashSet<>(analyzers.tokens(IndexField.ARABIC, normalized));
        forms.addAll(analyzers.englishTokens(normalized));
        return new SentenceTokens(Set.copyOf(forms), List.copyOf(forms));
    }

    /** Jaccard overlap of two sentences' forms: how nearly they say the same thing. */
    public double overlap(SentenceTokens other) {
        if (forms.isEmpty() || other.forms.isEmpty()) {
            return 0;
        }
        Set<String> common = new HashSet<>(forms);
        common.retainAll(other.forms);
        return (double) common.size() / (forms.size() + other.forms.size() - common.size());
    }
}
