package io.isnad.retrieve;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.isnad.index.SentenceTokens;
import io.isnad.ingest.arabic.ArabicRootSkeleton;

/**
 * A term's forms as every sentence is compared with them, prepared once per question. A form
 * too short for edit distance matches only its conjugations (a verb prefix before it), which
 * are looked up as words; a longer one is compared with the sentence's words of at least
 * {@code shortest} letters, by its letters first.
 *
 * @param conjugations each short form with each verb prefix before it
 * @param longForms the forms of {@value SpellingMatch#MIN_FUZZY_LENGTH} letters or more, with their
 *        {@link SentenceTokens#letters} and the length a word needs to match them
 * @param derivedStems the keys of {@code roots} that keep a derived verb form's letters ({@link RootKeys#derivedStems})
 * @param othersForms the question's other words (their terms' labels: an Arabic word's stem, an English
 *        word) that hold the term's own label as a piece (متحد holds تحد), less the term's own forms: a
 *        sentence word that is one of them is that other word and holds this term by no spelling variant,
 *        compound or root ({@link #othersWord})
 */
record TermForms(String[] forms, List<String> conjugations, String[] longForms, long[] letters,
        int[] shortest, RootKeys roots, RootKeys derivedStems, Set<String> partial, List<List<Set<String>>> phrases,
        Set<String> othersForms) {

    /** Each term's forms, each knowing the other question words it is a piece of. */
    static List<TermForms> of(List<EvidenceTerm> terms) {
        List<TermForms> result = new ArrayList<>(terms.size());
        for (EvidenceTerm term : terms) {
            Set<String> others = new HashSet<>();
            for (EvidenceTerm other : terms) {
                if (other != term && other.label().length() > term.label().length()
                        && other.label().contains(term.label())) {
                    others.add(other.label());
                }
            }
            others.removeAll(term.forms());
            result.add(of(term, others));
        }
        return List.copyOf(result);
    }

    /** The term's forms, {@code othersForms} the other question words holding it as a piece. */
    private static TermForms of(EvidenceTerm term, Set<String> othersForms) {
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
        RootKeys roots = RootKeys.of(term);
        return new TermForms(term.forms().toArray(String[]::new), List.copyOf(conjugations),
                longForms.toArray(String[]::new), letters, shortest, roots, derivedStems(term, roots), term.partial(),
                term.phrases(), Set.copyOf(othersForms));
    }

    /**
     * The term's {@link RootKeys#derivedStems} when the user typed it in Arabic; none for a translated English word,
     * whose dictionary forms are another's words as often as its own, as with its weak-root keys ({@link
     * WeakRootKeys}).
     */
    private static RootKeys derivedStems(EvidenceTerm term, RootKeys roots) {
        return ArabicRootSkeleton.isArabic(term.label()) ? roots.derivedStems() : RootKeys.NONE;
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
            if (sentence.holds(conjugation) && !othersWord(conjugation)) {
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
                double similarity = SpellingMatch.similarity(form, formLetters, candidates[i], wordLetters[i],
                        lengths[i]);
                if (similarity > best && !othersWord(candidates[i])) {
                    best = similarity;
                }
                if (best == 1) {
                    return EvidenceScorer.FUZZY_CREDIT;
                }
            }
        }
        return EvidenceScorer.FUZZY_CREDIT * best;
    }

    /** Whether a word of {@code sentence} that is no other question word shares a root skeleton with the term. */
    boolean heldByRoot(SentenceTokens sentence) {
        return roots.heldBy(sentence, this::othersWord);
    }

    /**
     * Whether a word of {@code sentence} that is no other question word shares with the term a skeleton that keeps
     * its derived form's letters: the verbal noun, participle or tense of one derived verb (استخدام، مستخدمة،
     * يستخدم), which the light stem leaves apart.
     */
    boolean heldByDerivedStem(SentenceTokens sentence) {
        return derivedStems.heldBy(sentence, this::othersWord);
    }

    /**
     * Whether a sentence's form is another word of the question holding this one as a piece: a question
     * asking what borders (تحد) الولايات المتحدة is answered by no sentence that holds تحد only through
     * the root of المتحدة, the name's own word. Asked only of a word that would match the term otherwise.
     * Not the other words' synonyms or translations, which are not the question's word. Not a word that
     * is a piece of this one: الإضافي (اضاف) and إضافته (اضافت) are one word asked twice, and أضاف holds
     * both (read as any other question word, it cost hits: docs/answers.md, "held37").
     */
    boolean othersWord(String form) {
        return othersForms.contains(form);
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
