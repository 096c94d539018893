package io.isnad.index;

import java.util.stream.Stream;

import org.apache.lucene.analysis.TokenStream;

/**
 * Adds, at the same position, a word without its one-letter proclitic (ب ل ك ف, alone or after و
 * or ف): "لدمشق" also yields "دمشق". Lucene's Arabic stemmer strips these only together with the
 * article ("بال", "لل"), so a name after a preposition never met its bare form. The original is
 * kept, because a word may simply start with one of these letters (بشار, لبنان).
 */
final class ArabicProcliticFilter extends SamePositionVariantFilter {

    private static final char[][] PROCLITICS = Stream.of("وب", "ول", "وك", "فب", "فل", "ب", "ل", "ك", "ف")
            .map(String::toCharArray).toArray(char[][]::new);
    private static final char[] ARTICLE = "ال".toCharArray();
    /** Shorter remainders are too often a real word losing its first letter. */
    private static final int MIN_REMAINDER = 4;

    ArabicProcliticFilter(TokenStream input) {
        super(input);
    }

    @Override
    protected String variant() {
        if (startsWith(ARTICLE)) {
            return null;
        }
        for (char[] proclitic : PROCLITICS) {
            if (startsWith(proclitic) && term.length() - proclitic.length >= MIN_REMAINDER) {
                return new String(term.buffer(), proclitic.length, term.length() - proclitic.length);
            }
        }
        return null;
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
}
