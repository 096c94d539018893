package io.isnad.answer.abstain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.index.Term;

import io.isnad.index.IndexField;
import io.isnad.index.SentenceTokens;
import io.isnad.index.Snapshot;
import io.isnad.ingest.arabic.ArabicRootSkeleton;
import io.isnad.retrieve.EvidenceTerm;

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
 *        derived forms)
 * @param strangeShare idf-weight share of the question's evidence that is unknown, each word counted
 *        by the share of its character n-grams that no chunk holds either: a verb form the light
 *        stemmer leaves unlike the article's ("سجلت") is made of familiar grams, a name the corpus
 *        never mentions mostly is not
 * @param numberMissing whether a number of the question is missing from the article
 */
public record AbsentEvidence(boolean unknownWord, double strangeShare, boolean numberMissing) {

    private static final AbsentEvidence NONE = new AbsentEvidence(false, 0, false);

    /**
     * @param inArticle per term of {@code evidence}, whether the article holds it (fuzzily for names)
     * @param article the article's sentence tokens
     */
    public static AbsentEvidence of(Snapshot corpus, List<EvidenceTerm> evidence, boolean[] inArticle,
            List<SentenceTokens> article) {
        List<EvidenceTerm> notInArticle = new ArrayList<>();
        for (int t = 0; t < evidence.size(); t++) {
            if (!inArticle[t]) {
                notInArticle.add(evidence.get(t));
            }
        }
        if (notInArticle.isEmpty()) {
            // The usual case: the article's words need no skeletons, and no count is looked up.
            return NONE;
        }
        Set<String> roots = new HashSet<>();
        article.forEach(s -> s.formList().forEach(f -> roots.add(ArabicRootSkeleton.of(f))));
        List<EvidenceTerm> missing = notInArticle.stream().filter(term -> !rooted(term, roots)).toList();
        Map<Term, Integer> docFreqs = docFreqs(corpus, missing);
        double total = evidence.stream().mapToDouble(EvidenceTerm::weight).sum();
        double strange = 0;
        boolean unknownWord = false;
        boolean numberMissing = false;
        for (EvidenceTerm term : missing) {
            numberMissing |= !term.label().isEmpty() && term.label().chars().allMatch(Character::isDigit);
            boolean indexed = term.forms().stream().anyMatch(f -> docFreqs.get(new Term(IndexField.ARABIC.field(), f)) > 0
                    || docFreqs.get(new Term(IndexField.ENGLISH.field(), f)) > 0);
            if (!indexed) {
                unknownWord = true;
                double familiar = term.forms().stream().mapToDouble(f -> familiarGrams(corpus, f, docFreqs)).max().orElse(0);
                strange += term.weight() * (1 - familiar);
            }
        }
        return new AbsentEvidence(unknownWord, total > 0 ? strange / total : 0, numberMissing);
    }

    private static boolean rooted(EvidenceTerm term, Set<String> roots) {
        return term.forms().stream().map(ArabicRootSkeleton::of)
                .anyMatch(r -> r.length() >= ArabicRootSkeleton.MIN_LENGTH && roots.contains(r));
    }

    /** Every count the missing words need, in one look-up: a search cluster answers it in one round trip. */
    private static Map<Term, Integer> docFreqs(Snapshot corpus, List<EvidenceTerm> missing) {
        List<Term> counted = new ArrayList<>();
        for (EvidenceTerm term : missing) {
            for (String form : term.forms()) {
                counted.add(new Term(IndexField.ARABIC.field(), form));
                counted.add(new Term(IndexField.ENGLISH.field(), form));
                for (String gram : corpus.analyzers().tokens(IndexField.GRAMS, form)) {
                    counted.add(new Term(IndexField.GRAMS.field(), gram));
                }
            }
        }
        return counted.isEmpty() ? Map.of() : corpus.docFreqs(counted);
    }

    /** Share of the character n-grams of {@code form} that some chunk holds. */
    private static double familiarGrams(Snapshot corpus, String form, Map<Term, Integer> docFreqs) {
        List<String> grams = corpus.analyzers().tokens(IndexField.GRAMS, form);
        if (grams.isEmpty()) {
            return 0;
        }
        return grams.stream().filter(g -> docFreqs.get(new Term(IndexField.GRAMS.field(), g)) > 0).count()
                / (double) grams.size();
    }
}
