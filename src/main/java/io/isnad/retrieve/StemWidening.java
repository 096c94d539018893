package io.isnad.retrieve;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.isnad.index.SentenceTokens;
import io.isnad.ingest.arabic.ArabicHunspellStems;

/**
 * Widens the ranking scorer's matches to other forms of each term: a word sharing a Hunspell stem
 * with it (فاز / فازوا، تحد / يحدها), where the dictionary is installed, or a weak-root key with an
 * Arabic term ({@link WeakRootKeys}: فروا / الفرار), counts as a root match does. For ranking only
 * ({@link EvidenceScorer#ranking}).
 *
 * @param base the scorer whose matches are widened
 * @param dictionary Hunspell's Arabic stems, where installed
 * @param terms per term, the Hunspell stems of its Arabic forms (none without the dictionary)
 * @param weak per term, its weak-root keys
 */
record StemWidening(EvidenceScorer base, Optional<ArabicHunspellStems> dictionary, List<Set<String>> terms,
        List<WeakRootKeys> weak) {

    /**
     * The widening of {@code base}'s matches of {@code evidence}, its terms; empty when nothing would
     * widen them: no dictionary and no Arabic term with a weak-root key.
     */
    static Optional<StemWidening> of(EvidenceScorer base, List<EvidenceTerm> evidence,
            Optional<ArabicHunspellStems> dictionary) {
        List<WeakRootKeys> weak = evidence.stream().map(WeakRootKeys::of).toList();
        if (dictionary.isEmpty() && weak.stream().allMatch(w -> w.keys().isEmpty())) {
            return Optional.empty();
        }
        List<Set<String>> terms = evidence.stream()
                .map(t -> dictionary.map(d -> HunspellReadings.stemsOf(t.forms(), d)).orElse(Set.of())).toList();
        return Optional.of(new StemWidening(base, dictionary, terms, weak));
    }

    /**
     * {@code matched}, the base scorer's matches of {@code sentence}, with each term held by a shared
     * stem or weak-root key raised to {@code credit}; a copy, the base's own are left as they are.
     */
    double[] widened(double[] matched, SentenceTokens sentence, double credit) {
        double[] widened = matched.clone();
        Set<String> held = dictionary.map(d -> HunspellReadings.sentenceStems(sentence, d)).orElse(Set.of());
        for (int t = 0; t < widened.length; t++) {
            if (widened[t] < credit && (!Collections.disjoint(terms.get(t), held) || weak.get(t).heldBy(sentence))) {
                widened[t] = credit;
            }
        }
        return widened;
    }
}
