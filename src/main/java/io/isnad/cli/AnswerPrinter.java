package io.isnad.cli;

import java.io.PrintWriter;

import io.isnad.answer.Answer;
import io.isnad.answer.AnswerSentences;
import io.isnad.answer.Citation;
import io.isnad.answer.ShortAnswer;

/**
 * An answer as text for a terminal: the short answer first, as every surface shows it, then one
 * sentence per line (a terminal does not lay out mixed Arabic and English paragraphs well, but
 * lines stay readable), then the numbered sources.
 */
final class AnswerPrinter {

    private AnswerPrinter() {
    }

    static void print(Answer answer, PrintWriter out) {
        if (answer.rewrittenQuestion() != null) {
            out.printf("(searched as: %s)%n", answer.rewrittenQuestion());
        }
        ShortAnswer brief = answer.shortAnswer();
        if (brief != null) {
            // An English rendering keeps the article's words beside it, as the web page does.
            out.println("Short answer: " + (brief.rendered() == null ? brief.text()
                    : brief.rendered() + " (" + brief.text() + ")"));
        }
        AnswerSentences.split(answer.answer()).forEach(out::println);
        if (!answer.citations().isEmpty()) {
            out.println();
            out.println("Sources:");
            for (Citation c : answer.citations()) {
                String appendix = "appendix".equals(c.section()) ? " (appended story)" : "";
                out.printf("  [%d] %s%s — %s%n", c.n(), c.file(), appendix, c.title());
                out.printf("      «%s» (chars %d-%d)%n", c.quote(), c.start(), c.end());
            }
        }
        String fallback = answer.fallback() ? ", model fallback: " + answer.fallbackReason() : "";
        String cached = answer.timings().cached() ? ", cached" : "";
        out.printf("%n(%s question, %s%s, %.1f ms%s)%n", answer.language(), answer.mode(), cached,
                answer.timings().totalMs(), fallback);
        out.flush();
    }
}
