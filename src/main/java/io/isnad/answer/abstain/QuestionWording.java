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
 * Which evidence terms of an Arabic question are its own wording rather than what it asks about:
 * a verb form the articles never use (the dialect's بيلقبوا، a paraphrasing سمت or رجعت، a
 * present tense such as ينتمي). Missing from the corpus, such a word says the question is phrased
 * otherwise, not that the articles lack its subject, as an unknown name or figure does. Names
 * ({@link QuestionNames}) and numbers are never wording, and neither is any word of an English
 * question: its unknown words are mostly common nouns the translation found nowhere ("population",
 * "soldiers"), which are what a question over the wrong articles asks about (measured: counting
 * them as wording declined fewer English questions over another corpus).
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
        if (english) {
            return wording;
        }
        Set<String> stems = wordingStems(question, analyzers);
        for (int t = 0; t < wording.length; t++) {
            EvidenceTerm term = evidence.get(t);
            wording[t] = !names[t] && !AbsentEvidence.isNumber(term) && term.forms().stream().anyMatch(stems::contains);
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
