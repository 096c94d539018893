package io.isnad.answer.abstain;

import java.util.List;

import io.isnad.ingest.arabic.ArabicTextNormalizer;

/**
 * A question's text and its Arabic words, folded ({@link ArabicTextNormalizer#arabicWords}): split once per question ({@link SentenceJudge}) and handed to each of its
 * readings and checks, where the names, the wording, the function words, the whole names and each
 * unwritten-word check split the text again before (docs/performance.md, "perf40").
 *
 * @param text the question as searched
 * @param arabic its Arabic words, folded, in order, repeats kept
 */
public record QuestionWords(String text, List<String> arabic) {

    /** The words of {@code text}. */
    public static QuestionWords of(String text) {
        return new QuestionWords(text, ArabicTextNormalizer.arabicWords(text));
    }
}
