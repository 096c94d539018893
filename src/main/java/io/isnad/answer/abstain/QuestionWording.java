package io.isnad.answer.abstain;

import java.util.List;
import java.util.Set;

import io.isnad.index.IndexAnalyzers;
import io.isnad.index.IndexField;
import io.isnad.ingest.arabic.ArabicDialectWords;
import io.isnad.ingest.arabic.ArabicPersonTitles;
import io.isnad.ingest.arabic.ArabicProclitics;
import io.isnad.ingest.arabic.ArabicQuestionWords;
import io.isnad.ingest.arabic.ArabicRootSkeleton;
import io.isnad.ingest.arabic.ArabicStopWords;
import io.isnad.retrieve.EvidenceTerm;

/**
 * Which evidence terms of an Arabic question are its own wording rather than what it asks about:
 * a verb form the articles never use (the dialect's بيلقبوا، a paraphrasing سمت or رجعت، a
 * present tense such as ينتمي), a function word with a glued و ف ب ل ك, a dialect word for a
 * Standard one ({@link ArabicDialectWords}: طيارات، انجرح، مبارح), a function word with a glued
 * pronoun (لديها), a word that names the kind of answer asked for ({@link
 * ArabicQuestionWords#namesTheAnswerKind}: the سنة of "سنة كام؟", the موجودة of "وين موجودة…؟"), and
 * so a word asking a person's post ({@link ArabicPersonTitles#asksPost}: the منصبه of "وش كان منصبه؟"),
 * which the answer replaces by the post it names (العضو السابق في لجنة الأمن القومي), never writes.
 * Missing from the corpus,
 * such a word says the question is phrased otherwise, not that the articles lack its subject, as
 * an unknown name or figure does. Names
 * ({@link QuestionNames}) and numbers are never wording, and neither is any word of an English
 * question: its unknown words are mostly common nouns the translation found nowhere ("population",
 * "soldiers"), which are what a question over the wrong articles asks about (measured: counting
 * them as wording declined fewer English questions over another corpus).
 */
public final class QuestionWording {

    private QuestionWording() {
    }

    /**
     * Per term of {@code evidence}, whether it is wording of {@code question}.
     *
     * @param names per term, whether it is a proper name of the question ({@link QuestionNames#of})
     * @param functionWordStems the stems of its function words with a glued pronoun ({@link FunctionWordStems#stems}),
     *        read once for both readings
     */
    public static boolean[] of(QuestionWords question, List<EvidenceTerm> evidence, IndexAnalyzers analyzers,
            boolean english, boolean[] names, Set<String> functionWordStems) {
        boolean[] wording = new boolean[evidence.size()];
        if (english) {
            return wording;
        }
        Set<String> stems = QuestionNames.arabicStems(question, analyzers, word -> ArabicRootSkeleton.looksConjugated(word)
                || ArabicProclitics.withoutProclitic(word).filter(ArabicStopWords::contains).isPresent()
                || ArabicQuestionWords.namesTheAnswerKind(word) || ArabicPersonTitles.asksPost(word)
                || ArabicDialectWords.standardOf(word).isPresent());
        stems.addAll(functionWordStems);
        // The question is searched with a dialect word's Standard word (QueryBuilder), so the term the
        // evidence holds is the Standard word's: it is the question's wording just as the dialect word is.
        question.arabic().stream().flatMap(word -> ArabicDialectWords.standardOf(word).stream())
                .forEach(standard -> stems.addAll(analyzers.tokens(IndexField.ARABIC, standard)));
        for (int t = 0; t < wording.length; t++) {
            EvidenceTerm term = evidence.get(t);
            wording[t] = !names[t] && !term.figure() && term.forms().stream().anyMatch(stems::contains);
        }
        return wording;
    }
}
