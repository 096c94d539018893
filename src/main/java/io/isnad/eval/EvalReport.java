package io.isnad.eval;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The report of one run; its JSON form is the stable schema documented in README.md ("Evaluation").
 *
 * @param schema {@value #SCHEMA}; bumped when a field changes meaning or disappears
 * @param counts question counts per group: {@code all} and each language
 * @param metrics figures per group ({@code all}, {@code ar}, {@code en}) by {@link Metric} label;
 *        null where no question measures them
 * @param warnings what the runner noticed but did not refuse, e.g. an expected file missing from
 *        the corpus
 * @param questions one row per question, in set order
 */
public record EvalReport(String schema, Settings settings, Map<String, Counts> counts,
        Map<String, Map<String, Double>> metrics, Cost cost, List<String> warnings, List<QuestionResult> questions) {

    public static final String SCHEMA = "isnad-eval/1";
    /** The group of every question, beside the per-language groups. */
    public static final String ALL = "all";

    /** A figure, empty when the group does not exist or nothing measured it. */
    public Optional<Double> value(String group, Metric metric) {
        return Optional.ofNullable(metrics.get(group)).map(m -> m.get(metric.label()));
    }

    /**
     * How the run was made.
     *
     * @param corpus the articles folder that was ingested into a temporary index
     * @param questions the question set's source
     * @param k passages asked for per question
     * @param ranking {@code as_retrieved}, or the deliberate degradation used to test the gate
     * @param config the settings that affect ranking and answers ({@code isnad.retrieve.*},
     *        {@code isnad.answer.*}, chunking), as resolved for this run
     * @param startedAt ISO-8601 instant
     */
    public record Settings(String corpus, String questions, int k, String ranking, Map<String, String> config,
            String startedAt) {
    }

    /** Questions in a group. */
    public record Counts(int questions, int answerable, int unanswerable) {
    }

    /**
     * What the run cost.
     *
     * @param indexBuildMs time to ingest the corpus into the temporary index
     * @param indexedPassages chunks indexed
     * @param passagesPerSecond indexing throughput
     * @param questionsMs wall time spent asking all questions
     * @param questionsCpuMs CPU time of the same; unlike wall time it does not grow when other
     *        programs share the machine
     */
    public record Cost(long indexBuildMs, int indexedFiles, int skippedFiles, int indexedPassages,
            double passagesPerSecond, long questionsMs, long questionsCpuMs, double questionsPerSecond) {
    }
}
