package io.isnad.answer;

import java.util.List;
import java.util.Optional;

import io.isnad.answer.followup.PreviousAnswer;
import io.isnad.answer.question.QuestionAnalysis;
import io.isnad.answer.question.QuestionAnalyzer;
import io.isnad.ingest.arabic.ArabicDialectWords;
import io.isnad.ingest.arabic.ArabicTextNormalizer;

/**
 * A question as the answerers see it.
 *
 * @param text the question searched (a follow-up already made standalone)
 * @param asked the question as the user asked it
 * @param analysis its type and focus words
 * @param searched the analysis of {@code text}: {@code analysis} itself unless a follow-up was made standalone
 * @param english whether it was asked in English, so a short answer is also rendered in English
 * @param previous in a follow-up, the sentence the previous answer led with
 */
public record AskedQuestion(String text, String asked, QuestionAnalysis analysis, QuestionAnalysis searched,
        boolean english, Optional<PreviousAnswer> previous) {

    /**
     * The question with the searched text analysed here, once per question: the sentence chooser, the
     * short-answer finder and the count checks read it, and analysed it each anew (docs/performance.md,
     * "debt42").
     */
    public AskedQuestion(String text, String asked, QuestionAnalysis analysis, boolean english,
            Optional<PreviousAnswer> previous) {
        this(text, asked, analysis, text.equals(asked) ? analysis : QuestionAnalyzer.analyze(text), english, previous);
    }

    /**
     * The question's words as Standard Arabic writes them, folded, for reading against word lists of news
     * prose: an English question's Arabic translations ({@code translatedFocus}), an Arabic question's words
     * with a dialect's word read as its Standard one ({@link ArabicDialectWords#inStandard}).
     */
    public List<String> wordsInStandard(List<String> translatedFocus) {
        return english ? translatedFocus.stream().map(ArabicTextNormalizer::normalize).toList()
                : analysis.words().stream().map(ArabicDialectWords::inStandard).toList();
    }
}
