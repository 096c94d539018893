package io.isnad.retrieve;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import io.isnad.index.SentenceTokens;

/**
 * The terms typed in Arabic that a sentence and its neighbours lack but the sentence holds by a
 * weak-root key ({@link WeakRootKeys}: شيّع / تشييع، فروا / الفرار), excused as root matches when the
 * sentence holds some question word itself, more than by its root, and its article holds every other
 * word the sentence lacks. Judged by those keys everywhere, the near-miss questions looked answered as
 * often as their answerable twins gained (docs/answers.md, "Twenty-fourth round, second wave: weak and
 * doubled roots"): a near-miss question's swapped-in word, and a question asked of another corpus's
 * article, is mostly one the article never holds, and then no word is excused. Not for the ranking
 * scorer, whose {@link StemWidening} holds such words already. Not thread-safe: it serves one question.
 */
final class WeakRootExcuse {

    private final List<EvidenceTerm> evidence;
    /** Per evidence term, its forms, which tell the words that are another question word's. */
    private final List<TermForms> forms;
    /** A term held at this credit or less is held by its root only, which holds no question word itself. */
    private final double rootCredit;
    /** Per evidence term, its weak-root keys; made on first use, since most sentences excuse nothing. */
    private List<WeakRootKeys> keys;

    WeakRootExcuse(List<EvidenceTerm> evidence, List<TermForms> forms, double rootCredit) {
        this.evidence = evidence;
        this.forms = forms;
        this.rootCredit = rootCredit;
    }

    /**
     * The terms excused in {@code sentence}, by index.
     *
     * @param own per term, how well the sentence matches it
     * @param context per neighbour, how well it matches each term
     * @param articleFound per term, whether the sentence's article holds it ({@link
     *        EvidenceScorer.ArticleCheck#found}); asked only when some term would be excused. All false
     *        when only the sentence and its neighbours are scored, which must then hold every word but
     *        the excused ones
     */
    List<Integer> excused(SentenceTokens sentence, double[] own, List<double[]> context,
            Supplier<boolean[]> articleFound) {
        List<Integer> lacking = new ArrayList<>();
        boolean holdsSome = false;
        for (int t = 0; t < own.length; t++) {
            holdsSome |= own[t] > rootCredit;
            if (own[t] == 0 && noneMatches(context, t)) {
                lacking.add(t);
            }
        }
        if (lacking.isEmpty() || !holdsSome) {
            return List.of();
        }
        if (keys == null) {
            keys = evidence.stream().map(WeakRootKeys::of).toList();
        }
        List<Integer> excused = lacking.stream().filter(t -> keys.get(t).heldBy(sentence, forms.get(t)::othersWord)).toList();
        if (excused.isEmpty()) {
            return List.of();
        }
        boolean[] inArticle = articleFound.get();
        return lacking.stream().allMatch(t -> excused.contains(t) || inArticle[t]) ? excused : List.of();
    }

    /** Whether no neighbour matches term {@code t}: a loop, since every sentence scored asks it of every term. */
    private static boolean noneMatches(List<double[]> context, int t) {
        for (double[] neighbour : context) {
            if (neighbour[t] != 0) {
                return false;
            }
        }
        return true;
    }
}
