package io.isnad.answer.abstain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.index.Term;

import io.isnad.answer.shortanswer.KnownNames;
import io.isnad.index.IndexField;
import io.isnad.index.Snapshot;
import io.isnad.ingest.arabic.ArabicPlaceNames;
import io.isnad.ingest.arabic.ArabicProclitics;
import io.isnad.ingest.arabic.ArabicTextNormalizer;
import io.isnad.retrieve.EvidenceTerm;

/**
 * The names of an Arabic question that no chunk of the corpus writes: a place or person the lexicon
 * knows ({@link KnownNames}), in none of the lexicon's spellings of it, with or without the article or a
 * proclitic ({@link ArabicProclitics#gluedForms}). The article's evidence check may still find such a
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
        List<String> keys = new ArrayList<>();
        for (String word : question.arabic()) {
            Optional<String> key = known(word);
            if (key.isPresent() && corpus.analyzers().wordStems(word).stream().anyMatch(nameStems::contains)) {
                keys.add(key.get());
            }
        }
        return !keys.isEmpty() && corpus.anyNoneHeld(keys, UnwrittenNames::writtenForms);
    }

    /**
     * The terms a known name (its lexicon key) is written as on the n-gram field: each of the lexicon's
     * spellings, with or without the article or a proclitic, and for a people's plural its adjective's
     * ({@link ArabicPlaceNames#nisbaSingular}): an article that writes الاتحاد الأوروبي mentions the Europeans.
     * A function of the key alone, so the index remembers per version whether it holds any ({@link
     * Snapshot#anyNoneHeld}): counting every form for each question was about a point of an answer's samples
     * on the seeds (docs/performance.md, "perf40").
     */
    static List<Term> writtenForms(String key) {
        return spelledForms(key).stream().map(form -> new Term(IndexField.GRAMS.field(), form)).toList();
    }

    /**
     * The folded words a known name (its lexicon key) is written as: each of the lexicon's spellings, with or
     * without the article or a proclitic, and for a people's plural its adjective's, as {@link #writtenForms}.
     */
    static Set<String> spelledForms(String key) {
        Set<String> spellings = new HashSet<>(KnownNames.spellings(key));
        ArabicPlaceNames.nisbaSingular(key).ifPresent(singular -> spellings.addAll(KnownNames.spellings(singular)));
        Set<String> forms = new LinkedHashSet<>();
        spellings.forEach(spelling -> forms.addAll(ArabicProclitics.gluedForms(spelling)));
        return forms;
    }

    /** The lexicon's key of a folded question word that is a known name, as {@link QuestionNames} reads it. */
    static Optional<String> known(String word) {
        if (KnownNames.known(word)) {
            return Optional.of(ArabicTextNormalizer.withoutArticle(word));
        }
        return ArabicProclitics.withoutProclitic(word).filter(KnownNames::known)
                .map(ArabicTextNormalizer::withoutArticle);
    }
}
