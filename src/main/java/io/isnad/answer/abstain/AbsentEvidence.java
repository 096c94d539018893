package io.isnad.answer.abstain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.index.Term;

import io.isnad.index.IndexField;
import io.isnad.index.SentenceTokens;
import io.isnad.index.Snapshot;
import io.isnad.ingest.arabic.ArabicNumberWords;
import io.isnad.ingest.arabic.ArabicRootSkeleton;
import io.isnad.ingest.arabic.ArabicStopWords;
import io.isnad.ingest.arabic.ArabicTypos;
import io.isnad.retrieve.EvidenceTerm;
import io.isnad.retrieve.WeakRootKeys;

/**
 * The question words that neither the answer's article nor the rest of the corpus holds. A
 * question that names a person, place or number no article mentions ("What did Putin say about
 * the visit?", a year the articles never give) is not answered by the sentence about the visit,
 * however well the rest matches. A word only the cited article lacks is more often a paraphrase or
 * a translation miss, so it does not count here.
 *
 * @param unknownWord whether some question word is unknown: no indexed chunk holds any of its forms
 *        (Arabic stem or English word), and the article holds it neither as a spelling variant nor
 *        as a word of the same consonant skeleton ({@link ArabicRootSkeleton}: broken plurals,
 *        derived forms) nor, for an English word read both as a dictionary word and as a name, by
 *        the name as it is, nor, for a verb, conjugated otherwise where Hunspell is installed
 *        ({@code sameVerb}: فاز / فازوا), nor misspelt: an Arabic word one edit from a word of the
 *        article ({@link ArabicTypos}: يباغ / يبلغ) is that word typed in haste, since a word no
 *        article holds is rarely one edit from a word of the article it is asked of by chance
 * @param strangeShare idf-weight share of the question's evidence that is unknown and not the
 *        question's own wording ({@link QuestionWording}: a verb form, a dialect word, an English
 *        common word), each word counted by the share of its character n-grams that no chunk holds
 *        either: a name or figure the corpus never mentions weighs here, a question phrased
 *        otherwise than the articles ("بيلقبوا", "سمت", "رجعت") does not
 * @param numberMissing whether a number of the question is missing from the article, compared
 *        exactly: 1887 is no spelling variant of 1886, though the evidence scorer's fuzzy name match
 *        lets it pass for one
 * @param nameMissing whether a proper name of the question ({@link QuestionNames}) is missing from the
 *        article, although the corpus may hold it: "What did Shamkhani say about Idlib?" answered from
 *        an article that never mentions Idlib
 * @param unknownNames the unknown Arabic words shaped like a name the lexicon does not know: a light
 *        stem of at least {@value #NAME_LETTERS} letters that is neither the question's own wording nor
 *        shaped like a verb ({@link ArabicRootSkeleton#looksConjugated}: يمارسها → يمارس) nor carries a
 *        glued pronoun ({@link ArabicRootSkeleton#carriesPronoun}). A shorter unknown stem is as often a
 *        typo or two words run together, and so is one of four letters that starts like a particle
 *        ({@link ArabicRootSkeleton#startsWithParticle}: ماسم for "ما اسم", ليتم); other four-letter
 *        names (ميلر، لويس، بونز) were left answered at five letters. Whether such a name is what the
 *        question asks about is the caller's to judge (docs/answers.md, "Nineteenth round: near-miss
 *        questions answered")
 * @param unknownFigure whether a number of the question is unknown: no indexed chunk holds it, and no
 *        single Arabic number word spells it ({@link ArabicNumberWords#spelledInOneWord}), so the
 *        articles cannot be giving it in letters either. A year, count or score no article gives is,
 *        like a name no article mentions, something the articles do not report; a number only the
 *        cited article lacks ({@code numberMissing}) is often one the question adds from elsewhere
 *        ("Super Bowl 50" asked of a paragraph of that article that does not repeat it)
 */
