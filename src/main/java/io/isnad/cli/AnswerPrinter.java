package io.isnad.cli;

import java.io.PrintWriter;

import io.isnad.answer.Answer;
import io.isnad.answer.AnswerSentences;
import io.isnad.answer.Citation;

/**
 * An answer as text for a terminal: one sentence per line (a terminal does not lay out mixed
 * Arabic and English paragraphs well, but lines stay readable), then the numbered sources.
 */
final class AnswerPrinter {

    private AnswerPrinter() {
    }

    static void print(Answer answer, PrintWriter out) {
        if (answer.rewrittenQuestion() != null) {
            out.printf("(searched as: %s)%n", answer.rewrittenQuestion());
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
