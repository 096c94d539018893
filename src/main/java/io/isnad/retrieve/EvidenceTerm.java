package io.isnad.retrieve;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One thing the question asks about, as the analysed forms that count as finding it in a sentence.
 * An English word carries its Arabic translations as alternative forms.
 *
 * @param label what the user typed, for explanations
 * @param forms analysed tokens (Arabic stems, English stems, numbers), any one of which is a match
 * @param weight inverse document frequency: rare words are better evidence
 * @param fuzzy whether a spelling variant (same character n-grams) also counts, as for names
 * @param partial the forms that are only one word of a translation of several words ("خارج" of
 *        "وزير الخارجية"): a {@link EvidenceScorer#strict} scorer does not take one alone for the
 *        term ("وزارة الخارجية" is not the foreign minister)
 * @param phrases the translations of several words, each as its words' forms: for a strict scorer
 *        one counts by the share of its words a sentence holds
 * @param rankWeight the weight candidate sentences are ranked by ({@link EvidenceScorer#ranking}): for
 *        a translated word the mean of the idf of its commonest form and of its rarest, where
 *        {@code weight} is the idf of its rarest alone; {@code weight} itself for every other term
 * @param clipped the forms a one-word translation reached only by losing its final ان, which the light stemmer
 *        takes for a dual ending (إعلان → اعل، مكان → مك): a sentence word reaching the same form by losing
 *        another ending (الأعلى → اعل، المكون → مك) is another word
 */
public record EvidenceTerm(String label, Set<String> forms, double weight, boolean fuzzy, Set<String> partial,
        List<List<Set<String>>> phrases, double rankWeight, Set<String> clipped) {

    /** The final letters the light stemmer cuts as a dual ending, which are also a word's own (إعلان، مكان). */
    public static final String CLIPPED_ENDING = "ان";

    /** A term none of whose forms is clipped. */
    public EvidenceTerm(String label, Set<String> forms, double weight, boolean fuzzy, Set<String> partial,
            List<List<Set<String>>> phrases, double rankWeight) {
        this(label, forms, weight, fuzzy, partial, phrases, rankWeight, Set.of());
    }

    /** A term every form of which is a match on its own. */
    public EvidenceTerm(String label, Set<String> forms, double weight, boolean fuzzy) {
        this(label, forms, weight, fuzzy, Set.of(), List.of());
    }

    /** A term ranked by the weight it is judged by. */
    public EvidenceTerm(String label, Set<String> forms, double weight, boolean fuzzy, Set<String> partial,
            List<List<Set<String>>> phrases) {
        this(label, forms, weight, fuzzy, partial, phrases, weight);
    }

    /**
     * Whether {@code word} is one of the words the user typed for this term: an English question's
     * "children" is the term "children", and "minister" a word of "defence minister".
     */
    public boolean labelHolds(String word) {
        return List.of(label.split(" ")).contains(word);
    }

    /**
     * Whether the user typed this term as several words, a built-in phrase ("national anthem",
     * "super bowl"): read word by word, each of its words would be a term of its own, held or not.
     */
    public boolean typedAsPhrase() {
        return label.indexOf(' ') >= 0;
    }

    /** Whether the user typed a figure for this term (digits, or a Roman numeral's value: Super Bowl XLIX → 49). */
    public boolean figure() {
        return !label.isEmpty() && label.chars().allMatch(Character::isDigit);
    }

    /** The same term, also matched by {@code more} forms. */
    public EvidenceTerm withFormsAdded(Set<String> more) {
        Set<String> all = new LinkedHashSet<>(forms);
        all.addAll(more);
        return new EvidenceTerm(label, all, weight, fuzzy, partial, phrases, rankWeight, clipped);
    }

    /** The same term with another weight; its rank weight changes in proportion. */
    public EvidenceTerm withWeight(double newWeight) {
        double rank = weight == 0 ? newWeight : rankWeight * newWeight / weight;
        return new EvidenceTerm(label, forms, newWeight, fuzzy, partial, phrases, rank, clipped);
    }
}
