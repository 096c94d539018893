package io.isnad.eval;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One condition of the regression gate, e.g. {@code recall@1=0.9}, {@code ar.mrr@10=0.95} or
 * {@code number.short_answer_em=0.6}: the figure must be at least ({@link Bound#MIN}) or at most
 * ({@link Bound#MAX}) the value.
 *
 * @param group {@link EvalReport#ALL}, a language, a question type (as the service classified the
 *        question) or {@link EvalReport#GOLD_PREFIX} and a gold type
 */
public record Threshold(String group, Metric metric, Bound bound, double value) {

    public enum Bound {
        MIN, MAX
    }

    /** Parses {@code [lang.]metric=value}; the message of a failure names what is wrong. */
    public static Threshold parse(String spec, Bound bound) throws EvalInputException {
        int eq = spec.indexOf('=');
        if (eq < 0) {
            throw new EvalInputException("threshold '" + spec + "' must look like METRIC=VALUE, e.g. recall@1=0.9");
        }
        String name = spec.substring(0, eq).strip();
        String group = EvalReport.ALL;
        String label = name;
        int dot = name.indexOf('.');
        if (dot >= 0) {
            group = name.substring(0, dot);
            label = name.substring(dot + 1);
            if (!knownGroup(group)) {
                throw new EvalInputException("unknown group '" + group + "' in threshold '" + spec
                        + "' (use ar. or en., a question type such as date., gold- and a type such as "
                        + "gold-date., or no prefix for all questions)");
            }
        }
        String metricLabel = label;
        Metric metric = Metric.byLabel(label).orElseThrow(() -> new EvalInputException("unknown metric '"
                + metricLabel + "' in threshold '" + spec + "'; known metrics: " + known()));
        String number = spec.substring(eq + 1).strip();
        try {
            double value = Double.parseDouble(number);
            if (!Double.isFinite(value)) {
                throw new NumberFormatException();
            }
            return new Threshold(group, metric, bound, value);
        } catch (NumberFormatException e) {
            throw new EvalInputException("threshold '" + spec + "': '" + number + "' is not a number");
        }
    }

    private static boolean knownGroup(String group) {
        String type = group.startsWith(EvalReport.GOLD_PREFIX) ? group.substring(EvalReport.GOLD_PREFIX.length())
                : group;
        return QuestionSetParser.LANGUAGES.contains(group) || QuestionSetParser.TYPES.contains(type);
    }

    /** Refuses a per-language threshold for a language the set does not ask in: it could never be met. */
    public void requireMeasurable(QuestionSet set) throws EvalInputException {
        if (QuestionSetParser.LANGUAGES.contains(group) && !set.languages().contains(group)) {
            throw new EvalInputException("threshold " + name() + ": " + set.source() + " has no '" + group
                    + "' questions");
        }
    }

    /** {@code [lang.]metric}. */
    public String name() {
        return EvalReport.ALL.equals(group) ? metric.label() : group + "." + metric.label();
    }

    /** Empty when the report meets this threshold, else a sentence naming the miss. */
    public Optional<String> missedBy(EvalReport report) {
        Optional<Double> actual = report.value(group, metric);
        String limit = bound.name().toLowerCase(Locale.ROOT) + " " + format(value);
        if (actual.isEmpty()) {
            return Optional.of(name() + " not measured (no questions it applies to), " + limit);
        }
        boolean met = bound == Bound.MIN ? actual.get() >= value : actual.get() <= value;
        return met ? Optional.empty()
                : Optional.of(name() + " = " + format(actual.get()) + ", " + limit);
    }

    private static String format(double v) {
        return String.format(Locale.ROOT, "%.4f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    private static String known() {
        return Arrays.stream(Metric.values()).map(Metric::label).collect(Collectors.joining(", "));
    }
}
