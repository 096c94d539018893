package io.isnad.retrieve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.isnad.index.SentenceTokens;
import io.isnad.ingest.Article;
import io.isnad.ingest.Sentence;
import io.isnad.ingest.arabic.ArabicRootSkeleton;

/**
 * Measures how much of a question's evidence a sentence holds: the idf-weighted share of evidence
 * terms it contains. Names are matched fuzzily (small edit distance, or inside a compound), since
 * one person is often spelt several ways; an Arabic word of the same root (a broken plural, a
 * derived form the light stem does not reduce: أطفال / طفل، محذراً / حذر) counts less than the
 * same stem; terms found only in the neighbouring sentences count partly, because a news sentence
 * often names its subject one sentence earlier.
 */
public final class EvidenceScorer {

    private static final double NEIGHBOUR_CREDIT = 0.3;
    private static final double FUZZY_CREDIT = 0.8;
    /** A word of the same root is weaker evidence than a spelling variant of the same stem. */
    static final double ROOT_CREDIT = 0.3;
    private static final double MIN_SIMILARITY = 0.75;
    private static final int MIN_FUZZY_LENGTH = 4;
    private static final String VERB_PREFIXES = "يتنا";

    private final List<EvidenceTerm> evidence;
    private final double totalWeight;
    /**
     * Per sentence, how well it matches each term: a function of the terms' forms, not of their
     * weights, so a {@link #reweighted} scorer shares it.
     */
    private final Map<SentenceTokens, double[]> matchCache;
    /** Per evidence term, the root skeletons of its Arabic forms ({@link ArabicRootSkeleton#keys}). */
    private final List<RootKeys> rootKeys;
    /** Root skeletons of the sentence forms met so far: the same words recur across candidates. */
    private final Map<String, Set<String>> formKeys;

    public EvidenceScorer(List<EvidenceTerm> evidence) {
        this(evidence, new IdentityHashMap<>(), evidence.stream().map(RootKeys::of).toList(), new HashMap<>());
    }

    private EvidenceScorer(List<EvidenceTerm> evidence, Map<SentenceTokens, double[]> matchCache,
            List<RootKeys> rootKeys, Map<String, Set<String>> formKeys) {
        this.evidence = evidence;
        this.totalWeight = evidence.stream().mapToDouble(EvidenceTerm::weight).sum();
        this.matchCache = matchCache;
        this.rootKeys = rootKeys;
        this.formKeys = formKeys;
    }

    /**
     * A scorer of {@code terms}, reusing what this one has matched so far when they are its terms
     * with other weights (a follow-up's carried words count less when choosing the answer than
     * when searching): the answer stage then scores again none of the sentences the re-ranking of
     * the passages scored. Not thread-safe, like this scorer: both serve one question.
     */
    public EvidenceScorer reweighted(List<EvidenceTerm> terms) {
        if (terms == evidence) {
            return this;
        }
        if (terms.size() != evidence.size()) {
            return new EvidenceScorer(terms);
        }
        for (int t = 0; t < terms.size(); t++) {
            EvidenceTerm mine = evidence.get(t);
            EvidenceTerm theirs = terms.get(t);
            if (mine.fuzzy() != theirs.fuzzy() || !mine.forms().equals(theirs.forms())) {
                return new EvidenceScorer(terms);
            }
        }
        return new EvidenceScorer(terms, matchCache, rootKeys, formKeys);
    }

    public boolean hasEvidence() {
        return totalWeight > 0;
    }

    /**
     * Coverage between 0 and 1 of one sentence of {@code article}, with the sentences beside it in
     * the same section as context.
     *
     * @param tokens the article's sentence tokens, by sentence index ({@code Corpus.sentenceTokens})
     */
    public double coverage(Article article, List<SentenceTokens> tokens, Sentence sentence) {
        return assess(article, tokens, sentence).coverage();
    }

    /** Coverage and the largest missing term of one sentence of {@code article}, in its context. */
    public Assessment assess(Article article, List<SentenceTokens> tokens, Sentence sentence) {
        List<SentenceTokens> neighbours = new ArrayList<>(2);
        for (int i : new int[] {sentence.index() - 1, sentence.index() + 1}) {
            if (i >= 0 && i < tokens.size() && article.sentences().get(i).section() == sentence.section()) {
                neighbours.add(tokens.get(i));
            }
        }
        return assess(tokens.get(sentence.index()), neighbours);
    }

