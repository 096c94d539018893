package io.isnad.retrieve;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;

import io.isnad.index.Caches;
import io.isnad.index.IndexAnalyzers;
import io.isnad.index.IndexField;
import io.isnad.index.SentenceTokens;
import io.isnad.ingest.arabic.ArabicTextNormalizer;

/**
 * The names of several words an Arabic question uses, each as its last word and the words bound to
 * it. An article that has introduced a person by the full name ("رجب طيب أردوغان") goes on with the
 * surname ("كان أردوغان لاعب كرة قدم"), and a paragraph indexed apart from the first never names
 * him in full: the first paragraph then outranked the one that answers, by the first name's rare
 * words alone (docs/answers.md, "Twentieth round: a surname for the whole name"). A sentence
 * holding the last word is credited with the bound ones ({@link EvidenceScorer#withNames}).
 *
 * <p>A name is a run of the question's adjacent words that a retrieved sentence writes side by
 * side in the same order, ending in a word at least {@value #HEAD_SHARE} as heavy as the question's
 * heaviest (a surname is rare; "رسول الله" ends in a common word). A word of it is bound when
 * every retrieved sentence holding it holds the whole run: a first name seen only beside the
 * surname, where "الدولة" of "الدولة العثمانية" or a verb before a name stands alone elsewhere. A
 * swapped first name ("محمد طيب أردوغان") stands beside the rest in no sentence, so it is never
 * credited and the question stays short of the name.
 *
 * @param runs each name, as the indices of its evidence terms: the last word first, then the bound ones
 */
record NamePhrases(List<int[]> runs) {

    static final NamePhrases NONE = new NamePhrases(List.of());

    /** How heavy a name's last word must be, as a share of the question's heaviest term. */
    static final double HEAD_SHARE = 0.8;

    /**
     * Each analysed sentence's words by position ({@link #positions}), by the sentence's tokens (its
     * identity: a snapshot keeps an article's tokens while it caches the article). Only sentences
     * holding two adjacent question words are analysed: some thousands on an archive, a few MB.
     */
    private static final Cache<SentenceTokens, SentencePositions> POSITIONS = Caches.builder().weakKeys()
            .maximumSize(10_000).build();

    /**
     * The names among {@code evidence} (in the question's word order) in {@code sentences}. Only
     * sentences holding two adjacent terms are analysed.
     *
     * @param tokens the analysed forms of each of {@code sentences}, at the same index
     */
    static NamePhrases of(List<EvidenceTerm> evidence, List<String> sentences, List<SentenceTokens> tokens,
            IndexAnalyzers analyzers) {
        boolean[] joined = new boolean[Math.max(0, evidence.size() - 1)];
        for (int s = 0; s < sentences.size(); s++) {
            List<List<String>> positions = null;
            for (int t = 0; t < joined.length; t++) {
                if (joined[t] || !holds(tokens.get(s), evidence.get(t)) || !holds(tokens.get(s), evidence.get(t + 1))) {
                    continue;
                }
                if (positions == null) {
                    positions = positions(sentences.get(s), tokens.get(s), analyzers);
                }
                joined[t] = sideBySide(positions, evidence.get(t), evidence.get(t + 1));
            }
        }
        double heaviest = evidence.stream().mapToDouble(EvidenceTerm::weight).max().orElse(0);
        List<int[]> runs = new ArrayList<>();
        int t = 0;
        while (t < joined.length) {
            if (!joined[t]) {
                t++;
                continue;
            }
            int end = t + 1;
            while (end < joined.length && joined[end]) {
                end++;
            }
            if (evidence.get(end).weight() >= HEAD_SHARE * heaviest) {
                boundRun(evidence, tokens, t, end).ifPresent(runs::add);
            }
            t = end;
        }
        return new NamePhrases(List.copyOf(runs));
    }

    /** The run from {@code first} to {@code last}, its last word first and then its bound words; empty when none is bound. */
    private static Optional<int[]> boundRun(List<EvidenceTerm> evidence, List<SentenceTokens> tokens,
            int first, int last) {
        List<EvidenceTerm> whole = evidence.subList(first, last + 1);
        List<Integer> run = new ArrayList<>();
        run.add(last);
        for (int word = first; word < last; word++) {
            EvidenceTerm term = evidence.get(word);
            if (tokens.stream().filter(s -> holds(s, term)).allMatch(s -> whole.stream().allMatch(w -> holds(s, w)))) {
                run.add(word);
            }
        }
        return run.size() < 2 ? Optional.empty()
                : Optional.of(run.stream().mapToInt(Integer::intValue).toArray());
    }

    /**
     * The Arabic field's words of a sentence by position, analysed once per sentence and analysis:
     * the sentences retrieved for a name recur from question to question, and analysing them anew
     * was some 3% of the retrieval's CPU samples on the seeds (docs/performance.md, "Twenty-fifth
     * round: seeds service time").
     */
    static List<List<String>> positions(String sentence, SentenceTokens tokens, IndexAnalyzers analyzers) {
        SentencePositions known = POSITIONS.getIfPresent(tokens);
        if (known == null || known.analyzers() != analyzers) {
            known = new SentencePositions(analyzers, analyzers.positions(IndexField.ARABIC,
                    ArabicTextNormalizer.normalize(sentence)).stream().map(List::copyOf).toList());
            POSITIONS.put(tokens, known);
        }
        return known.positions();
    }

    /** A sentence's words by position, and the analysis that gave them. */
    private record SentencePositions(IndexAnalyzers analyzers, List<List<String>> positions) {
    }

    private static boolean holds(SentenceTokens sentence, EvidenceTerm term) {
        return sentence.holdsAny(term.forms());
    }

    /** Whether {@code first} and {@code second} are the words of two positions in a row. */
    private static boolean sideBySide(List<List<String>> positions, EvidenceTerm first, EvidenceTerm second) {
        for (int p = 0; p + 1 < positions.size(); p++) {
            if (!Collections.disjoint(positions.get(p), first.forms())
                    && !Collections.disjoint(positions.get(p + 1), second.forms())) {
                return true;
            }
        }
        return false;
    }
}
