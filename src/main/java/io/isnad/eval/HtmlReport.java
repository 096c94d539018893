package io.isnad.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The report as one self-contained HTML page: inline CSS and SVG, no script, nothing fetched from
 * the network, so it can be mailed or archived as a single file. Every piece of text from the
 * question set or the articles is escaped, and Arabic text gets {@code dir="auto"} so it reads
 * right to left.
 */
public final class HtmlReport {

    private static final String[] GROUP_COLOURS = {"#4c6a92", "#c0703b", "#4f9a6b", "#8a5aa8"};
    private static final int RETRIEVED_SHOWN = 5;
    private static final int HISTOGRAM_BINS = 24;

    private static final String STYLE = """
            body{font-family:system-ui,"Segoe UI","Noto Sans","Noto Naskh Arabic","Geeza Pro",Arial,sans-serif;
              margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1d232b;line-height:1.45}
            h1{margin-bottom:.2rem}h2{margin-top:2.2rem;border-bottom:1px solid #d8dde3;padding-bottom:.2rem}
            .meta{color:#555;margin:.2rem 0}
            table{border-collapse:collapse;width:100%;font-size:.92rem}
            th,td{border-bottom:1px solid #e3e6ea;padding:.3rem .5rem;text-align:start;vertical-align:top;
              overflow-wrap:anywhere}
            table.missed{table-layout:fixed}
            td.num,th.num{text-align:end;font-variant-numeric:tabular-nums}
            .charts{display:flex;flex-wrap:wrap;gap:1rem}
            figure{margin:0;padding:.5rem;border:1px solid #e3e6ea;border-radius:6px}
            figcaption{font-weight:600;font-size:.9rem}
            svg text{font-size:11px;fill:#1d232b}
            .ok{color:#2d7a46;font-weight:600}.why{color:#a23c2a}
            .files{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.82rem}
            .history{color:#666;font-size:.85rem}
            """;

    private HtmlReport() {
    }

    public static String render(EvalReport report) {
        StringBuilder out = new StringBuilder(64 * 1024);
        EvalReport.Settings s = report.settings();
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Isnad evaluation: ").append(esc(s.questions())).append("</title>\n")
                .append("<style>").append(STYLE).append("</style>\n</head>\n<body>\n")
                .append("<h1>Isnad evaluation</h1>\n");
        meta(out, "Question set", s.questions());
        meta(out, "Corpus", s.corpus());
        meta(out, "Settings", "k=" + s.k() + ", split " + s.split() + ", ranking " + s.ranking()
                + (s.crossCorpus() ? ", cross-corpus (every question scored as unanswerable)" : "")
                + ", started " + s.startedAt());
        EvalReport.Cost c = report.cost();
        meta(out, "Cost", String.format(Locale.ROOT,
                "index of %d files, %d passages built in %d ms (%.1f passages/s); "
                        + "%d questions in %d ms, CPU %d ms (%.1f/s)",
                c.indexedFiles(), c.indexedPassages(), c.indexBuildMs(), c.passagesPerSecond(),
                report.questions().size(), c.questionsMs(), c.questionsCpuMs(), c.questionsPerSecond()));
        for (String warning : report.warnings()) {
            out.append("<p class=\"why\">Warning: ").append(esc(warning)).append("</p>\n");
        }
        List<String> groups = new ArrayList<>(report.metrics().keySet());
        summary(out, report, groups);
        types(out, "Per split part", "the fixed tuning and check parts of the set (DevSplit), each with its languages",
                report.splitColumns());
        types(out, "Per question type", "as the service classified each question (Answer.questionType)",
                report.byType());
        types(out, "Per gold type", "the question set's own type of each question", report.byGoldType());
        charts(out, report, groups);
        histogram(out, report);
        missed(out, report);
        config(out, s.config());
        out.append("</body>\n</html>\n");
        return out.toString();
    }

    private static void meta(StringBuilder out, String label, String value) {
        out.append("<p class=\"meta\"><strong>").append(esc(label)).append(":</strong> <span dir=\"auto\">")
                .append(esc(value)).append("</span></p>\n");
    }