    /** Coverage between 0 and 1 of {@code sentence}, with {@code neighbours} as context. */
    public double coverage(SentenceTokens sentence, List<SentenceTokens> neighbours) {
        return assess(sentence, neighbours).coverage();
    }

    /**
     * Coverage between 0 and 1 of a text given in parts (the clauses of a sentence), without
     * context: each term counts by its best match in any part. Each part is matched once, however
     * many runs of parts are scored.
     */
    public double coverageOfParts(List<SentenceTokens> parts) {
        if (!hasEvidence()) {
            return 0;
        }
        List<double[]> matched = parts.stream().map(this::matches).toList();
        double credit = 0;
        for (int t = 0; t < evidence.size(); t++) {
            double best = 0;
            for (double[] m : matched) {
                best = Math.max(best, m[t]);
            }
            credit += evidence.get(t).weight() * best;
        }
        return credit / totalWeight;
    }

    Assessment assess(SentenceTokens sentence, List<SentenceTokens> neighbours) {
        if (!hasEvidence()) {
            return new Assessment(0, 1, 0, false);
        }
        double[] own = matches(sentence);
        List<double[]> context = neighbours.stream().map(this::matches).toList();
        double credit = 0;
        double largestMissing = 0;
        double heaviest = 0;
        boolean heaviestFound = false;
        for (int t = 0; t < evidence.size(); t++) {
            double near = 0;
            for (double[] n : context) {
                near = Math.max(near, n[t]);
            }
            double weight = evidence.get(t).weight();
            credit += weight * Math.max(own[t], NEIGHBOUR_CREDIT * near);
            if (own[t] == 0 && near == 0) {
                largestMissing = Math.max(largestMissing, weight / totalWeight);
            }
            if (weight > heaviest) {
                heaviest = weight;
                heaviestFound = own[t] > 0;
            }
        }
        return new Assessment(credit / totalWeight, largestMissing, credit, heaviestFound);
    }

    /**
     * How much of the question's evidence is found nowhere in {@code sentences} (an article's): a
     * question about a person or a number the article never mentions is not answered by it,
     * however well the rest matches.
     */
    public ArticleCheck missingFrom(List<SentenceTokens> sentences) {
        boolean[] found = foundIn(sentences);
        if (!hasEvidence()) {
            return new ArticleCheck(1, false, found);
        }
        double missing = 0;
        double heaviest = 0;
        boolean heaviestFound = false;
        for (int t = 0; t < evidence.size(); t++) {
            double weight = evidence.get(t).weight();
            if (!found[t]) {
                missing += weight;
            }
            if (weight > heaviest) {
                heaviest = weight;
                heaviestFound = found[t];
            }
        }
        return new ArticleCheck(missing / totalWeight, heaviestFound, found);
    }

    /** Per evidence term, whether any of {@code sentences} holds it (names also as a spelling variant). */
    public boolean[] foundIn(List<SentenceTokens> sentences) {
        boolean[] found = new boolean[evidence.size()];
        for (int t = 0; t < evidence.size(); t++) {
            for (SentenceTokens s : sentences) {
                if (matches(s)[t] > 0) {
                    found[t] = true;
                    break;
                }
            }
        }
        return found;
    }

    /**
     * The question's evidence against a whole article.
     *
     * @param missingShare weight share of the evidence found nowhere in the article
     * @param heaviestFound whether the question's rarest word (often the name it asks about) is in it
     * @param found per evidence term, whether the article holds it ({@link #foundIn})
     */
    public record ArticleCheck(double missingShare, boolean heaviestFound, boolean[] found) {
    }

    /**
     * How well a sentence answers a question.
     *
     * @param coverage weighted share of the question's evidence found, 0 to 1
     * @param largestMissing weight share of the heaviest evidence term found neither in the sentence
     *        nor beside it: a question about "the capital of Japan" is not answered by a sentence
     *        about a capital, however well it covers the rest
     * @param credit the idf weight found, not divided by the question's: many rare words found is
     *        stronger evidence than one common word of a one-word question
     * @param heaviestFound whether the question's rarest word is in the sentence itself
     */
    public record Assessment(double coverage, double largestMissing, double credit, boolean heaviestFound) {
    }

    /** Per evidence term, how well {@code sentence} matches it; memoised since each sentence is also a neighbour. */
    private double[] matches(SentenceTokens sentence) {
        return matchCache.computeIfAbsent(sentence, s -> {
            double[] result = new double[evidence.size()];
            for (int t = 0; t < result.length; t++) {
                result[t] = match(evidence.get(t), s);
                if (result[t] < ROOT_CREDIT && sharesRoot(rootKeys.get(t), s)) {
                    result[t] = ROOT_CREDIT;
                }
            }
            return result;
        });
    }

