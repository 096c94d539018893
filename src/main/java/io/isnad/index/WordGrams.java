package io.isnad.index;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * EXPERIMENT: n-gram policies.
 */
final class WordGrams extends TokenFilter {

    static final int MIN = 3;
    static final int MAX = 4;

    enum Mode {
        SURFACE(false, false, Integer.MAX_VALUE), STEM(true, false, Integer.MAX_VALUE), STEM4(true, false, 5),
        PREFIX(false, true, Integer.MAX_VALUE), PREFIX4(false, true, 5), SURFACE4(false, false, 5);

        final boolean afterStem;
        final boolean stripPrefix;
        final int threeGramsUpTo;

        Mode(boolean afterStem, boolean stripPrefix, int threeGramsUpTo) {
            this.afterStem = afterStem;
            this.stripPrefix = stripPrefix;
            this.threeGramsUpTo = threeGramsUpTo;
        }
    }

    static final Mode MODE = Mode.valueOf(System.getProperty("isnad.experiment.grams", "SURFACE"));

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final boolean emit;
    private TokenRun.Builder grams = new TokenRun.Builder();
    private TokenRun pending = TokenRun.EMPTY;
    private int next;

    WordGrams(TokenStream input, boolean emit) {
        super(input);
        this.emit = emit;
    }

    /** The grams of the words read since the last {@link #reset()}. */
    TokenRun grams() {
        return grams.build();
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (emit) {
            while (next >= pending.size()) {
                if (!input.incrementToken()) {
                    return false;
                }
                grams = new TokenRun.Builder();
                add(term.buffer(), term.length(), position.getPositionIncrement());
                pending = grams.build();
                next = 0;
            }
            pending.copyTo(next, term);
            position.setPositionIncrement(pending.increment(next));
            next++;
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        add(term.buffer(), term.length(), position.getPositionIncrement());
        return true;
    }

    private static final String[] PREFIXES = {"ال", "وال", "بال", "كال", "فال", "لل", "و"};

    private void add(char[] word, int length, int increment) {
        if (MODE.afterStem && increment == 0) {
            return;
        }
        int offset = 0;
        if (MODE.stripPrefix) {
            for (String p : PREFIXES) {
                if (startsWith(word, length, p) && (p.length() == 1 ? length > 3 : length >= p.length() + 2)) {
                    offset = p.length();
                    break;
                }
            }
        }
        add(word, offset, length - offset, increment);
    }

    private static boolean startsWith(char[] word, int length, String p) {
        if (length < p.length()) {
            return false;
        }
        for (int i = 0; i < p.length(); i++) {
            if (word[i] != p.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private void add(char[] word, int from, int length, int increment) {
        int codePoints = Character.codePointCount(word, from, length);
        if (codePoints < MIN) {
            grams.add(word, from, length, increment);
            return;
        }
        int min = codePoints > MODE.threeGramsUpTo ? MAX : MIN;
        boolean bmp = codePoints == length;
        for (int pos = 0; pos + min <= codePoints; pos++) {
            int start = bmp ? from + pos : Character.offsetByCodePoints(word, from, length, from, pos);
            for (int size = min; size <= MAX && pos + size <= codePoints; size++) {
                int end = bmp ? start + size : Character.offsetByCodePoints(word, from, length, start, size);
                grams.add(word, start, end - start, increment);
                increment = 0;
            }
        }
        if (codePoints > MAX) {
            grams.add(word, from, length, 0);
        }
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        grams = new TokenRun.Builder();
        pending = TokenRun.EMPTY;
        next = 0;
    }
}
