package io.isnad.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The report as a plain-text table for the terminal. */
public final class ReportTable {

    private static final int NAME_WIDTH = 20;
    private static final int COLUMN_WIDTH = 12;
    /** The figures worth reading per type or split part: mostly the answer's. */
    static final List<Metric> TYPE_METRICS = List.of(Metric.RECALL_1, Metric.MRR_10, Metric.ANSWER_HIT, Metric.ANSWER_HIT_FIRST,
            Metric.FOLLOWUP_ANSWER_HIT, Metric.SHORT_ANSWER_EM, Metric.SHORT_ANSWER_F1, Metric.ANSWER_CHARS,
            Metric.FALSE_ABSTAIN, Metric.ABSTAIN_ACCURACY);

    private ReportTable() {
    }

    public static String render(EvalReport report) {
        StringBuilder out = new StringBuilder();
        EvalReport.Settings s = report.settings();
        out.append(String.format(Locale.ROOT, "Isnad evaluation of %s over %s (k=%d, split %s%s%s)%n", s.questions(),
                s.corpus(), s.k(), s.split(), s.crossCorpus() ? ", cross-corpus: all unanswerable" : "",
                "as_retrieved".equals(s.ranking()) ? "" : ", ranking " + s.ranking()));
        List<String> groups = new ArrayList<>(report.metrics().keySet());
        row(out, "", groups);
        row(out, "questions", groups.stream().map(g -> Integer.toString(report.counts().get(g).questions())).toList());
        for (Metric metric : Metric.values()) {
            row(out, metric.label(), groups.stream().map(g -> format(metric, report.metrics().get(g))).toList());
        }
        types(out, "by split part", report.splitColumns());
        types(out, "by question type", report.byType());
        types(out, "by gold type", report.byGoldType());
        EvalReport.Cost c = report.cost();
        out.append(String.format(Locale.ROOT,
                "index: %d files (%d skipped), %d passages in %d ms, %.1f passages/s; "
                        + "questions: %d in %d ms (CPU %d ms), %.1f/s%n",
                c.indexedFiles(), c.skippedFiles(), c.indexedPassages(), c.indexBuildMs(), c.passagesPerSecond(),
                report.questions().size(), c.questionsMs(), c.questionsCpuMs(), c.questionsPerSecond()));
        report.warnings().forEach(w -> out.append("warning: ").append(w).append(System.lineSeparator()));
        return out.toString();
    }

    /** The answer figures per type (or split part), one column each; nothing when there is none. */
    private static void types(StringBuilder out, String title, Map<String, EvalReport.TypeFigures> byType) {
        if (byType.isEmpty()) {
            return;
        }
        List<String> types = new ArrayList<>(byType.keySet());
        row(out, title, types);
        row(out, "questions", types.stream().map(t -> Integer.toString(byType.get(t).counts().questions())).toList());
        for (Metric metric : TYPE_METRICS) {
            row(out, metric.label(), types.stream().map(t -> format(metric, byType.get(t).metrics())).toList());
        }
    }

    static String format(Metric metric, Map<String, Double> figures) {
        Double value = figures.get(metric.label());
        if (value == null) {
            return "-";
        }
        return String.format(Locale.ROOT, metric.isRate() ? "%.3f" : "%.1f", value);
    }

    private static void row(StringBuilder out, String name, List<String> cells) {
        out.append(String.format("%-" + NAME_WIDTH + "s", name));
        cells.forEach(cell -> out.append(String.format("%" + COLUMN_WIDTH + "s", cell)));
        out.append(System.lineSeparator());
    }
}
