package io.isnad.retrieve.lexicon;

import java.util.List;

/**
 * The Arabic rendering of an English question.
 *
 * @param terms        the translated words and phrases, in question order
 * @param untranslated content words (lower-cased) for which nothing Arabic could be produced, such as
 *                     unknown acronyms; the caller can still search them in Latin script
 */
public record TranslatedQuery(List<Term> terms, List<String> untranslated) {

    public TranslatedQuery {
        terms = List.copyOf(terms);
        untranslated = List.copyOf(untranslated);
    }
}
