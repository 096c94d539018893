package io.isnad.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.quarkus.qute.Engine;
import io.quarkus.qute.HtmlEscaper;
import io.quarkus.qute.ReflectionValueResolver;
import io.quarkus.qute.Template;
import io.quarkus.qute.Variant;

/**
 * The report as one self-contained HTML page ({@code report.html}, a Qute template beside this
 * class): inline CSS and SVG, no script, nothing fetched from the network, so it can be mailed or
 * archived as a single file. The template escapes every value it prints, so no text from the
 * question set or the articles can become markup, and Arabic text gets {@code dir="auto"} so it
 * reads right to left. This class computes what the page shows: figures, bar lengths, bins.
 * <p>
 * The engine is built here rather than injected: {@code isnad eval} and the tests render reports
 * without the service's container.
 */
public final class HtmlReport {

    private static final String[] GROUP_COLOURS = {"#4c6a92", "#c0703b", "#4f9a6b", "#8a5aa8"};
    private static final int RETRIEVED_SHOWN = 5;
    private static final int HISTOGRAM_BINS = 24;
    private static final int CHART_ROW_HEIGHT = 22;
    private static final int CHART_BAR_WIDTH = 170;
    private static final int CHART_LABEL_WIDTH = 34;
    private static final int HISTOGRAM_WIDTH = 600;
    private static final int HISTOGRAM_HEIGHT = 160;

    private static final Template TEMPLATE = Engine.builder()
            .addDefaults()
            .addValueResolver(new ReflectionValueResolver())
            .addResultMapper(new HtmlEscaper(List.of(Variant.TEXT_HTML)))
            .build()
            .parse(source(), Variant.forContentType(Variant.TEXT_HTML));

    /** A labelled line under the title. */
    public record Line(String label, String value) {
    }

    /** A table row: a label, a cell per column, and (in the figures table) what the row means. */
    public record Row(String label, List<String> values, String meaning) {
    }

    /** The answer figures with a column per type. */
    public record TypeTable(String title, String meaning, List<String> types, List<Row> rows) {
    }

    /** One metric's bar chart, a bar per language group. */
    public record Chart(String label, int height, List<Bar> bars) {
    }

    public record Bar(String group, int x, int y, int textY, int width, int valueX, String colour, String value) {
    }

    /** The latency histogram, with its axis and labels. */
    public record Latency(String summary, int svgWidth, int svgHeight, List<Bin> bins, int axisY, int axisEnd,
            int labelY, String lastBinFrom, int tallest) {
    }

    public record Bin(int x, int y, int width, int height, String colour, int count, String from, String to) {
    }

    /** A missed question, with what was retrieved instead of its expected files. */
    public record Missed(String id, String lang, String question, List<String> history, String why, String expected,
            List<Retrieved> retrieved, String shortAnswer, String answer) {
    }

    public record Retrieved(int rank, String name, boolean expected) {
    }

    public record Setting(String key, String value) {
    }

    private HtmlReport() {
    }

    public static String render(EvalReport report) {
        EvalReport.Settings s = report.settings();
        EvalReport.Cost c = report.cost();
        List<String> groups = new ArrayList<>(report.metrics().keySet());
        List<Line> meta = List.of(new Line("Question set", s.questions()), new Line("Corpus", s.corpus()),
                new Line("Settings", "k=" + s.k() + ", split " + s.split() + ", ranking " + s.ranking()
                        + (s.crossCorpus() ? ", cross-corpus (every question scored as unanswerable)" : "")
                        + ", started " + s.startedAt()),
                new Line("Cost", String.format(Locale.ROOT,
                        "index of %d files, %d passages built in %d ms (%.1f passages/s); "
                                + "%d questions in %d ms, CPU %d ms (%.1f/s)",
                        c.indexedFiles(), c.indexedPassages(), c.indexBuildMs(), c.passagesPerSecond(),
                        report.questions().size(), c.questionsMs(), c.questionsCpuMs(), c.questionsPerSecond())));
        List<TypeTable> typeTables = new ArrayList<>();
        addTypes(typeTables, "Per split part", "the fixed tuning and check parts of the set (DevSplit), each with "
                + "its languages", report.splitColumns());
        addTypes(typeTables, "Per question type", "as the service classified each question (Answer.questionType)",
                report.byType());
        addTypes(typeTables, "Per gold type", "the question set's own type of each question", report.byGoldType());
        return TEMPLATE.data("questionSet", s.questions())
                .data("meta", meta)
                .data("warnings", report.warnings())
                .data("groups", groups)
                .data("figures", figures(report, groups))
                .data("typeTables", typeTables)
                .data("charts", charts(report, groups))
                .data("latency", latency(report))
                .data("missed", missed(report))
                .data("total", report.questions().size())
                .data("config", s.config().entrySet().stream().map(e -> new Setting(e.getKey(), e.getValue())).toList())
                .render();
    }

