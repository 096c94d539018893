package io.isnad.index;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.isnad.ingest.arabic.ArabicTextNormalizer;

/**
 * The analysed forms of a sentence, in the same vocabulary as a question's evidence terms. The set
 * and the arrays that comparisons use are built on first use: an article is decoded with every
 * sentence's forms, and a question compares only a few of its sentences (those of the retrieved
 * chunks and their neighbours).
 */
public final class SentenceTokens {

    private final List<String> formList;
    /** Built once on first use; a holder of final fields, so a racing thread sees it whole or not at all. */
    private volatile Lookup lookup;

    private SentenceTokens(List<String> formList) {
        this.formList = formList;
    }

    /** The distinct forms, for membership tests. */
    public Set<String> forms() {
        return lookup().forms();
    }

    /**
     * Whether the sentence holds {@code form}, as {@link #forms} does: a question's forms are tested
     * against every sentence it compares, and most are absent, which a one-word filter of the
     * forms' hashes tells without probing the set.
     */
    public boolean holds(String form) {
        Lookup built = lookup();
        return (built.hashBits() & (1L << form.hashCode())) != 0 && built.forms().contains(form);
    }

    /** The same forms as {@link #forms}, in the catalog's order. */
    public List<String> formList() {
        return formList;
    }

    /** The forms longest first, with their letters and lengths: what the fuzzy comparisons visit. */
    public Words words() {
        return lookup().words();
    }

    /**
     * The forms of a sentence longest first, and at the same index the {@link #letters} and length
     * of each: a comparison that needs words of some length or more stops at the first shorter one,
     * and rules most others out by their letters without reading them.
     */
    public record Words(String[] forms, long[] letters, int[] lengths) {
    }

    private Lookup lookup() {
        Lookup built = lookup;
        if (built == null) {
            String[] byLength = longestFirst(formList);
            long[] letters = new long[byLength.length];
            int[] lengths = new int[byLength.length];
            long hashBits = 0;
            for (int i = 0; i < byLength.length; i++) {
                letters[i] = letters(byLength[i]);
                lengths[i] = byLength[i].length();
                hashBits |= 1L << byLength[i].hashCode();
            }
            built = new Lookup(Set.copyOf(formList), hashBits, new Words(byLength, letters, lengths));
            lookup = built;
        }
        return built;
    }

    /**
     * {@code forms} longest first, forms of one length in their given order (as a stable sort by
     * descending length puts them): counted by length and placed, with no comparisons, since a
     * question builds this for each of the few hundred sentences it compares.
     */
    static String[] longestFirst(List<String> forms) {
        int longest = 0;
        for (String form : forms) {
            longest = Math.max(longest, form.length());
        }
        // starts[k]: where the next form k characters shorter than the longest goes.
        int[] starts = new int[longest + 2];
        for (String form : forms) {
            starts[longest - form.length() + 1]++;
        }
        for (int i = 1; i < starts.length; i++) {
            starts[i] += starts[i - 1];
        }
        String[] sorted = new String[forms.size()];
        for (String form : forms) {
            sorted[starts[longest - form.length()]++] = form;
        }
        return sorted;
    }

    /** @param hashBits bit {@code hashCode % 64} of each form ({@link #holds}) */
    private record Lookup(Set<String> forms, long hashBits, Words words) {
    }

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
        return new SentenceTokens(List.copyOf(forms));
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
        Set<String> mine = forms();
        Set<String> theirs = other.forms();
        if (mine.isEmpty() || theirs.isEmpty()) {
            return 0;
        }
        Set<String> common = new HashSet<>(mine);
        common.retainAll(theirs);
        return (double) common.size() / (mine.size() + theirs.size() - common.size());
    }
}
