package io.isnad.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The tokens one analyzer made of one text, in order, with their position increments (0 for a
 * variant stacked on the previous word), packed into one character array: a sentence is analysed
 * once and its tokens are replayed into every chunk that holds it and into the catalog's
 * sentence tokens, without a string per token.
 */
final class TokenRun {

    static final TokenRun EMPTY = new TokenRun(new char[0], new int[0], new int[0], 0);

    private final char[] chars;
    private final int[] ends;
    private final int[] increments;
    private final int size;

    private TokenRun(char[] chars, int[] ends, int[] increments, int size) {
        this.chars = chars;
        this.ends = ends;
        this.increments = increments;
        this.size = size;
    }

    int size() {
        return size;
    }

    char[] chars() {
        return chars;
    }

    int start(int token) {
        return token == 0 ? 0 : ends[token - 1];
    }

    int end(int token) {
        return ends[token];
    }

    int increment(int token) {
        return increments[token];
    }

    /** The tokens as strings, repeats kept. */
    List<String> terms() {
        List<String> terms = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            terms.add(new String(chars, start(i), end(i) - start(i)));
        }
        return terms;
    }

    /** Collects the tokens of one analysis as they come. */
    static final class Builder {

        private char[] chars = new char[64];
        private int[] ends = new int[16];
        private int[] increments = new int[16];
        private int size;

        void add(char[] term, int length, int increment) {
            add(term, 0, length, increment);
        }

        /** Adds the token {@code term[offset, offset + length)}. */
        void add(char[] term, int offset, int length, int increment) {
            int from = size == 0 ? 0 : ends[size - 1];
            if (from + length > chars.length) {
                chars = Arrays.copyOf(chars, Math.max(chars.length * 2, from + length));
            }
            System.arraycopy(term, offset, chars, from, length);
            if (size == ends.length) {
                ends = Arrays.copyOf(ends, size * 2);
                increments = Arrays.copyOf(increments, size * 2);
            }
            ends[size] = from + length;
            increments[size] = increment;
            size++;
        }

        TokenRun build() {
            return size == 0 ? EMPTY : new TokenRun(chars, ends, increments, size);
        }
    }
}