    private static List<Row> figures(EvalReport report, List<String> groups) {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("questions", groups.stream().map(g -> String.valueOf(report.counts().get(g).questions()))
                .toList(), "answerable + unanswerable"));
        for (Metric metric : Metric.values()) {
            rows.add(new Row(metric.label(), groups.stream()
                    .map(g -> ReportTable.format(metric, report.metrics().get(g))).toList(), metric.meaning()));
        }
        return rows;
    }

    /** A table of the answer figures, a column per type; none when no question has a type. */
    private static void addTypes(List<TypeTable> tables, String title, String meaning,
            Map<String, EvalReport.TypeFigures> byType) {
        if (byType.isEmpty()) {
            return;
        }
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("questions", byType.values().stream().map(f -> String.valueOf(f.counts().questions()))
                .toList(), null));
        for (Metric metric : ReportTable.TYPE_METRICS) {
            rows.add(new Row(metric.label(), byType.values().stream()
                    .map(f -> ReportTable.format(metric, f.metrics())).toList(), null));
        }
        tables.add(new TypeTable(title, meaning, List.copyOf(byType.keySet()), rows));
    }

    /** One small horizontal bar chart per metric, a bar per group, scaled to the largest (rates to 1). */
    private static List<Chart> charts(EvalReport report, List<String> groups) {
        List<Chart> charts = new ArrayList<>();
        for (Metric metric : Metric.values()) {
            double scale = metric.isRate() ? 1 : groups.stream().map(g -> report.metrics().get(g).get(metric.label()))
                    .filter(v -> v != null).mapToDouble(Double::doubleValue).max().orElse(1);
            List<Bar> bars = new ArrayList<>();
            for (int i = 0; i < groups.size(); i++) {
                Double value = report.metrics().get(groups.get(i)).get(metric.label());
                int y = i * CHART_ROW_HEIGHT + 4;
                int width = value == null || scale <= 0 ? 0 : (int) Math.round(CHART_BAR_WIDTH * value / scale);
                bars.add(new Bar(groups.get(i), CHART_LABEL_WIDTH, y, y + 13, width, CHART_LABEL_WIDTH + width + 4,
                        GROUP_COLOURS[i % GROUP_COLOURS.length],
                        ReportTable.format(metric, report.metrics().get(groups.get(i)))));
            }
            charts.add(new Chart(metric.label(), groups.size() * CHART_ROW_HEIGHT + 6, bars));
        }
        return charts;
    }

    /**
     * Bins span 0 to the 99th percentile, with slower questions in the last bin: otherwise one slow
     * first (cold) question would squash every other into the first bar.
     */
    private static Latency latency(EvalReport report) {
        double[] latencies = report.questions().stream().mapToDouble(QuestionResult::latencyMs).sorted().toArray();
        Double p99 = Scorecard.percentile(latencies, 99);
        double upper = p99 == null ? 0 : p99;
        int[] counts = new int[HISTOGRAM_BINS];
        for (double latency : latencies) {
            int bin = upper <= 0 ? 0 : (int) Math.min(HISTOGRAM_BINS - 1, Math.floor(latency / upper * HISTOGRAM_BINS));
            counts[bin]++;
        }
        int tallest = Arrays.stream(counts).max().orElse(0);
        int barWidth = HISTOGRAM_WIDTH / HISTOGRAM_BINS;
        List<Bin> bins = new ArrayList<>();
        for (int i = 0; i < HISTOGRAM_BINS; i++) {
            int h = tallest == 0 ? 0 : (int) Math.round((double) HISTOGRAM_HEIGHT * counts[i] / tallest);
            bins.add(new Bin(20 + i * barWidth, 10 + HISTOGRAM_HEIGHT - h, barWidth - 2, h, GROUP_COLOURS[0], counts[i],
                    oneDecimal(upper * i / HISTOGRAM_BINS), oneDecimal(upper * (i + 1) / HISTOGRAM_BINS)));
        }
        Map<String, Double> all = report.metrics().get(EvalReport.ALL);
        String summary = "p50 " + ReportTable.format(Metric.LATENCY_P50, all) + " ms, p95 "
                + ReportTable.format(Metric.LATENCY_P95, all) + " ms, max " + ReportTable.format(Metric.LATENCY_MAX, all)
                + " ms; bars count questions, the last bar holds everything slower than the 99th percentile";
        return new Latency(summary, HISTOGRAM_WIDTH + 40, HISTOGRAM_HEIGHT + 40, bins, 10 + HISTOGRAM_HEIGHT,
                20 + HISTOGRAM_WIDTH, HISTOGRAM_HEIGHT + 28, oneDecimal(upper * (HISTOGRAM_BINS - 1) / HISTOGRAM_BINS),
                tallest);
    }

    private static List<Missed> missed(EvalReport report) {
        return report.questions().stream().filter(QuestionResult::missed).map(r -> {
            List<String> shown = r.retrievedFiles().subList(0, Math.min(RETRIEVED_SHOWN, r.retrievedFiles().size()));
            List<Retrieved> retrieved = new ArrayList<>();
            for (int i = 0; i < shown.size(); i++) {
                retrieved.add(new Retrieved(i + 1, shown.get(i), r.expectedFiles().contains(shown.get(i))));
            }
            return new Missed(r.id(), r.lang(), r.question(), r.history(), why(r), String.join(", ", r.expectedFiles()),
                    retrieved, r.shortAnswer(), r.answer());
        }).toList();
    }

    /** Why a question is listed as missed, in a few words. */
    static String why(QuestionResult r) {
        if (!r.answerable()) {
            return "answered an unanswerable question";
        }
        List<String> reasons = new ArrayList<>();
        if (r.firstExpectedRank() == null) {
            reasons.add("no expected file retrieved");
        } else if (r.firstExpectedRank() > 1) {
            reasons.add("expected file at rank " + r.firstExpectedRank());
        }
        if (r.abstained()) {
            reasons.add("declined to answer");
        } else if (!r.hit()) {
            reasons.add("answer lacks the gold answer");
        }
        return String.join("; ", reasons);
    }

    private static String oneDecimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String source() {
        try (InputStream in = HtmlReport.class.getResourceAsStream("report.html")) {
            if (in == null) {
                throw new IllegalStateException("the report template io/isnad/eval/report.html is not packaged");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the report template", e);
        }
    }
}
