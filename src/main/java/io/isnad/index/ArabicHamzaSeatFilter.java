package io.isnad.index;

import java.io.IOException;
import java.util.Optional;

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
        // Most words end in no pronoun: look only at those whose last letter may close one.
        char last = term.length() == 0 ? 0 : term.buffer()[term.length() - 1];
        if (last == 'ه' || last == 'ا' || last == 'م' || last == 'ن' || last == 'ك') {
            Optional<String> bare = ArabicRootSkeleton.withHamzaOnLine(term.toString());
            pending = bare.orElse(null);
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending = null;
    }
}
