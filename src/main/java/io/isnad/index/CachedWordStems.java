package io.isnad.index;

import java.io.IOException;
import java.util.Arrays;
import java.util.function.UnaryOperator;

import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The Arabic field's forms of each normalised word (none for a stop word; the word stemmed, and
 * its form without a proclitic stacked on it), computed once per distinct word by the filters
 * that {@code stemmed} chains onto a one-word stream and then remembered: an article repeats most
 * of its words, and an archive's words are mostly those of the articles before it. Those filters
 * look at one word at a time, so the forms are theirs token for token; the positions of the stop
 * words dropped are added to the next word's increment, as Lucene's stop filter does. Each
 * indexing thread has its own chain and so its own memory, emptied when it reaches
 * {@link #MAX_WORDS} words.
 */
final class CachedWordStems extends TokenFilter {

    static final int MAX_WORDS = 50_000;
    private static final char[][] NO_FORMS = new char[0][];

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final CharArrayMap<char[][]> formsOfWord = new CharArrayMap<>(1024, false);
    private final OneWord word = new OneWord();
    private final TokenStream stemmed;
    private final CharTermAttribute stemmedTerm;
    private char[][] pending = NO_FORMS;
    private int next;
    private int skippedPositions;

    /** {@code stemmed}: the filters to remember, given the stream of one word. */
    CachedWordStems(TokenStream normalizedWords, UnaryOperator<TokenStream> stemmed) {
        super(normalizedWords);
        this.stemmed = stemmed.apply(word);
        this.stemmedTerm = this.stemmed.getAttribute(CharTermAttribute.class);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (next < pending.length) {
            term.copyBuffer(pending[next], 0, pending[next].length);
            position.setPositionIncrement(0);
            next++;
            return true;
        }
        int skipped = 0;
        while (input.incrementToken()) {
            char[][] forms = formsOf(term.buffer(), term.length());
            if (forms.length == 0) {
                skipped += position.getPositionIncrement();
                continue;
            }
            term.copyBuffer(forms[0], 0, forms[0].length);
            position.setPositionIncrement(position.getPositionIncrement() + skipped);
            pending = forms;
            next = 1;
            return true;
        }
        skippedPositions = skipped;
        return false;
    }

    private char[][] formsOf(char[] buffer, int length) throws IOException {
        char[][] forms = formsOfWord.get(buffer, 0, length);
        if (forms != null) {
            return forms;
        }
        if (formsOfWord.size() >= MAX_WORDS) {
            formsOfWord.clear();
        }
        char[] key = Arrays.copyOf(buffer, length);
        word.set(key);
        forms = NO_FORMS;
        stemmed.reset();
        while (stemmed.incrementToken()) {
            forms = Arrays.copyOf(forms, forms.length + 1);
            forms[forms.length - 1] = Arrays.copyOf(stemmedTerm.buffer(), stemmedTerm.length());
        }
        stemmed.end();
        formsOfWord.put(key, forms);
        return forms;
    }

    @Override
    public void end() throws IOException {
        super.end();
        position.setPositionIncrement(position.getPositionIncrement() + skippedPositions);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending = NO_FORMS;
        next = 0;
        skippedPositions = 0;
    }

    /** A stream of one word, fed to the remembered filters. */
    private static final class OneWord extends TokenStream {

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
        private char[] word;
        private boolean done;

        void set(char[] word) {
            this.word = word;
        }

        @Override
        public boolean incrementToken() {
            if (done) {
                return false;
            }
            clearAttributes();
            term.copyBuffer(word, 0, word.length);
            position.setPositionIncrement(1);
            done = true;
            return true;
        }

        @Override
        public void reset() {
            done = false;
        }
    }
}
