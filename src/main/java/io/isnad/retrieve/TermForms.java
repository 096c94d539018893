package io.isnad.retrieve;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.isnad.index.SentenceTokens;

/**
 * A term's forms as every sentence is compared with them, prepared once per question. A form
 * too short for edit distance matches only its conjugations (a verb prefix before it), which
 * are looked up as words; a longer one is compared with the sentence's words of at least
 * {@code shortest} letters, by its letters first.
 *
 * @param conjugations each short form with each verb prefix before it
 * @param longForms the forms of {@value SpellingMatch#MIN_FUZZY_LENGTH} letters or more, with their
 *        {@link SentenceTokens#letters} and the length a word needs to match them
 */
record TermForms(String[] forms, List<String> conjugations, String[] longForms, long[] letters,
        int[] shortest, RootKeys roots, Set<String> partial, List<List<Set<String>>> phrases) {

    static TermForms of(EvidenceTerm term) {
        List<String> conjugations = new ArrayList<>();
        List<String> longForms = new ArrayList<>();
        for (String form : term.forms()) {
            if (form.length() >= SpellingMatch.MIN_FUZZY_LENGTH) {
                longForms.add(form);
                continue;
            }
            for (int p = 0; p < SpellingMatch.VERB_PREFIXES.length(); p++) {
                conjugations.add(SpellingMatch.VERB_PREFIXES.charAt(p) + form);
            }
        }
        long[] letters = new long[longForms.size()];
        int[] shortest = new int[longForms.size()];
        for (int f = 0; f < letters.length; f++) {
            String form = longForms.get(f);
            letters[f] = SentenceTokens.letters(form);
            // A shorter word is within reach only if it is at most the allowed edits shorter.
            shortest[f] = Math.max(SpellingMatch.MIN_FUZZY_LENGTH,
                    form.length() - SpellingMatch.allowedEdits(form.length()));
        }
        return new TermForms(term.forms().toArray(String[]::new), List.copyOf(conjugations),
                longForms.toArray(String[]::new), letters, shortest, RootKeys.of(term), term.partial(),
                term.phrases());
    }

    /** The best share of a several-word translation's words {@code sentence} holds. */
    double phraseShare(SentenceTokens sentence) {
        double best = 0;
        for (List<Set<String>> phrase : phrases) {
            int held = 0;
            for (Set<String> word : phrase) {
                if (sentence.holdsAny(word)) {
                    held++;
                }
            }
            best = Math.max(best, (double) held / phrase.size());
        }
        return best;
    }

    /**
     * Whether {@code sentence} holds every word of one of the term's phrases: a news phrase
     * (وقف إطلاق النار for هدنة) names the thing only whole. A translation's phrase held whole already
     * matches by its words, which are also its forms.
     */
    private boolean holdsPhraseWhole(SentenceTokens sentence) {
        for (List<Set<String>> phrase : phrases) {
            if (holdsEvery(sentence, phrase)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code sentence} holds some form of each of {@code words}: a loop, not a stream, since
     * {@link #match} asks it for every term of every compared sentence.
     */
    private static boolean holdsEvery(SentenceTokens sentence, List<Set<String>> words) {
        for (Set<String> word : words) {
            if (!sentence.holdsAny(word)) {
                return false;
            }
        }
        return true;
    }

    /**
     * 1 for an exact form, a phrase held whole, less for a spelling variant or a compound containing it, 0 when absent.
     * The fuzzy comparisons visit the sentence's words longest first for every long form of the
     * term, down to the shortest that could be close enough; most are ruled out by their length
     * and letters alone, so a word itself is read only when it may match.
     */
    double match(boolean fuzzy, SentenceTokens sentence) {
        for (String form : forms) {
            if (sentence.holds(form)) {
                return 1;
            }
        }
        if (holdsPhraseWhole(sentence)) {
            return 1;
        }
        if (!fuzzy) {
            return 0;
        }
        for (String conjugation : conjugations) {
            if (sentence.holds(conjugation)) {
                return EvidenceScorer.FUZZY_CREDIT;
            }
        }
        SentenceTokens.Words words = sentence.words();
        String[] candidates = words.forms();
        long[] wordLetters = words.letters();
        int[] lengths = words.lengths();
        double best = 0;
        for (int f = 0; f < longForms.length; f++) {
            String form = longForms[f];
            long formLetters = letters[f];
            int shortestWord = shortest[f];
            for (int i = 0; i < lengths.length && lengths[i] >= shortestWord; i++) {
                best = Math.max(best,
                        SpellingMatch.similarity(form, formLetters, candidates[i], wordLetters[i], lengths[i]));
                if (best == 1) {
                    return EvidenceScorer.FUZZY_CREDIT;
                }
            }
        }
        return EvidenceScorer.FUZZY_CREDIT * best;
    }

    /**
     * {@link #match} for a strict scorer ({@link EvidenceScorer#strict}): a form that is only a word of a translation of several
     * counts as its share of that translation's words.
     */
    double strictMatch(SentenceTokens sentence) {
        for (String form : forms) {
            if (sentence.holds(form) && !partial.contains(form)) {
                return 1;
            }
        }
        return phraseShare(sentence);
    }
}
