package io.isnad.retrieve.lexicon;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * FreeDict's translations of a word: its own entry, or where it has none its base form's. FreeDict
 * gives one sense for nearly every headword, and an inflected headword's is often another part of
 * speech than the question's ("criticized" منتقد, one criticised; "released" مصدر): where the word
 * has an entry of its own, the first of its base forms' entries gives {@code secondary} senses,
 * which only the search uses. So do the entries of the base form's other regular inflections
 * ("play" المسرحية, "played" لعب; "measure" الإجراء, "measuring" قياس): FreeDict's one sense
 * for a word is often not the one the articles use, and its inflections' senses are the other
 * senses the dictionary holds for it. Taken as full senses, evidence too, they let questions over the wrong
 * corpus look answered (docs/answers.md, "Twentieth round: question words the judged sentence
 * misses", E1); credited as evidence at 0.6 they cost answers (docs/answers.md, "Twenty-first round:
 * English questions over Arabic articles").
 */
final class FreeDictSenses {

    /**
     * At most this many secondary senses: an inflected form's entry often gives another part of
     * speech or a plural, and past four the rarer ones only add noise to the search.
     */
    private static final int MAX_SECONDARY = 4;

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
        Optional<FreeDictDictionary> found = freeDict.get();
        if (found.isEmpty()) {
            return new Senses(List.of(), List.of());
        }
        FreeDictDictionary dictionary = found.get();
        List<String> own = dictionary.lookup(english);
        Optional<String> base = baseWithEntry(english, dictionary);
        List<String> baseSenses = base.map(dictionary::lookup).orElse(List.of());
        List<String> first = own.isEmpty() ? baseSenses : own;
        Set<String> secondary = new LinkedHashSet<>(own.isEmpty() ? List.of() : baseSenses);
        String root = base.orElse(english);
        for (String form : EnglishInflection.inflectedForms(root)) {
            if (!form.equals(english) && baseWithEntry(form, dictionary).filter(root::equals).isPresent()) {
                secondary.addAll(dictionary.lookup(form));
            }
        }
        first.forEach(secondary::remove);
        return new Senses(first, secondary.stream().limit(MAX_SECONDARY).toList());
    }

    /** The first of a word's base forms ({@link EnglishInflection#baseForms}) that FreeDict has an entry for. */
    private static Optional<String> baseWithEntry(String english, FreeDictDictionary dictionary) {
        return EnglishInflection.baseForms(english).stream().filter(b -> !dictionary.lookup(b).isEmpty()).findFirst();
    }
}
