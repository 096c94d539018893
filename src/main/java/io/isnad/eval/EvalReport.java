package io.isnad.eval;

import java.util.LinkedHashMap;
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
 * @param byType counts and figures per question type as the service classified the question
 *        ({@code Answer.questionType}), types in {@link QuestionSetParser#TYPES} order
 * @param byGoldType the same per gold type (the set's {@code type} field); empty when the set gives none
 * @param bySplit {@code counts} and {@code metrics} of each part of {@link DevSplit} asked
 *        ({@code tune}, {@code check}), so one run over the whole set reports both parts
 */
public record EvalReport(String schema, Settings settings, Map<String, Counts> counts,
        Map<String, Map<String, Double>> metrics, Cost cost, List<String> warnings, List<QuestionResult> questions,
        Map<String, TypeFigures> byType, Map<String, TypeFigures> byGoldType, Map<String, SplitFigures> bySplit) {

    /** Prefix of a gold-type group in thresholds, e.g. {@code gold-date.short_answer_em}. */
    public static final String GOLD_PREFIX = "gold-";

    public static final String SCHEMA = "isnad-eval/1";
    /** The group of every question, beside the per-language groups. */
    public static final String ALL = "all";

    /**
     * A figure, empty when the group does not exist or nothing measured it. The group is
     * {@link #ALL}, a language, a question type, or {@link #GOLD_PREFIX} and a gold type.
     */
    public Optional<Double> value(String group, Metric metric) {
        Map<String, Double> figures = metrics.get(group);
        if (figures == null && group.startsWith(GOLD_PREFIX)) {
            figures = Optional.ofNullable(byGoldType.get(group.substring(GOLD_PREFIX.length())))
                    .map(TypeFigures::metrics).orElse(null);
        } else if (figures == null) {
            figures = Optional.ofNullable(byType.get(group)).map(TypeFigures::metrics).orElse(null);
        }
        return Optional.ofNullable(figures).map(m -> m.get(metric.label()));
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
     * @param split the part of the set asked: {@code tune}, {@code check} or {@code all}
     * @param crossCorpus every question was scored as unanswerable (questions of another corpus)
     */
    public record Settings(String corpus, String questions, int k, String ranking, Map<String, String> config,
            String startedAt, String split, boolean crossCorpus) {
    }

    /** Questions in a group. */
    public record Counts(int questions, int answerable, int unanswerable) {

        static Counts of(List<QuestionResult> members) {
            int answerable = (int) members.stream().filter(QuestionResult::answerable).count();
            return new Counts(members.size(), answerable, members.size() - answerable);
        }
    }

    /**
     * Each part's groups as columns ({@code tune.all}, {@code tune.ar}, ..., {@code check.en}), for
     * tables; empty unless the run asked both parts.
     */
    public Map<String, TypeFigures> splitColumns() {
        Map<String, TypeFigures> columns = new LinkedHashMap<>();
        if (bySplit.size() > 1) {
            bySplit.forEach((part, f) -> f.metrics().forEach((group, values) ->
                    columns.put(part + "." + group, new TypeFigures(f.counts().get(group), values))));
        }
        return columns;
    }

    /** One part of the split: counts and figures per group ({@code all} and each language), like the report's. */
    public record SplitFigures(Map<String, Counts> counts, Map<String, Map<String, Double>> metrics) {
    }

    /** The questions of one type and their figures by {@link Metric} label. */
    public record TypeFigures(Counts counts, Map<String, Double> metrics) {
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
