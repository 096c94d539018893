package io.isnad.index;

import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.lucene.util.UnicodeUtil;

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
    /** The tokens in UTF-8, made on first use; final fields make it safe to share once seen. */
    private Utf8 utf8;

    private TokenRun(char[] chars, int[] ends, int[] increments, int size) {
        this.chars = chars;
        this.ends = ends;
        this.increments = increments;
        this.size = size;
    }

    int size() {
        return size;
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

    /**
     * The tokens as UTF-8, the form the index stores: encoded once for every chunk the run is
     * replayed into, instead of once per token per chunk by Lucene's character attribute.
     */
    Utf8 utf8() {
        Utf8 encoded = utf8;
        if (encoded == null) {
            encoded = Utf8.of(this);
            utf8 = encoded;
        }
        return encoded;
    }

    /** The tokens of a run in UTF-8, packed like the run's characters: token {@code i} ends at {@code ends[i]}. */
    record Utf8(byte[] bytes, int[] ends) {

        private static Utf8 of(TokenRun run) {
            byte[] bytes = new byte[UnicodeUtil.maxUTF8Length(run.size == 0 ? 0 : run.ends[run.size - 1])];
            CharSequence chars = CharBuffer.wrap(run.chars);
            int[] ends = new int[run.size];
            int length = 0;
            for (int i = 0; i < run.size; i++) {
                // Each token alone, as Lucene encodes a term (a lone surrogate never pairs with the
                // next token's), written straight to its place in the run's bytes.
                length = UnicodeUtil.UTF16toUTF8(chars, run.start(i), run.end(i) - run.start(i), bytes, length);
                ends[i] = length;
            }
            return new Utf8(bytes, ends);
        }

        int start(int token) {
            return token == 0 ? 0 : ends[token - 1];
        }
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
