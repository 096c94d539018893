package io.isnad.index;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * A filter that keeps every word and may add one other form of it at the same position, so that the
 * word meets both its own inflected forms and those of the form added (a phrase query reads either).
 */
abstract class SamePositionVariantFilter extends TokenFilter {

    /** The current word, read by {@link #variant} in place. */
    protected final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private String pending;

    SamePositionVariantFilter(TokenStream input) {
        super(input);
    }

    /** The form to add at the current word's position, or {@code null} for none. */
    protected abstract String variant();

    @Override
    public final boolean incrementToken() throws IOException {
        if (pending != null) {
            term.setEmpty().append(pending);
            position.setPositionIncrement(0);
            pending = null;
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        pending = variant();
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending = null;
    }
}
