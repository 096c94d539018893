package io.isnad.index;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import io.isnad.ingest.arabic.ArabicRootSkeleton;

/**
 * Replaces a word whose final ت stands before a glued pronoun the light stemmer leaves on with the
 * form that stemmer can read ({@link ArabicRootSkeleton#withoutPronounAfterTa}): "جنازتهم" becomes
 * "جنازه", stemmed like "الجنازة". Not stacked beside the original: the inflected form meets only
 * itself, and with it stacked the question about "جنازتهم" still missed its sentence.
 */
final class ArabicTaPronounFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    ArabicTaPronounFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        // Only a word ending in a pronoun's last letter can carry one: most tokens skip the string.
        char last = term.length() == 0 ? 0 : term.buffer()[term.length() - 1];
        if (last == 'م' || last == 'ن' || last == 'ا') {
            ArabicRootSkeleton.withoutPronounAfterTa(term.toString()).ifPresent(read -> term.setEmpty().append(read));
        }
        return true;
    }
}
