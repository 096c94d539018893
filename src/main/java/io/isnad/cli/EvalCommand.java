package io.isnad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.isnad.eval.DevSplit;
import io.isnad.eval.EvalInputException;
import io.isnad.eval.EvalPlan;
import io.isnad.eval.EvalReport;
import io.isnad.eval.EvalRunner;
import io.isnad.eval.HtmlReport;
import io.isnad.eval.QuestionSet;
import io.isnad.eval.QuestionSetParser;
import io.isnad.eval.RankingMode;
import io.isnad.eval.ReportTable;
import io.isnad.eval.TerminalProgress;
import io.isnad.eval.Threshold;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code eval}: scores a question set, prints a table, optionally writes JSON and HTML reports,
 * and works as a regression gate. Exit codes: 0 all thresholds met, 1 a threshold missed, 2 bad
 * input (unknown metric, unreadable or malformed file, missing corpus), 3 the run itself failed
 * (an I/O error while indexing), so a CI job can tell a regression from a broken run.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score retrieval and answers against a question set (JSON Lines).")
public class EvalCommand implements Callable<Integer> {

    static final int THRESHOLD_MISSED = 1;
    static final int BAD_INPUT = 2;
    static final int RUN_FAILED = 3;

    @Option(names = "--corpus", paramLabel = "DIR",
            description = "Articles folder to ingest into a temporary index "
                    + "(default: the live folder, isnad.ingest.dir).")
    Path corpus;

    @Option(names = "--questions", required = true, paramLabel = "FILE", description = "The question set, JSON Lines.")
    Path questions;

    @Option(names = "--k", defaultValue = "10", paramLabel = "K",
            description = "Passages retrieved per question (1-" + EvalRunner.MAX_K + ", default ${DEFAULT-VALUE}).")
    int k;

    @Option(names = "--split", defaultValue = "all", paramLabel = "PART",
            description = "Ask only this part of the set's fixed split: tune, check or all (default ${DEFAULT-VALUE}).")
    String split;

    @Option(names = "--cross-corpus",
            description = "The questions were written for another corpus: score every one as unanswerable "
                    + "(measures how often the service declines them).")
    boolean crossCorpus;

    @Option(names = "--json", paramLabel = "FILE", description = "Write the JSON report here.")
    Path json;

    @Option(names = "--html", paramLabel = "FILE", description = "Write the self-contained HTML report here.")
    Path html;

    @Option(names = "--min", paramLabel = "METRIC=VALUE",
            description = "Fail (exit 1) unless the figure is at least VALUE, e.g. recall@1=0.9 or ar.mrr@10=0.95.")
    List<String> minimums = new ArrayList<>();

    @Option(names = "--max", paramLabel = "METRIC=VALUE",
            description = "Fail (exit 1) unless the figure is at most VALUE, "
                    + "e.g. false_abstain=0.1 or latency_p95_ms=50.")
    List<String> maximums = new ArrayList<>();

    @Option(names = "--degrade-ranking", hidden = true,
            description = "Score the ranking reversed; only to prove that the gate can fail.")
    boolean degradeRanking;

    @Spec
    CommandSpec spec;

    private final EvalRunner runner;
    private final ObjectMapper mapper;

    EvalCommand(EvalRunner runner, ObjectMapper mapper) {
        this.runner = runner;
        this.mapper = mapper;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            List<Threshold> thresholds = thresholds();
            QuestionSet set = QuestionSetParser.read(questions);
            for (Threshold t : thresholds) {
                t.requireMeasurable(set);
            }
            EvalPlan plan = new EvalPlan(corpus == null ? runner.defaultCorpus() : corpus, set, k,
                    degradeRanking ? RankingMode.REVERSED : RankingMode.AS_RETRIEVED, DevSplit.Part.parse(split),
                    crossCorpus);
            EvalReport report;
            try (TerminalProgress progress = new TerminalProgress(err, System.console() != null)) {
                report = runner.run(plan, progress);
            }
            out.print(ReportTable.render(report));
            write(json, mapper.writerWithDefaultPrettyPrinter().writeValueAsString(report));
            write(html, HtmlReport.render(report));
            out.flush();
            return gate(thresholds, report, out, err);
        } catch (EvalInputException e) {
            err.println("isnad eval: " + e.getMessage());
            return BAD_INPUT;
        } catch (IOException e) {
            err.println("isnad eval: the run failed: " + e);
            return RUN_FAILED;
        }
    }

    private List<Threshold> thresholds() throws EvalInputException {
        List<Threshold> thresholds = new ArrayList<>();
        for (String spec : minimums) {
            thresholds.add(Threshold.parse(spec, Threshold.Bound.MIN));
        }
        for (String spec : maximums) {
            thresholds.add(Threshold.parse(spec, Threshold.Bound.MAX));
        }
        return thresholds;
    }

    private static int gate(List<Threshold> thresholds, EvalReport report, PrintWriter out, PrintWriter err) {
        List<String> misses = thresholds.stream().map(t -> t.missedBy(report)).flatMap(Optional::stream).toList();
        if (!misses.isEmpty()) {
            misses.forEach(miss -> err.println("isnad eval: threshold missed: " + miss));
            err.flush();
            return THRESHOLD_MISSED;
        }
        if (!thresholds.isEmpty()) {
            out.println("All " + thresholds.size() + " thresholds met.");
            out.flush();
        }
        return 0;
    }

    private static void write(Path target, String content) throws EvalInputException {
        if (target == null) {
            return;
        }
        try {
            Files.writeString(target, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new EvalInputException("cannot write " + target + ": " + e.getMessage());
        }
    }
}
