package io.isnad.retrieve.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.index.Term;

import io.isnad.index.IndexField;
import io.isnad.retrieve.EvidenceTerm;

/**
 * The evidence terms of a question searched as it is written (not translated): one per Arabic word,
 * with its proclitic variants, its joins with its neighbours and its news synonyms as forms (a person counted in a
 * toll also as the toll's words, and
 * the news phrases it may be written as, held whole), and one per English token no Arabic word already stands for (a name in Latin script).
 */
public final class WordEvidence {

    private final SynonymStems synonyms;

    public WordEvidence(SynonymStems synonyms) {
        this.synonyms = synonyms;
    }

    /** The evidence of the question's {@code arabic} words (as their variants) and {@code english} tokens. */
    public List<EvidenceTerm> of(Map<List<String>, Float> arabic, Map<String, Float> english,
            Map<Term, Integer> docFreqs, double chunks) {
        Map<String, List<String>> words = new LinkedHashMap<>();
        arabic.keySet().forEach(variants -> words.putIfAbsent(variants.get(0), variants));
        List<EvidenceTerm> evidence = new ArrayList<>();
        List<String> stems = List.copyOf(words.keySet());
        List<List<String>> variants = List.copyOf(words.values());
        SynonymStems.PhraseWidening phrased = synonyms.widen(variants);
        for (int i = 0; i < stems.size(); i++) {
            Set<String> forms = new LinkedHashSet<>(words.get(stems.get(i)));
            forms.addAll(withJoinedNeighbours(stems, i));
            forms.addAll(synonyms.ofAny(words.get(stems.get(i))));
            forms.addAll(synonyms.tollsOfPersons(variants, i));
            forms.addAll(phrased.forms().get(i));
            evidence.add(new EvidenceTerm(stems.get(i), forms,
                    TermIdf.ofWord(docFreqs, words.get(stems.get(i)), chunks), true, Set.of(),
                    phrased.phrases().get(i)));
        }
        for (String stem : english.keySet()) {
            if (!words.containsKey(stem)) {
                evidence.add(new EvidenceTerm(stem, Set.of(stem), TermIdf.of(docFreqs, IndexField.ENGLISH, stem, chunks),
                        false));
            }
        }
        return List.copyOf(evidence);
    }

    /**
     * A word's forms, plus its concatenation with each neighbour: compound names are written both
     * split and joined ("بور هاشمي" / "بورهاشمي").
     */
    private static Set<String> withJoinedNeighbours(List<String> stems, int i) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(stems.get(i));
        if (i > 0) {
            forms.add(stems.get(i - 1) + stems.get(i));
        }
        if (i + 1 < stems.size()) {
            forms.add(stems.get(i) + stems.get(i + 1));
        }
        return forms;
    }
}
