package io.isnad.retrieve;

import io.isnad.index.SentenceTokens;
import io.isnad.ingest.arabic.ArabicRootSkeleton;

/**
 * Whether a sentence word spells a question word otherwise: a small edit distance over the longer
 * length, a compound holding it, or for a three-letter stem a present-tense prefix before it. Names
 * are spelt several ways (كيومارث / كيومرث), and {@link EvidenceScorer} matches them by this.
 */
final class SpellingMatch {

    private static final double MIN_SIMILARITY = 0.75;
    /** The shortest form compared by edit distance; a shorter one matches only its conjugations. */
    static final int MIN_FUZZY_LENGTH = 4;
    /** The present-tense prefixes the light stemmer leaves on a verb. */
    static final String VERB_PREFIXES = "يتنا";

    private SpellingMatch() {
    }

    /** The edits a word of {@code longer} letters may differ by and still count as a spelling variant. */
    static int allowedEdits(int longer) {
        return (int) Math.floor((1 - MIN_SIMILARITY) * longer);
    }

    /**
     * How alike a question word and a sentence word are, 0 below {@code MIN_SIMILARITY}: 1 when
     * the sentence word is a compound holding it, else 1 minus the edit distance over the longer
     * length (كيومارث and كيومرث are 0.86 alike). This runs for every word pair of the re-ranked
     * passages, so cheap length and letter-set checks come first and the distance is computed
     * only up to the largest one that could still pass.
     */
    static double fuzzySimilarity(String form, String candidate) {
        if (form.length() < MIN_FUZZY_LENGTH) {
            return isConjugated(form, candidate) ? 1 : 0;
        }
        return similarity(form, SentenceTokens.letters(form), candidate, SentenceTokens.letters(candidate),
                candidate.length());
    }

    /**
     * {@link #fuzzySimilarity} of a form of {@value #MIN_FUZZY_LENGTH} letters or more, with the
     * candidate's letters and length given.
     */
    static double similarity(String form, long formLetters, String candidate, long candidateLetters,
            int candidateLength) {
        int length = form.length();
        // A compound holding the form holds each of its letters: the masks rule most words out.
        if (candidateLength > length && (formLetters & ~candidateLetters) == 0 && candidate.contains(form)) {
            return 1;
        }
        int longer = Math.max(length, candidateLength);
        int allowed = allowedEdits(longer);
        if (Math.min(length, candidateLength) < MIN_FUZZY_LENGTH || Math.abs(length - candidateLength) > allowed) {
            return 0;
        }
        if (Long.bitCount(formLetters ^ candidateLetters) > 2 * allowed) {
            return 0;
        }
        int distance = boundedEditDistance(form, candidate, allowed);
        return distance > allowed ? 0 : 1 - (double) distance / longer;
    }

    /**
     * Whether {@code candidate} is the three-letter stem {@code form} with a present-tense prefix
     * (تخلى / يتخلى): the light stemmer leaves verb prefixes alone, and a three-letter stem is too
     * short for edit distance to tell a conjugation from another word. The matching looks these
     * words up ({@link TermForms#conjugations}); this is the comparison they stand for.
     */
    static boolean isConjugated(String form, String candidate) {
        return candidate.length() == form.length() + 1 && VERB_PREFIXES.indexOf(candidate.charAt(0)) >= 0
                && candidate.endsWith(form);
    }

    /**
     * The three-letter stem {@code form} in the present tense's other person ({@link ArabicRootSkeleton#otherPerson}:
     * تقع / يقع، تحد / يحد), or "" for another word: such a stem is too short for edit distance, which matches the
     * other person letter of a longer one as one edit (تتحكم / يتحكم). The ranking scorer reads it ({@link
     * StemWidening}).
     */
    static String otherPerson(String form) {
        return form.length() == MIN_FUZZY_LENGTH - 1 ? ArabicRootSkeleton.otherPerson(form).orElse("") : "";
    }

    /** Levenshtein distance of {@code a} and {@code b}, or {@code limit + 1} as soon as it must exceed {@code limit}. */
    static int boundedEditDistance(String a, String b, int limit) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
