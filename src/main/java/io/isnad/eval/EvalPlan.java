package io.isnad.eval;

import java.nio.file.Path;

/**
 * What to evaluate.
 *
 * @param corpus articles folder, ingested into a temporary index for the run
 * @param k passages asked for per question (1 to {@link EvalRunner#MAX_K}); retrieval figures
 *        are computed over the distinct files of these passages
 * @param ranking {@link RankingMode#AS_RETRIEVED} except when testing the gate itself
 * @param split the part of the set to ask ({@link DevSplit}); the part is decided on the whole set
 * @param crossCorpus the questions were written for another corpus: every one is scored as
 *        unanswerable, so the run measures how often the service declines them
 */
public record EvalPlan(Path corpus, QuestionSet questions, int k, RankingMode ranking, DevSplit.Part split,
        boolean crossCorpus) {

    /** The whole set, scored as written. */
    public EvalPlan(Path corpus, QuestionSet questions, int k, RankingMode ranking) {
        this(corpus, questions, k, ranking, DevSplit.Part.ALL, false);
    }
}
