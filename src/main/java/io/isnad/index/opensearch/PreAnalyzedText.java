package io.isnad.index.opensearch;

import java.util.List;

/**
 * Isnad's analysis of a field, written so that the cluster's {@code isnad_tokens} analyzer gives
 * back exactly those tokens at exactly those positions: positions separated by spaces (the
 * whitespace tokenizer), the variants stacked on one position joined by {@code |} (which the
 * {@code pattern_capture} filter emits at that one position, repeats kept). BM25 then sees the same
 * term frequencies and the same field length (stacked variants are overlaps, not counted) as the
 * embedded index, which is what makes scores equal. Lucene's tokenizers never put a space or a
 * {@code |} inside a token, so the encoding cannot be ambiguous.
 */
final class PreAnalyzedText {

    static final String VARIANTS = "|";

    private PreAnalyzedText() {
    }

    static String of(List<List<String>> positions) {
        StringBuilder out = new StringBuilder();
        for (List<String> variants : positions) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(String.join(VARIANTS, variants));
        }
        return out.toString();
    }
}
