package io.isnad.answer;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.isnad.retrieve.EvidenceTerm;

/**
 * Measures how much of a question's evidence a sentence holds: the idf-weighted share of evidence
 * terms it contains. Names are matched fuzzily (shared character trigrams), since one person is
 * often spelt several ways; terms found only in the neighbouring sentences count partly, because a
 * news sentence often names its subject one sentence earlier.
 */
final class EvidenceScorer {

    private static final double NEIGHBOUR_CREDIT = 0.3;
    private static final double FUZZY_CREDIT = 0.8;
    private static final double MIN_SIMILARITY = 0.75;
    private static final int MIN_FUZZY_LENGTH = 4;

    private final List<EvidenceTerm> evidence;
    private final double totalWeight;

    EvidenceScorer(List<EvidenceTerm> evidence) {
        this.evidence = evidence;
        this.totalWeight = evidence.stream().mapToDouble(EvidenceTerm::weight).sum();
    }

    boolean hasEvidence() {
        return totalWeight > 0;
    }

    /** Coverage between 0 and 1 of {@code sentence}, with {@code neighbours} as context. */
    double coverage(SentenceTokens sentence, List<SentenceTokens> neighbours) {
        if (!hasEvidence()) {
            return 0;
        }
        double credit = 0;
        for (EvidenceTerm term : evidence) {
            double own = match(term, sentence);
            double context = 0;
            for (SentenceTokens n : neighbours) {
                context = Math.max(context, match(term, n));
            }
            credit += term.weight() * Math.max(own, NEIGHBOUR_CREDIT * context);
        }
        return credit / totalWeight;
    }

    /** 1 for an exact form, less for a spelling variant, 0 when absent. */
    static double match(EvidenceTerm term, SentenceTokens sentence) {
        double best = 0;
        for (String form : term.forms()) {
            if (sentence.forms().contains(form)) {
                return 1;
            }
            if (term.fuzzy() && form.length() >= MIN_FUZZY_LENGTH) {
                for (String candidate : sentence.forms()) {
                    double similarity = Math.max(containment(form, candidate), editSimilarity(form, candidate));
                    if (similarity >= MIN_SIMILARITY) {
                        best = Math.max(best, FUZZY_CREDIT * similarity);
                    }
                }
            }
        }
        return best;
    }

    /** Share of {@code form}'s character trigrams that occur in {@code candidate}. */
    static double containment(String form, String candidate) {
        if (candidate.length() < 3) {
            return 0;
        }
        Set<String> theirs = trigrams(candidate);
        Set<String> ours = trigrams(form);
        int shared = 0;
        for (String g : ours) {
            if (theirs.contains(g)) {
                shared++;
            }
        }
        return ours.isEmpty() ? 0 : (double) shared / ours.size();
    }

    /** 1 minus the edit distance over the longer length: كيومارث and كيومرث are 0.86 alike. */
    static double editSimilarity(String a, String b) {
        int longer = Math.max(a.length(), b.length());
        if (Math.min(a.length(), b.length()) < MIN_FUZZY_LENGTH || Math.abs(a.length() - b.length()) > 2) {
            return 0;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return 1 - (double) previous[b.length()] / longer;
    }

    private static Set<String> trigrams(String word) {
        Set<String> grams = new HashSet<>();
        for (int i = 0; i + 3 <= word.length(); i++) {
            grams.add(word.substring(i, i + 3));
        }
        return grams;
    }
}