    /**
     * Whether a word of {@code sentence} shares a root skeleton with the term. A skeleton is a
     * subsequence of the word, so a word lacking one of its letters is skipped before its
     * skeletons are computed.
     */
    private boolean sharesRoot(RootKeys term, SentenceTokens sentence) {
        if (term.keys().isEmpty()) {
            return false;
        }
        List<String> forms = sentence.formList();
        for (int i = 0; i < forms.size(); i++) {
            long letters = sentence.letterMasks()[i];
            if ((term.letters() & ~letters) != 0 || !term.anyKeyWithin(letters)) {
                continue;
            }
            Set<String> keys = formKeys.computeIfAbsent(forms.get(i), ArabicRootSkeleton::keys);
            for (String key : keys) {
                if (term.keys().contains(key)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The root skeletons of a term's Arabic forms and the letters of each.
     *
     * @param letters the letters common to all its keys, for a quick first test
     */
    private record RootKeys(Set<String> keys, long[] keyLetters, long letters) {

        static RootKeys of(EvidenceTerm term) {
            Set<String> keys = new LinkedHashSet<>();
            term.forms().forEach(form -> keys.addAll(ArabicRootSkeleton.keys(form)));
            long[] keyLetters = keys.stream().mapToLong(SentenceTokens::letters).toArray();
            long common = keyLetters.length == 0 ? 0 : -1L;
            for (long l : keyLetters) {
                common &= l;
            }
            return new RootKeys(Set.copyOf(keys), keyLetters, common);
        }

        /** Whether some key's letters are all among {@code letters}. */
        boolean anyKeyWithin(long letters) {
            for (long key : keyLetters) {
                if ((key & ~letters) == 0) {
                    return true;
                }
            }
            return false;
        }
    }

    /** 1 for an exact form, less for a spelling variant or a compound containing it, 0 when absent. */
    static double match(EvidenceTerm term, SentenceTokens sentence) {
        for (String form : term.forms()) {
            if (sentence.forms().contains(form)) {
                return 1;
            }
        }
        if (!term.fuzzy()) {
            return 0;
        }
        double best = 0;
        List<String> candidates = sentence.formList();
        for (String form : term.forms()) {
            long formLetters = SentenceTokens.letters(form);
            for (int i = 0; i < candidates.size(); i++) {
                best = Math.max(best, fuzzySimilarity(form, formLetters, candidates.get(i), sentence.letterMasks()[i]));
                if (best == 1) {
                    return FUZZY_CREDIT;
                }
            }
        }
        return FUZZY_CREDIT * best;
    }

    /**
     * How alike a question word and a sentence word are, 0 below {@code MIN_SIMILARITY}: 1 when
     * the sentence word is a compound holding it, else 1 minus the edit distance over the longer
     * length (كيومارث and كيومرث are 0.86 alike). This runs for every word pair of the re-ranked
     * passages, so cheap length and letter-set checks come first and the distance is computed
     * only up to the largest one that could still pass.
     */
    static double fuzzySimilarity(String form, String candidate) {
        return fuzzySimilarity(form, SentenceTokens.letters(form), candidate, SentenceTokens.letters(candidate));
    }

    private static double fuzzySimilarity(String form, long formLetters, String candidate, long candidateLetters) {
        if (form.length() < MIN_FUZZY_LENGTH) {
            return isConjugated(form, candidate) ? 1 : 0;
        }
        // A compound holding the form holds each of its letters: the masks rule most words out.
        if (candidate.length() > form.length() && (formLetters & ~candidateLetters) == 0 && candidate.contains(form)) {
            return 1;
        }
        int longer = Math.max(form.length(), candidate.length());
        int allowed = (int) Math.floor((1 - MIN_SIMILARITY) * longer);
        if (Math.min(form.length(), candidate.length()) < MIN_FUZZY_LENGTH
                || Math.abs(form.length() - candidate.length()) > allowed) {
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
     * short for edit distance to tell a conjugation from another word.
     */
    private static boolean isConjugated(String form, String candidate) {
        return candidate.length() == form.length() + 1 && VERB_PREFIXES.indexOf(candidate.charAt(0)) >= 0
                && candidate.endsWith(form);
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
