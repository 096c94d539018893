package io.isnad.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class HtmlReportTest {

    private static final QuestionResult HOSTILE = new QuestionResult("x1", "ar",
            "<script>alert('q')</script> من زار دمشق؟", List.of("<img src=x onerror=alert(1)>"), true,
            List.of("a.txt"), 2, List.of("b<i>.txt", "a.txt"), List.of("b<i>.txt"),
            "زار \"عراقجي\" & <b>الأسد</b> [1]", false, false, false, 12.5, "person", null, "check", null, false, 0.0,
            0.0);
    private static final QuestionResult RIGHT = Results.answerable("en", List.of("a.txt"), List.of("a.txt"),
            List.of("a.txt"), "Ankara [1]", false, true, 3);

    @Test
    void everyTextIsEscaped() {
        String html = HtmlReport.render(Results.report(List.of(HOSTILE, RIGHT)));
        assertFalse(html.contains("<script"), "question text must not become markup");
        assertFalse(html.contains("<img"));
        assertFalse(html.contains("<b>"));
        assertFalse(html.contains("b<i>"));
        assertTrue(html.contains("&lt;script&gt;alert(&#39;q&#39;)&lt;/script&gt; من زار دمشق؟"));
        assertTrue(html.contains("زار &quot;عراقجي&quot; &amp; &lt;b&gt;الأسد&lt;/b&gt; [1]"));
    }

    @Test
    void isSelfContainedWithChartsAndRightToLeftText() {
        String html = HtmlReport.render(Results.report(List.of(HOSTILE, RIGHT)));
        assertFalse(html.contains("http://") || html.contains("https://"), "nothing may be fetched from the network");
        assertFalse(html.contains("<link") || html.contains("url(") || html.contains("@import"));
        assertTrue(html.contains("<style>"));
        assertEquals(Metric.values().length + 1, html.split("<svg").length - 1, "a chart per metric and a histogram");
        assertTrue(html.contains("<td dir=\"auto\">&lt;script&gt;"));
        assertTrue(html.contains("aria-label=\"latency histogram\""));
    }

    @Test
    void listsOnlyMissedQuestionsWithWhatWasRetrieved() {
        String html = HtmlReport.render(Results.report(List.of(HOSTILE, RIGHT)));
        assertTrue(html.contains("Missed questions (1 of 2)"));
        assertTrue(html.contains("expected file at rank 2; answer lacks the gold answer"));
        assertTrue(html.contains("1. <span>b&lt;i&gt;.txt</span><br>2. <span class=\"ok\">a.txt</span>"));
        assertFalse(html.contains("Ankara [1]"), "a question handled right is not listed");
    }

    @Test
    void showsAPerTypeTableOnlyWhenTypesDiffer() {
        QuestionResult date = Results.typed("ar", List.of("a.txt"), List.of("a.txt"), List.of("a.txt"), "في 2017 [1]",
                false, true, 4, "date", "date", 1, 1);
        QuestionResult person = Results.typed("ar", List.of("a.txt"), List.of("a.txt"), List.of("a.txt"), "قال [1]",
                false, false, 5, "person", "date", 0, 0.25);
        String html = HtmlReport.render(Results.report(List.of(date, person)));
        assertTrue(html.contains("<h2>Per question type</h2>"));
        String table = html.substring(html.indexOf("<h2>Per question type</h2>"), html.indexOf("<h2>Per gold type</h2>"));
        assertTrue(table.contains("<th class=\"num\">person</th><th class=\"num\">date</th>"), table);
        assertTrue(table.contains("<tr><td>short_answer_em</td><td class=\"num\">0.000</td>"
                + "<td class=\"num\">1.000</td></tr>"), "person (0) before date (1), in type order: " + table);
        assertTrue(table.contains("<tr><td>short_answer_f1</td><td class=\"num\">0.250</td>"), table);
        String gold = html.substring(html.indexOf("<h2>Per gold type</h2>"));
        assertTrue(gold.contains("<tr><td>questions</td><td class=\"num\">2</td></tr>"), "both are gold dates");
        assertFalse(HtmlReport.render(Results.report(List.of(RIGHT))).contains("Per gold type"),
                "no gold type, no table");
    }

    @Test
    void carriesTheSettingsFiguresLatencyAndConfiguration() {
        String html = HtmlReport.render(Results.report(List.of(HOSTILE, RIGHT)));
        assertTrue(html.contains("<title>Isnad evaluation: set.jsonl</title>"), html);
        assertTrue(html.contains("<strong>Corpus:</strong> <span dir=\"auto\">corpus</span>"));
        assertTrue(html.contains("k=10, split all, ranking as_retrieved, started now"));
        assertTrue(html.contains("index of 2 files, 10 passages built in 100 ms (100.0 passages/s); "
                + "2 questions in 50 ms, CPU 40 ms (80.0/s)"));
        assertTrue(html.contains("<tr><td>questions</td><td class=\"num\">2</td><td>answerable + unanswerable</td></tr>"));
        for (Metric metric : Metric.values()) {
            assertTrue(html.contains("<tr><td>" + metric.label() + "</td>"), metric.label() + " has no row");
            assertTrue(html.contains("<figcaption>" + metric.label() + "</figcaption>"), metric.label() + " has no chart");
        }
        // Two questions (2.5 and 12.5 ms): one in the first bin, one in the last, which the tallest bar counts.
        assertEquals(2, html.split("<title>1 questions, ").length - 1, html);
        assertTrue(html.contains("<text x=\"20\" y=\"8\">1</text>"));
        assertTrue(html.contains("<tr><td class=\"files\">isnad.x</td><td class=\"files\">1</td></tr>"));
    }

    @Test
    void whyNamesEachKindOfMiss() {
        assertEquals("answered an unanswerable question", HtmlReport.why(Results.unanswerable("en", List.of(), false, 1)));
        assertEquals("no expected file retrieved; declined to answer", HtmlReport.why(
                Results.answerable("en", List.of("a"), List.of("b"), List.of(), "no", true, false, 1)));
    }
}
