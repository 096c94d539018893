package io.isnad.eval;

import java.nio.file.Path;

/**
 * What to evaluate.
 *
 * @param corpus articles folder, ingested into a temporary index for the run
 * @param k passages asked for per question (1 to {@link EvalRunner#MAX_K}); retrieval figures
 *        are computed over the distinct files of these passages
 * @param ranking {@link RankingMode#AS_RETRIEVED} except when testing the gate itself
 */
public record EvalPlan(Path corpus, QuestionSet questions, int k, RankingMode ranking) {
}
