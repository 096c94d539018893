package io.isnad.retrieve;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.isnad.index.SentenceTokens;
import io.isnad.ingest.arabic.ArabicHunspellStems;

/**
 * Widens the ranking scorer's matches to other forms of each term: a word sharing a Hunspell stem
 * with it (فاز / فازوا، تحد / يحدها), where the dictionary is installed, or a weak-root key with an
 * Arabic term ({@link WeakRootKeys}: فروا / الفرار), counts as a root match does; a three-letter
 * present tense in the other person ({@link SpellingMatch#otherPerson}: تحد / يحد، تقع / يقع) as a
 * conjugation does, so "ما الدولة التي تحد العراق من الشمال؟" quotes Iraq's "يحده من الجنوب الكويت… ومن
 * الشمال تركيا" over Saudi Arabia's "يحدها من الشمال العراق". For ranking only ({@link EvidenceScorer#ranking}):
 * judged so too, the other person gained two more border questions and answered a question over another
 * corpus in each part, "أين كان يقع المسرح الصيفي؟" by "تقع أحداث السلسلة…" (docs/answers.md, "xqar64").
 *
 * @param base the scorer whose matches are widened
 * @param dictionary Hunspell's Arabic stems, where installed
 * @param terms per term, the Hunspell stems of its Arabic forms (none without the dictionary)
 * @param weak per term, its weak-root keys
 * @param otherPersons per term, its fuzzy three-letter present-tense forms in the other person
 */
record StemWidening(EvidenceScorer base, Optional<ArabicHunspellStems> dictionary, List<Set<String>> terms,
        List<WeakRootKeys> weak, List<Set<String>> otherPersons) {

    /**
     * The widening of {@code base}'s matches of {@code evidence}, its terms; empty when nothing would
     * widen them: no dictionary, no Arabic term with a weak-root key and no three-letter present tense.
     */
    static Optional<StemWidening> of(EvidenceScorer base, List<EvidenceTerm> evidence,
            Optional<ArabicHunspellStems> dictionary) {
        List<WeakRootKeys> weak = evidence.stream().map(WeakRootKeys::of).toList();
        List<Set<String>> otherPersons = evidence.stream().map(StemWidening::otherPersons).toList();
        if (dictionary.isEmpty() && weak.stream().allMatch(w -> w.keys().isEmpty())
                && otherPersons.stream().allMatch(Set::isEmpty)) {
            return Optional.empty();
        }
        List<Set<String>> terms = evidence.stream()
                .map(t -> dictionary.map(d -> HunspellReadings.stemsOf(t.forms(), d)).orElse(Set.of())).toList();
        return Optional.of(new StemWidening(base, dictionary, terms, weak, otherPersons));
    }

    /** {@code term}'s forms in the present tense's other person, when it is matched by spelling too; none else. */
    private static Set<String> otherPersons(EvidenceTerm term) {
        if (!term.fuzzy()) {
            return Set.of();
        }
        return term.forms().stream().map(SpellingMatch::otherPerson).filter(f -> !f.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * {@code matched}, the base scorer's matches of {@code sentence}, with each term held by a shared
     * stem or weak-root key raised to {@code credit}, and each held in the present tense's other person to
     * {@code conjugated}; a copy, the base's own are left as they are.
     */
    double[] widened(double[] matched, SentenceTokens sentence, double credit, double conjugated) {
        double[] widened = matched.clone();
        Set<String> held = dictionary.map(d -> HunspellReadings.sentenceStems(sentence, d)).orElse(Set.of());
        for (int t = 0; t < widened.length; t++) {
            if (widened[t] < conjugated && otherPersons.get(t).stream().anyMatch(sentence::holds)) {
                widened[t] = conjugated;
            }
            if (widened[t] < credit && (!Collections.disjoint(terms.get(t), held) || weak.get(t).heldBy(sentence))) {
                widened[t] = credit;
            }
        }
        return widened;
    }
}
