package io.isnad.index;

import java.io.IOException;
import java.util.stream.Stream;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Adds, at the same position, a word without its one-letter proclitic (ب ل ك ف, alone or after و
 * or ف): "لدمشق" also yields "دمشق". Lucene's Arabic stemmer strips these only together with the
 * article ("بال", "لل"), so a name after a preposition never met its bare form. The original is
 * kept, because a word may simply start with one of these letters (بشار, لبنان).
 */
final class ArabicProcliticFilter extends TokenFilter {

    private static final char[][] PROCLITICS = Stream.of("وب", "ول", "وك", "فب", "فل", "ب", "ل", "ك", "ف")
            .map(String::toCharArray).toArray(char[][]::new);
    private static final char[] ARTICLE = "ال".toCharArray();
    /** Shorter remainders are too often a real word losing its first letter. */
    private static final int MIN_REMAINDER = 4;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private String pending;

    ArabicProcliticFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (pending != null) {
            term.setEmpty().append(pending);
            position.setPositionIncrement(0);
            pending = null;
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        if (!startsWith(ARTICLE)) {
            for (char[] proclitic : PROCLITICS) {
                if (startsWith(proclitic) && term.length() - proclitic.length >= MIN_REMAINDER) {
                    pending = new String(term.buffer(), proclitic.length, term.length() - proclitic.length);
                    break;
                }
            }
        }
        return true;
    }

    /** Whether the current term starts with {@code prefix}, read in place (no string per token). */
    private boolean startsWith(char[] prefix) {
        if (term.length() < prefix.length) {
            return false;
        }
        char[] buffer = term.buffer();
        for (int i = 0; i < prefix.length; i++) {
            if (buffer[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending = null;
    }
}
