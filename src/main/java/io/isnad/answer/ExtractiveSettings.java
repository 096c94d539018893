package io.isnad.answer;

/** Plain values of the extractive answerer; see {@link AnswerConfig}. */
public record ExtractiveSettings(double minEvidence, double maxMissingShare, int maxSentences, double relatedRatio,
        int rootlessMinRoots) {
}
