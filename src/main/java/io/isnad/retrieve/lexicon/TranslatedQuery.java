package io.isnad.retrieve.lexicon;

import java.util.List;

/**
 * The Arabic rendering of an English question.
 *
 * @param terms        the translated words and phrases, in question order
 * @param untranslated content words (lower-cased) for which nothing Arabic could be produced, such as
 *                     unknown acronyms or words in a non-Latin script;
 *                     the caller can still search them as written
 */
public record TranslatedQuery(List<Term> terms, List<String> untranslated) {

    public TranslatedQuery {
        terms = List.copyOf(terms);
        untranslated = List.copyOf(untranslated);
    }
}
