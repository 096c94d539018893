package io.isnad.index;

/**
 * A filter of a sentence's forms by their hashes ({@link SentenceTokens#holds}): a form whose bit is
 * clear is not among them, told without probing the set. 256 bits, one per hash's low eight bits: a
 * sentence has dozens of forms (its words' stems and their variants), which left the one word of 64
 * bits used before mostly set, so that most absent forms probed the set anyway (docs/performance.md,
 * "Twenty-ninth round").
 */
record FormFilter(long[] bits) {

    /** Words of 64 bits: a power of two, so a hash's next bits pick the word. */
    private static final int WORDS = 4;

    static FormFilter of(String[] forms) {
        long[] bits = new long[WORDS];
        for (String form : forms) {
            int hash = form.hashCode();
            bits[word(hash)] |= 1L << hash;
        }
        return new FormFilter(bits);
    }

    /** Whether {@code form} may be one of the forms; false only when it is none. */
    boolean mayHold(String form) {
        int hash = form.hashCode();
        return (bits[word(hash)] & (1L << hash)) != 0;
    }

    /** The word a hash's bit is in: the bits above the six that shift picks the bit by. */
    private static int word(int hash) {
        return (hash >>> 6) & (WORDS - 1);
    }
}
