package io.isnad.retrieve.lexicon;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * FreeDict's translations of a word: its own entry, or where it has none its base form's. FreeDict
 * gives one sense for nearly every headword, and an inflected headword's is often another part of
 * speech than the question's ("criticized" منتقد, one criticised; "released" مصدر): where the word
 * has an entry of its own, the first of its base forms' entries gives {@code secondary} senses,
 * which only the search uses. Taken as full senses, evidence too, they let questions over the wrong
 * corpus look answered (docs/answers.md, "Twentieth round: question words the judged sentence
 * misses", E1); credited as evidence at 0.6 they cost answers (docs/answers.md, "Twenty-first round:
 * English questions over Arabic articles").
 */
final class FreeDictSenses {

    private final Supplier<Optional<FreeDictDictionary>> freeDict;

    /** @param freeDict the FreeDict dictionary when installed, read on first use */
    FreeDictSenses(Supplier<Optional<FreeDictDictionary>> freeDict) {
        this.freeDict = freeDict;
    }

    /**
     * @param first the translations a term of the word carries
     * @param secondary its base form's further translations, for the search only
     */
    record Senses(List<String> first, List<String> secondary) {
    }

    Senses of(String english) {
        Optional<FreeDictDictionary> dictionary = freeDict.get();
        if (dictionary.isEmpty()) {
            return new Senses(List.of(), List.of());
        }
        List<String> own = dictionary.get().lookup(english);
        for (String base : EnglishInflection.baseForms(english)) {
            List<String> arabic = dictionary.get().lookup(base);
            if (arabic.isEmpty()) {
                continue;
            }
            if (own.isEmpty()) {
                return new Senses(arabic, List.of());
            }
            return new Senses(own, arabic.stream().filter(a -> !own.contains(a)).toList());
        }
        return new Senses(own, List.of());
    }
}
