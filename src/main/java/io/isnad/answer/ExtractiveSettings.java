package io.isnad.answer;

/** Plain values of the extractive answerer; see {@link AnswerConfig}. */
public record ExtractiveSettings(double minEvidence, int maxSentences, double relatedRatio) {
}
