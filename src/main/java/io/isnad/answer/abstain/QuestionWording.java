package io.isnad.answer.abstain;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.isnad.index.IndexAnalyzers;
import io.isnad.index.IndexField;
import io.isnad.ingest.arabic.ArabicRootSkeleton;
import io.isnad.ingest.arabic.ArabicStopWords;
import io.isnad.ingest.arabic.ArabicTextNormalizer;
import io.isnad.retrieve.EvidenceTerm;

/**
 * Which evidence terms of a question are its own wording rather than what it asks about: a verb
 * form the articles never use (the dialect's بيلقبوا، a paraphrasing سمت or رجعت), a function word
 * of the dialects; in an English question a word the lexicon translated and the user wrote in
 * lower case. Missing from the corpus, such a word says the question is phrased otherwise, not
 * that the articles lack its subject, as an unknown name or figure does. Names
 * ({@link QuestionNames}) and numbers are never wording.
 */
public final class QuestionWording {

    private static final Pattern ARABIC_WORD = Pattern.compile("[\\p{IsArabic}]+");

    private QuestionWording() {
    }

    /**
     * Per term of {@code evidence}, whether it is wording of {@code question}.
     *
     * @param names per term, whether it is a proper name of the question ({@link QuestionNames#of})
     */
    public static boolean[] of(String question, List<EvidenceTerm> evidence, IndexAnalyzers analyzers,
            boolean english, boolean[] names) {
        boolean[] wording = new boolean[evidence.size()];
        Set<String> stems = english ? Set.of() : wordingStems(question, analyzers);
        for (int t = 0; t < wording.length; t++) {
            EvidenceTerm term = evidence.get(t);
            if (names[t] || AbsentEvidence.isNumber(term)) {
                continue;
            }
            // An English term the lexicon translated (not transliterated) and not capitalised: a
            // common word, not a name.
            wording[t] = english ? !term.fuzzy() : term.forms().stream().anyMatch(stems::contains);
        }
        return wording;
    }

    /** The stems of the question's Arabic words that look like a conjugated verb or a dialect function word. */
    private static Set<String> wordingStems(String question, IndexAnalyzers analyzers) {
        Set<String> stems = new HashSet<>();
        Matcher words = ARABIC_WORD.matcher(ArabicTextNormalizer.normalize(question));
        while (words.find()) {
            String word = words.group();
            boolean wording = ArabicRootSkeleton.looksConjugated(word)
                    || ArabicRootSkeleton.withoutProclitic(word).filter(ArabicStopWords::contains).isPresent();
            if (wording) {
                stems.addAll(analyzers.tokens(IndexField.ARABIC, word));
            }
        }
        return stems;
    }
}
