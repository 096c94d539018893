package io.isnad.index;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ngram.NGramTokenFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Collects the n-gram field's tokens of every word passing through, and passes the word on
 * unchanged: placed where the Arabic chain's words are normalised and not yet filtered, it lets
 * one pass of the tokenizer and normalisers serve both fields at indexing time, instead of a
 * second pass through the n-gram chain. The grams are exactly those (and in the same order, with
 * the same position increments) of {@link NGramTokenFilter} with {@link #MIN} to {@link #MAX}
 * code points, words outside that range kept whole ({@code IndexAnalyzersTest} compares both),
 * built by copying characters instead of saving and restoring every attribute per gram.
 */
final class WordGrams extends TokenFilter {

    static final int MIN = 3;
    static final int MAX = 4;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private TokenRun.Builder grams = new TokenRun.Builder();

    WordGrams(TokenStream input) {
        super(input);
    }

    /** The grams of the words read since the last {@link #reset()}. */
    TokenRun grams() {
        return grams.build();
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        add(term.buffer(), term.length(), position.getPositionIncrement());
        return true;
    }

    private void add(char[] word, int length, int increment) {
        int codePoints = Character.codePointCount(word, 0, length);
        if (codePoints < MIN) {
            grams.add(word, 0, length, increment);
            return;
        }
        boolean bmp = codePoints == length;
        for (int pos = 0; pos + MIN <= codePoints; pos++) {
            int start = bmp ? pos : Character.offsetByCodePoints(word, 0, length, 0, pos);
            for (int size = MIN; size <= MAX && pos + size <= codePoints; size++) {
                int end = bmp ? start + size : Character.offsetByCodePoints(word, 0, length, start, size);
                grams.add(word, start, end - start, increment);
                increment = 0;
            }
        }
        if (codePoints > MAX) {
            grams.add(word, 0, length, 0);
        }
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        grams = new TokenRun.Builder();
    }
}