    private static void summary(StringBuilder out, EvalReport report, List<String> groups) {
        out.append("<h2>Figures</h2>\n<table>\n<thead><tr><th>metric</th>");
        groups.forEach(g -> out.append("<th class=\"num\">").append(esc(g)).append("</th>"));
        out.append("<th>meaning</th></tr></thead>\n<tbody>\n<tr><td>questions</td>");
        groups.forEach(g -> out.append("<td class=\"num\">").append(report.counts().get(g).questions())
                .append("</td>"));
        out.append("<td>answerable + unanswerable</td></tr>\n");
        for (Metric metric : Metric.values()) {
            out.append("<tr><td>").append(esc(metric.label())).append("</td>");
            groups.forEach(g -> out.append("<td class=\"num\">")
                    .append(esc(ReportTable.format(metric, report.metrics().get(g)))).append("</td>"));
            out.append("<td>").append(esc(metric.meaning())).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    /** A table of the answer figures, a column per type; nothing when no question has a type. */
    private static void types(StringBuilder out, String title, String meaning,
            Map<String, EvalReport.TypeFigures> byType) {
        if (byType.isEmpty()) {
            return;
        }
        out.append("<h2>").append(esc(title)).append("</h2>\n<p class=\"meta\">").append(esc(meaning))
                .append("</p>\n<table class=\"types\">\n<thead><tr><th>metric</th>");
        byType.keySet().forEach(t -> out.append("<th class=\"num\">").append(esc(t)).append("</th>"));
        out.append("</tr></thead>\n<tbody>\n<tr><td>questions</td>");
        byType.values().forEach(f -> out.append("<td class=\"num\">").append(f.counts().questions()).append("</td>"));
        out.append("</tr>\n");
        for (Metric metric : ReportTable.TYPE_METRICS) {
            out.append("<tr><td>").append(esc(metric.label())).append("</td>");
            byType.values().forEach(f -> out.append("<td class=\"num\">")
                    .append(esc(ReportTable.format(metric, f.metrics()))).append("</td>"));
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    /** One small horizontal bar chart per metric, a bar per group. */
    private static void charts(StringBuilder out, EvalReport report, List<String> groups) {
        out.append("<h2>Per language</h2>\n<div class=\"charts\">\n");
        int rowHeight = 22;
        int barWidth = 170;
        int labelWidth = 34;
        for (Metric metric : Metric.values()) {
            double scale = metric.isRate() ? 1 : groups.stream().map(g -> report.metrics().get(g).get(metric.label()))
                    .filter(v -> v != null).mapToDouble(Double::doubleValue).max().orElse(1);
            int height = groups.size() * rowHeight + 6;
            out.append("<figure><figcaption>").append(esc(metric.label())).append("</figcaption>\n")
                    .append(String.format(Locale.ROOT, "<svg width=\"250\" height=\"%d\" viewBox=\"0 0 250 %d\" "
                            + "role=\"img\" aria-label=\"%s per language\">%n", height, height, esc(metric.label())));
            for (int i = 0; i < groups.size(); i++) {
                Double value = report.metrics().get(groups.get(i)).get(metric.label());
                int y = i * rowHeight + 4;
                int width = value == null || scale <= 0 ? 0 : (int) Math.round(barWidth * value / scale);
                out.append(String.format(Locale.ROOT, "<text x=\"0\" y=\"%d\">%s</text>", y + 13, esc(groups.get(i))))
                        .append(String.format(Locale.ROOT,
                                "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"16\" fill=\"%s\"/>", labelWidth, y,
                                width, GROUP_COLOURS[i % GROUP_COLOURS.length]))
                        .append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s</text>%n",
                                labelWidth + width + 4, y + 13,
                                esc(ReportTable.format(metric, report.metrics().get(groups.get(i))))));
            }
            out.append("</svg></figure>\n");
        }
        out.append("</div>\n");
    }

    /**
     * Bins span 0 to the 99th percentile, with slower questions in the last bin: otherwise one slow
     * first (cold) question would squash every other into the first bar.
     */
    private static void histogram(StringBuilder out, EvalReport report) {
        double[] latencies = report.questions().stream().mapToDouble(QuestionResult::latencyMs).sorted().toArray();
        Double p99 = Scorecard.percentile(latencies, 99);
        double upper = p99 == null ? 0 : p99;
        int[] bins = new int[HISTOGRAM_BINS];
        for (double latency : latencies) {
            int bin = upper <= 0 ? 0 : (int) Math.min(HISTOGRAM_BINS - 1, Math.floor(latency / upper * HISTOGRAM_BINS));
            bins[bin]++;
        }
        int tallest = Arrays.stream(bins).max().orElse(0);
        int width = 600;
        int plotHeight = 160;
        int barWidth = width / HISTOGRAM_BINS;
        Map<String, Double> all = report.metrics().get(EvalReport.ALL);
        out.append("<h2>Latency per question</h2>\n<p class=\"meta\">")
                .append(esc("p50 " + ReportTable.format(Metric.LATENCY_P50, all) + " ms, p95 "
                        + ReportTable.format(Metric.LATENCY_P95, all) + " ms, max "
                        + ReportTable.format(Metric.LATENCY_MAX, all) + " ms; bars count questions, "
                        + "the last bar holds everything slower than the 99th percentile"))
                .append("</p>\n")
                .append(String.format(Locale.ROOT, "<svg width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
                        + "role=\"img\" aria-label=\"latency histogram\">%n", width + 40, plotHeight + 40, width + 40,
                        plotHeight + 40));
        for (int i = 0; i < HISTOGRAM_BINS; i++) {
            int h = tallest == 0 ? 0 : (int) Math.round((double) plotHeight * bins[i] / tallest);
            out.append(String.format(Locale.ROOT,
                    "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"><title>%d questions, %.1f-%.1f ms"
                            + "</title></rect>%n",
                    20 + i * barWidth, 10 + plotHeight - h, barWidth - 2, h, GROUP_COLOURS[0], bins[i],
                    upper * i / HISTOGRAM_BINS, upper * (i + 1) / HISTOGRAM_BINS));
        }
        out.append(String.format(Locale.ROOT, "<line x1=\"20\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#555\"/>%n",
                10 + plotHeight, 20 + width, 10 + plotHeight))
                .append(String.format(Locale.ROOT, "<text x=\"20\" y=\"%d\">0 ms</text>", plotHeight + 28))
                .append(String.format(Locale.ROOT,
                        "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%.1f ms and slower</text>",
                        20 + width, plotHeight + 28, upper * (HISTOGRAM_BINS - 1) / HISTOGRAM_BINS))
                .append(String.format(Locale.ROOT, "<text x=\"20\" y=\"8\">%d</text>%n</svg>%n", tallest));
    }

    private static void missed(StringBuilder out, EvalReport report) {
        List<QuestionResult> missed = report.questions().stream().filter(QuestionResult::missed).toList();
        out.append("<h2>Missed questions (").append(missed.size()).append(" of ").append(report.questions().size())
                .append(")</h2>\n<p class=\"meta\">An answerable question is listed when its answer lacks the gold ")
                .append("answer or its expected file was not ranked first; an unanswerable one when it was answered.")
                .append("</p>\n<table class=\"missed\">\n<colgroup><col style=\"width:11%\"><col style=\"width:22%\">")
                .append("<col style=\"width:11%\"><col style=\"width:15%\"><col style=\"width:17%\"><col></colgroup>\n")
                .append("<thead><tr><th>id</th><th>question</th><th>why</th>")
                .append("<th>expected</th><th>retrieved instead</th><th>answer</th></tr></thead>\n<tbody>\n");
        for (QuestionResult r : missed) {
            out.append("<tr><td class=\"files\">").append(esc(r.id())).append("<br>").append(esc(r.lang()))
                    .append("</td><td dir=\"auto\">").append(esc(r.question()));
            for (String earlier : r.history()) {
                out.append("<div class=\"history\" dir=\"auto\">after: ").append(esc(earlier)).append("</div>");
            }
            out.append("</td><td class=\"why\">").append(esc(why(r))).append("</td><td class=\"files\">")
                    .append(esc(String.join(", ", r.expectedFiles()))).append("</td><td class=\"files\">");
            List<String> shown = r.retrievedFiles().subList(0, Math.min(RETRIEVED_SHOWN, r.retrievedFiles().size()));
            for (int i = 0; i < shown.size(); i++) {
                String file = shown.get(i);
                boolean expected = r.expectedFiles().contains(file);
                out.append(i + 1).append(". ").append(expected ? "<span class=\"ok\">" : "<span>").append(esc(file))
                        .append("</span><br>");
            }
            out.append("</td><td dir=\"auto\">");
            if (r.shortAnswer() != null) {
                out.append("<strong dir=\"auto\">").append(esc(r.shortAnswer())).append("</strong><br>");
            }
            out.append(esc(r.answer())).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
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

    private static void config(StringBuilder out, Map<String, String> config) {
        out.append("<h2>Configuration</h2>\n<table>\n<tbody>\n");
        config.forEach((key, value) -> out.append("<tr><td class=\"files\">").append(esc(key))
                .append("</td><td class=\"files\">").append(esc(value)).append("</td></tr>\n"));
        out.append("</tbody>\n</table>\n");
    }

    /** Escapes text for HTML element content and attribute values. */
    static String esc(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
