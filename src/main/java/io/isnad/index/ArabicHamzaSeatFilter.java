package io.isnad.index;

import java.util.stream.Collectors;

import org.apache.lucene.analysis.TokenStream;

import io.isnad.ingest.arabic.ArabicRootSkeleton;

/**
 * Adds, at the same position, a word with a glued pronoun after a seated hamza as the bare word
 * writes it ({@link ArabicRootSkeleton#withHamzaOnLine}): "بنايها" (بنائها folded) also yields
 * "بناء", the word that البناء stems to. The original is kept, so the word still meets its other
 * inflected forms (بنائهم after the stemmer).
 */
final class ArabicHamzaSeatFilter extends SamePositionVariantFilter {

    /** The letters a glued pronoun ends in (ا ه م ن ك): no other word is read as a string. */
    private static final String PRONOUN_ENDS = ArabicRootSkeleton.GLUED_PRONOUNS.stream()
            .map(pronoun -> pronoun.substring(pronoun.length() - 1)).distinct().collect(Collectors.joining());

    ArabicHamzaSeatFilter(TokenStream input) {
        super(input);
    }

    @Override
    protected String variant() {
        // Most words end in no pronoun: only those whose last letter may close one become a string.
        return term.length() > 0 && PRONOUN_ENDS.indexOf(term.buffer()[term.length() - 1]) >= 0
                ? ArabicRootSkeleton.withHamzaOnLine(term.toString()).orElse(null)
                : null;
    }
}
