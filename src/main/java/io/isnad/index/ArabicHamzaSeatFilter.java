package io.isnad.index;

import java.io.IOException;
import java.util.stream.Collectors;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

import io.isnad.ingest.arabic.ArabicRootSkeleton;

/**
 * Adds, at the same position, a word with a glued pronoun after a seated hamza as the bare word
 * writes it ({@link ArabicRootSkeleton#withHamzaOnLine}): "بنايها" (بنائها folded) also yields
 * "بناء", the word that البناء stems to. The original is kept, so the word still meets its other
 * inflected forms (بنائهم after the stemmer).
 */
final class ArabicHamzaSeatFilter extends TokenFilter {

    /** The letters a glued pronoun ends in (ا ه م ن ك): no other word is read as a string. */
    private static final String PRONOUN_ENDS = ArabicRootSkeleton.GLUED_PRONOUNS.stream()
            .map(pronoun -> pronoun.substring(pronoun.length() - 1)).distinct().collect(Collectors.joining());

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private String pending;

    ArabicHamzaSeatFilter(TokenStream input) {
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
        // Most words end in no pronoun: only those whose last letter may close one become a string.
        if (term.length() > 0 && PRONOUN_ENDS.indexOf(term.buffer()[term.length() - 1]) >= 0) {
            pending = ArabicRootSkeleton.withHamzaOnLine(term.toString()).orElse(null);
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending = null;
    }
}
