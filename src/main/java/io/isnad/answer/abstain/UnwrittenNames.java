package io.isnad.answer.abstain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.index.Term;

import io.isnad.answer.shortanswer.KnownNames;
import io.isnad.index.IndexField;
import io.isnad.index.Snapshot;
import io.isnad.ingest.arabic.ArabicRootSkeleton;
import io.isnad.ingest.arabic.ArabicTextNormalizer;
import io.isnad.retrieve.EvidenceTerm;

/**
 * The names of an Arabic question that no chunk of the corpus writes: a place or person the lexicon
 * knows ({@link KnownNames}), in none of the lexicon's spellings of it, with or without the article or a
 * proclitic ({@link ArabicRootSkeleton#gluedForms}). The article's evidence check may still find such a
 * name, through the light stem's fold of its last letters (لبنان → لبن، سوريه → سور, words of another
 * sense) or a spelling variant of some other word, which answered near-miss questions whose swapped-in
 * name the corpus never mentions. Each written form is one exact look-up in the n-gram field, which keeps
 * words of more than four letters whole; a shorter form may stand there as a piece of a longer word, and
 * then counts as written, erring toward answering.
 */
final class UnwrittenNames {

    private UnwrittenNames() {
    }

    /** Whether a term {@code names} marks is spelled in the question only as names no chunk writes. */
    static boolean any(QuestionWords question, List<EvidenceTerm> evidence, boolean[] names,
            Snapshot corpus) {
        Set<String> nameStems = new HashSet<>();
        for (int t = 0; t < names.length; t++) {
            if (names[t]) {
                nameStems.addAll(evidence.get(t).forms());
            }
        }
        if (nameStems.isEmpty()) {
            return false;
        }
        List<Set<String>> spellingsPerName = new ArrayList<>();
        question.arabic().forEach(word -> known(word).ifPresent(key -> {
            if (corpus.analyzers().wordStems(word).stream().anyMatch(nameStems::contains)) {
                spellingsPerName.add(KnownNames.spellings(key));
            }
        }));
        if (spellingsPerName.isEmpty()) {
            return false;
        }
        // Each name's written forms as terms, made once and both looked up and read back.
        List<List<Term>> formsPerName = new ArrayList<>(spellingsPerName.size());
        List<Term> looked = new ArrayList<>();
        for (Set<String> spellings : spellingsPerName) {
            List<Term> forms = new ArrayList<>();
            for (String spelling : spellings) {
                for (String form : ArabicRootSkeleton.gluedForms(spelling)) {
                    forms.add(new Term(IndexField.GRAMS.field(), form));
                }
            }
            formsPerName.add(forms);
            looked.addAll(forms);
        }
        Map<Term, Integer> counts = corpus.docFreqs(looked);
        for (List<Term> forms : formsPerName) {
            if (noneWritten(forms, counts)) {
                return true;
            }
        }
        return false;
    }

    /** Whether no chunk holds any of {@code forms}. */
    private static boolean noneWritten(List<Term> forms, Map<Term, Integer> counts) {
        for (Term form : forms) {
            if (counts.getOrDefault(form, 0) != 0) {
                return false;
            }
        }
        return true;
    }

    /** The lexicon's key of a folded question word that is a known name, as {@link QuestionNames} reads it. */
    static Optional<String> known(String word) {
        if (KnownNames.known(word)) {
            return Optional.of(ArabicTextNormalizer.withoutArticle(word));
        }
        return ArabicRootSkeleton.withoutProclitic(word).filter(KnownNames::known).map(ArabicTextNormalizer::withoutArticle);
    }
}
