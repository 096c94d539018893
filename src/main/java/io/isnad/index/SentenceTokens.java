package io.isnad.index;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.isnad.ingest.arabic.ArabicTextNormalizer;

/**
 * The analysed forms of a sentence, in the same vocabulary as a question's evidence terms. Read
 * back from the catalog, the forms stay its bytes until first used, and the set and the arrays that
 * comparisons use are built on first use too: an article is read whole, and a question compares
 * only some of its sentences (of most articles it reads, those of one retrieved chunk).
 */
public final class SentenceTokens {

    /** The catalog's bytes holding the forms from {@code storedFrom} on (null when built from strings). */
    private final byte[] stored;
    private final int storedFrom;
    private final int storedCount;
    /** Decoded once on first use (an immutable list, so a racing thread sees it whole or not at all). */
    private volatile List<String> formList;
    /** Built once on first use; a holder of final fields, so a racing thread sees it whole or not at all. */
    private volatile Lookup lookup;

    private SentenceTokens(List<String> formList) {
        this.stored = null;
        this.storedFrom = 0;
        this.storedCount = 0;
        this.formList = formList;
    }

    private SentenceTokens(byte[] stored, int from, int count) {
        this.stored = stored;
        this.storedFrom = from;
        this.storedCount = count;
    }

    /** The distinct forms, for membership tests. */
    public Set<String> forms() {
        return lookup().forms();
    }

    /**
     * Whether the sentence holds {@code form}, as {@link #forms} does: a question's forms are tested
     * against every sentence it compares, and most are absent, which a filter of the forms' hashes
     * ({@link FormFilter}) tells without probing the set.
     */
    public boolean holds(String form) {
        Lookup built = lookup();
        return built.filter().mayHold(form) && built.table().contains(form);
    }

    /**
     * Whether the sentence holds one of {@code forms} ({@link #holds}): a loop, not a stream, since a
     * question's terms ask it of every sentence they compare.
     */
    public boolean holdsAny(Collection<String> forms) {
        for (String form : forms) {
            if (holds(form)) {
                return true;
            }
        }
        return false;
    }

    /** The same forms as {@link #forms}, in the catalog's order. */
    public List<String> formList() {
        List<String> forms = formList;
        if (forms == null) {
            forms = CatalogDocuments.readForms(stored, storedFrom, storedCount);
            formList = forms;
        }
        return forms;
    }

    /** Whether the forms have been decoded from the catalog's bytes (always, when built from strings). */
    boolean decoded() {
        return formList != null;
    }

    /** The forms longest first, with their letters and lengths: what the fuzzy comparisons visit. */
    public Words words() {
        return lookup().words();
    }

    /**
     * The forms of a sentence longest first, and at the same index the {@link #letters} and length
     * of each: a comparison that needs words of some length or more stops at the first shorter one,
     * and rules most others out by their letters without reading them.
     *
     * @param rootKeys a memo of each form's root skeletons, for the caller that computes them
     * @param weakKeys a memo of each form's weak-root keys, for the caller that computes them
     */
    public record Words(String[] forms, long[] letters, int[] lengths, WordMemo rootKeys, WordMemo weakKeys) {
    }

    private Lookup lookup() {
        Lookup built = lookup;
        if (built == null) {
            List<String> forms = formList();
            String[] byLength = longestFirst(forms);
            long[] letters = new long[byLength.length];
            int[] lengths = new int[byLength.length];
            for (int i = 0; i < byLength.length; i++) {
                letters[i] = letters(byLength[i]);
                lengths[i] = byLength[i].length();
            }
            built = new Lookup(Set.copyOf(forms), FormFilter.of(byLength), FormTable.of(byLength),
                    new Words(byLength, letters, lengths, new WordMemo(byLength), new WordMemo(byLength)));
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

    private record Lookup(Set<String> forms, FormFilter filter, FormTable table, Words words) {
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

    /** The tokens of a sentence whose distinct analysed forms are known. */
    public static SentenceTokens ofForms(Collection<String> forms) {
        return new SentenceTokens(List.copyOf(forms));
    }

    /** The tokens of a sentence whose {@code count} forms the catalog's {@code bytes} hold from {@code from} on. */
    static SentenceTokens stored(byte[] bytes, int from, int count) {
        return new SentenceTokens(bytes, from, count);
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

    /**
     * Whether one of {@code keyLetters} (a key's {@link #letters} each) has all its letters among
     * {@code letters}: a word lacking them cannot hold the key, since a root key is made of the
     * word's own letters.
     */
    public static boolean anyWithin(long[] keyLetters, long letters) {
        for (long key : keyLetters) {
            if ((key & ~letters) == 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The fewest of {@code keyLetters} that {@link #anyWithin} needs to give the same answer for every
     * word: a repeated mask, or one holding all the letters of another, can pass only where that other
     * passes. A term's forms share most of their root keys' letters (a skeleton and its weak variants),
     * and the test runs for every word of every sentence a question compares.
     */
    public static long[] fewestWithin(long[] keyLetters) {
        long[] fewestLettersFirst = byLetterCount(keyLetters);
        long[] kept = new long[fewestLettersFirst.length];
        int count = 0;
        for (long mask : fewestLettersFirst) {
            boolean implied = false;
            for (int k = 0; k < count && !implied; k++) {
                implied = (kept[k] & ~mask) == 0;
            }
            if (!implied) {
                kept[count++] = mask;
            }
        }
        return Arrays.copyOf(kept, count);
    }

    /**
     * {@code masks} ordered by their count of letters, masks of one count in their given order: an
     * insertion sort, since a term has a handful of keys and boxing them for a sorted stream cost more
     * than the sort.
     */
    static long[] byLetterCount(long[] masks) {
        long[] sorted = masks.clone();
        for (int i = 1; i < sorted.length; i++) {
            long mask = sorted[i];
            int count = Long.bitCount(mask);
            int j = i - 1;
            while (j >= 0 && Long.bitCount(sorted[j]) > count) {
                sorted[j + 1] = sorted[j];
                j--;
            }
            sorted[j + 1] = mask;
        }
        return sorted;
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
