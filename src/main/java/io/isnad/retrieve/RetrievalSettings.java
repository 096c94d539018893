package io.isnad.retrieve;

/** Ranking parameters; see {@link RetrieveConfig} for what each means. */
public record RetrievalSettings(float arabicWeight, float gramsWeight, float englishWeight, float titleWeight,
        int candidates, int passagesPerArticle,
        float rescoreWeight, float translatedRescoreWeight, int rescoreDepth) {
}
