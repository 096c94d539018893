package io.isnad.index;

/**
 * A sentence's distinct forms as an open-addressing table that keeps each form's hash beside it, for
 * {@link SentenceTokens#holds}: a probe compares the hash first and reads a form's characters only
 * when the hashes agree. The JDK's immutable set, probed before, compared every form it met on the
 * way with {@code equals}, reaching into each of those strings; those probes were 3 % of an answer's
 * samples on the seeds (docs/performance.md, "perf37").
 */
final class FormTable {

    private final String[] forms;
    private final int[] hashes;
    private final int mask;

    private FormTable(String[] forms, int[] hashes) {
        this.forms = forms;
        this.hashes = hashes;
        this.mask = forms.length - 1;
    }

    /**
     * A table of {@code distinct}, at most half full so that probes stay short (a form given twice takes
     * two slots and is found at the first).
     */
    static FormTable of(String[] distinct) {
        int size = Integer.highestOneBit(Math.max(1, distinct.length) * 2) * 2;
        String[] forms = new String[size];
        int[] hashes = new int[size];
        for (String form : distinct) {
            int hash = form.hashCode();
            int slot = slot(hash, size - 1);
            while (forms[slot] != null) {
                slot = (slot + 1) & (size - 1);
            }
            forms[slot] = form;
            hashes[slot] = hash;
        }
        return new FormTable(forms, hashes);
    }

    boolean contains(String form) {
        int hash = form.hashCode();
        for (int slot = slot(hash, mask); ; slot = (slot + 1) & mask) {
            String held = forms[slot];
            if (held == null) {
                return false;
            }
            if (hashes[slot] == hash && held.equals(form)) {
                return true;
            }
        }
    }

    /**
     * The first slot of a hash, its high bits folded into the low ones: a form that reaches the table
     * passed {@link FormFilter}, which tests the low eight bits, so an absent one shares them with a
     * held form and would start its probe on that form's slot.
     */
    private static int slot(int hash, int mask) {
        return (hash ^ (hash >>> 16)) & mask;
    }
}
