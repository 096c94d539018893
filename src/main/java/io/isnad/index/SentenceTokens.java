package io.isnad.index;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.isnad.ingest.arabic.ArabicTextNormalizer;

/**
 * The analysed forms of a sentence, in the same vocabulary as a question's evidence terms.
 *
 * @param forms for membership tests
 * @param formList the same forms, for the fuzzy comparisons that visit each of them
 * @param letterMasks {@link #letters} of each form of {@code formList}, at the same index
 */
public record SentenceTokens(Set<String> forms, List<String> formList, long[] letterMasks) {

    public static SentenceTokens of(String sentence, IndexAnalyzers analyzers) {
        String normalized = ArabicTextNormalizer.normalize(sentence);
        return ofForms(formsOf(analyzers.tokens(IndexField.ARABIC, normalized), analyzers.englishTokens(normalized)));
    }

    /**
     * The distinct forms of a sentence's Arabic and English field tokens (repeats kept), in the
     * order the catalog stores them.
     */
    static List<String> formsOf(List<String> arabic, List<String> english) {
        Set<String> forms = new HashSet<>(arabic);
        forms.addAll(english);
        return List.copyOf(forms);
    }

    /** The tokens of a sentence whose distinct analysed forms are known (read back from the index). */
    public static SentenceTokens ofForms(Collection<String> forms) {
        List<String> formList = List.copyOf(forms);
        long[] masks = new long[formList.size()];
        for (int i = 0; i < masks.length; i++) {
            masks[i] = letters(formList.get(i));
        }
        return new SentenceTokens(Set.copyOf(forms), formList, masks);
    }

    /**
     * The set of letters of {@code word} as bits (several letters may share one). One edit changes
     * at most two bits, so two words whose masks differ in more than twice the allowed edits
     * cannot be that close: a cheap test before computing an edit distance.
     */
    public static long letters(String word) {
        long mask = 0;
        for (int i = 0; i < word.length(); i++) {
            mask |= 1L << (word.charAt(i) % Long.SIZE);
        }
        return mask;
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