public record AbsentEvidence(boolean unknownWord, double strangeShare, boolean numberMissing, boolean nameMissing,
        List<EvidenceTerm> unknownNames, boolean unknownFigure) {

    /** The fewest letters of an unknown Arabic stem that may be a name (see {@link #unknownNames}). */
    static final int NAME_LETTERS = 4;
    /** Digits of the largest number a word spells (مليار); longer digit runs are parsed no further. */
    private static final int MAX_SPELLED_DIGITS = 10;
    /** The fewest distinct words of the article sharing a weak-root key that show the root in use. */
    private static final int ROOT_WORDS = 2;
    private static final AbsentEvidence NONE = new AbsentEvidence(false, 0, false, false, List.of(), false);

    public AbsentEvidence {
        unknownNames = List.copyOf(unknownNames);
    }

    /**
     * @param inArticle per term of {@code evidence}, whether the article holds it as
     *        {@link io.isnad.retrieve.EvidenceScorer#foundIn} tells: fuzzily for names, and as a word
     *        sharing a root skeleton key, which covers every word of the same {@link ArabicRootSkeleton#of}
     *        skeleton ({@code ArabicRootSkeletonTest}), so a term it misses has no such word either
     * @param article the article's sentences, where a number of the question must stand as it is
     * @param names per term of {@code evidence}, whether it is a proper name of the question
     * @param wording per term of {@code evidence}, whether it is the question's own wording ({@link QuestionWording})
     * @param sameVerb per term of {@code evidence}, whether the article conjugates its verb otherwise
     *        ({@link io.isnad.retrieve.EvidenceScorer#sameVerb}) or the judged sentence holds it in another
     *        form ({@link io.isnad.retrieve.EvidenceScorer.Assessment#excused}), or it is the stem of a function
     *        word with a glued pronoun ({@link FunctionWordStems}): such a word is no unknown word
     */
    public static AbsentEvidence of(Snapshot corpus, List<EvidenceTerm> evidence, boolean[] inArticle,
            List<SentenceTokens> article, boolean[] names, boolean[] wording, boolean[] sameVerb) {
        List<EvidenceTerm> missing = new ArrayList<>();
        Set<EvidenceTerm> worded = new HashSet<>();
        Set<EvidenceTerm> named = new HashSet<>();
        Set<EvidenceTerm> conjugated = new HashSet<>();
        Set<String> namesHeld = namesHeld(evidence, article);
        boolean nameMissing = false;
        for (int t = 0; t < evidence.size(); t++) {
            EvidenceTerm term = evidence.get(t);
            nameMissing |= names[t] && !inArticle[t];
            boolean held = inArticle[t] && !heldAsOtherRoot(term, article) || namesHeld.contains(term.label());
            if (!held || term.figure() && article.stream().noneMatch(s -> holdsExactly(s, term))) {
                missing.add(term);
                if (wording[t]) {
                    worded.add(term);
                }
                if (names[t]) {
                    named.add(term);
                }
                if (sameVerb[t]) {
                    conjugated.add(term);
                }
            }
        }
        if (missing.isEmpty()) {
            // The usual case: no count is looked up.
            return NONE;
        }
        Map<String, List<String>> grams = new HashMap<>();
        missing.forEach(term -> term.forms().forEach(
                f -> grams.computeIfAbsent(f, form -> corpus.analyzers().tokens(IndexField.GRAMS, form))));
        Map<Term, Integer> docFreqs = docFreqs(corpus, missing, grams);
        double total = evidence.stream().mapToDouble(EvidenceTerm::weight).sum();
        double strange = 0;
        boolean unknownWord = false;
        boolean numberMissing = false;
        List<EvidenceTerm> unknownNames = new ArrayList<>();
        boolean unknownFigure = false;
        for (EvidenceTerm term : missing) {
            numberMissing |= term.figure();
            if (indexed(term, docFreqs) || conjugated.contains(term) || misspells(term, article)
                    || !named.contains(term) && weakRootInUse(term, article)) {
                continue;
            }
            unknownWord = true;
            unknownFigure |= term.figure() && !spelled(term.label());
            if (!worded.contains(term) && !named.contains(term) && nameShaped(term.label())) {
                unknownNames.add(term);
            }
            if (!worded.contains(term)) {
                double familiar = term.forms().stream().mapToDouble(f -> familiarGrams(grams.get(f), docFreqs)).max().orElse(0);
                strange += term.weight() * (1 - familiar);
            }
        }
        return new AbsentEvidence(unknownWord, total > 0 ? strange / total : 0, numberMissing, nameMissing,
                unknownNames, unknownFigure);
    }

    /** Whether the number written by these digits is one an Arabic number word spells. */
    private static boolean spelled(String digits) {
        return digits.length() <= MAX_SPELLED_DIGITS
                && ArabicNumberWords.spelledInOneWord(Long.parseLong(digits));
    }

    /** Whether a term's label, an Arabic light stem, may be a name: see {@link #unknownNames}. */
    private static boolean nameShaped(String label) {
        return label.length() >= NAME_LETTERS
                && label.chars().allMatch(c -> c >= '\u0600' && c <= '\u06FF' && Character.isLetter(c))
                && !ArabicRootSkeleton.carriesPronoun(label) && !ArabicRootSkeleton.looksConjugated(label)
                && !(label.length() == NAME_LETTERS && ArabicRootSkeleton.startsWithParticle(label));
    }

    /**
     * The English words read twice whose name the article holds as it is. A capitalised word FreeDict
     * knows is also read as a name, each reading a term of its own with the word as its label
     * ("Bowl": سلطان and بول); where the article holds the name, the word is there and the
     * dictionary's homonym is no missing word. A name held only as a spelling variant does not count:
     * across corpora a transliteration is often one edit from some word of the wrong article
     * (docs/answers.md, "Fourteenth round"). Empty for an Arabic question, whose terms are one per word.
     */
    private static Set<String> namesHeld(List<EvidenceTerm> evidence, List<SentenceTokens> article) {
        Set<String> words = new HashSet<>();
        Set<String> readTwice = new HashSet<>();
        for (EvidenceTerm term : evidence) {
            if (!words.add(term.label())) {
                readTwice.add(term.label());
            }
        }
        if (readTwice.isEmpty()) {
            return Set.of();
        }
        Set<String> held = new HashSet<>();
        for (EvidenceTerm term : evidence) {
            if (term.fuzzy() && readTwice.contains(term.label()) && article.stream().anyMatch(s -> holdsExactly(s, term))) {
                held.add(term.label());
            }
        }
        return held;
    }

    /**
     * Whether the term as the user typed it (its label: not a translation, a synonym or a word joined
     * to its neighbour, which nobody typed) is a typo of a word of the article ({@link ArabicTypos#oneEditApart}).
     */
    private static boolean misspells(EvidenceTerm term, List<SentenceTokens> article) {
        return article.stream().anyMatch(sentence -> sentence.forms().stream()
                .anyMatch(word -> ArabicTypos.oneEditApart(term.label(), word)
                        && !ArabicTypos.otherRoot(term.label(), word)));
    }

    /**
     * Whether two or more distinct words of the article share a weak-root key with the term as the
     * user typed it ({@link ArabicRootSkeleton#weakKeys}: فاز against the article's فازوا and الفوز):
     * the article writes the question's weak or doubled root in other derivations, which no chunk
     * holds as the question does. One word alone is as often a chance word of another two-letter root
     * (لد against البلاد), and such a key credited in the scores answered near misses as often as
     * answerable questions (docs/answers.md, "Twenty-fourth round, second wave"). Each word is read as
     * the scorer reads it ({@link WeakRootKeys#sharedBy}): a word lacking every key's letters is skipped
     * before its keys are computed (computing them for every word of the article was 3 % of an answer
     * on the seeds: docs/performance.md, "perf35b"), and the others' keys are kept with the sentence.
     */
    private static boolean weakRootInUse(EvidenceTerm term, List<SentenceTokens> article) {
        WeakRootKeys keys = WeakRootKeys.ofWord(term.label());
        if (keys.keys().isEmpty()) {
            return false;
        }
        Set<String> sharing = new HashSet<>();
        for (SentenceTokens sentence : article) {
            SentenceTokens.Words words = sentence.words();
            for (int i = 0; i < words.forms().length; i++) {
                String word = words.forms()[i];
                if (!ArabicStopWords.contains(word) && !sharing.contains(word) && keys.sharedBy(words, i)) {
                    sharing.add(word);
                    if (sharing.size() >= ROOT_WORDS) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Whether the article holds the term only as words one root consonant from it ({@link
     * ArabicTypos#otherRoot}: نشبت for نشرت, مسيره for مسيح): no sentence holds one of its forms and
     * no word of the article contains it, and each word the term is one edit from is another root.
     * The evidence scorer takes such a word for a spelling variant, which answered near-miss
     * questions whose swapped-in word happened to be one letter from a word of the article, and
     * questions about another corpus; a word the article spells otherwise differs from it in a
     * pattern's letters or a slip of the keyboard. Also read by {@link SentenceJudge#otherRootWord}, which
     * declines a word the corpus never writes that its article holds only so.
     */
    static boolean heldAsOtherRoot(EvidenceTerm term, List<SentenceTokens> article) {
        if (article.stream().anyMatch(sentence -> sentence.holdsAny(term.forms()))) {
            // The usual case: the article holds the word as the question writes it.
            return false;
        }
        String label = term.label();
        boolean otherRoot = false;
        for (SentenceTokens sentence : article) {
            for (String word : sentence.forms()) {
                if (word.length() > label.length() && word.contains(label)) {
                    return false;
                }
                if (ArabicTypos.oneEditApart(label, word)) {
                    if (!ArabicTypos.otherRoot(label, word)) {
                        // A slip of this word: the article holds the term after all.
                        return false;
                    }
                    otherRoot = true;
                }
            }
        }
        return otherRoot;
    }

    /** Whether some chunk holds one of the term's forms as it is: {@code docFreqs} counts each in both fields. */
    static boolean indexed(EvidenceTerm term, Map<Term, Integer> docFreqs) {
        return term.forms().stream().anyMatch(f -> docFreqs.get(new Term(IndexField.ARABIC.field(), f)) > 0
                || docFreqs.get(new Term(IndexField.ENGLISH.field(), f)) > 0);
    }

    private static boolean holdsExactly(SentenceTokens sentence, EvidenceTerm term) {
        return term.forms().stream().anyMatch(sentence.forms()::contains);
    }

    /** Every count the missing words need, in one look-up: a search cluster answers it in one round trip. */
    private static Map<Term, Integer> docFreqs(Snapshot corpus, List<EvidenceTerm> missing,
            Map<String, List<String>> grams) {
        List<Term> counted = new ArrayList<>();
        for (EvidenceTerm term : missing) {
            counted.addAll(asWritten(term));
            for (String form : term.forms()) {
                for (String gram : grams.get(form)) {
                    counted.add(new Term(IndexField.GRAMS.field(), gram));
                }
            }
        }
        return counted.isEmpty() ? Map.of() : corpus.docFreqs(counted);
    }

    /** The terms {@link #indexed} reads of {@code term}: each of its forms in both fields. */
    static List<Term> asWritten(EvidenceTerm term) {
        List<Term> terms = new ArrayList<>();
        for (String form : term.forms()) {
            terms.add(new Term(IndexField.ARABIC.field(), form));
            terms.add(new Term(IndexField.ENGLISH.field(), form));
        }
        return terms;
    }

    /** Share of a form's character n-grams ({@code grams}) that some chunk holds. */
    private static double familiarGrams(List<String> grams, Map<Term, Integer> docFreqs) {
        if (grams.isEmpty()) {
            return 0;
        }
        return grams.stream().filter(g -> docFreqs.get(new Term(IndexField.GRAMS.field(), g)) > 0).count()
                / (double) grams.size();
    }
}
