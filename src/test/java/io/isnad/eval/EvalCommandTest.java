package io.isnad.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.isnad.cli.IsnadCommand;
import io.quarkus.test.junit.QuarkusTest;
import picocli.CommandLine;

/** {@code isnad eval} as the packaged app runs it: the same picocli root and CDI factory. */
@QuarkusTest
class EvalCommandTest {

    private static final String SEEDS_DEV = "src/test/resources/eval/seeds-dev.jsonl";
    private static final String GOOD_LINE = "{\"id\": \"q1\", \"lang\": \"ar\", \"question\": \"من التقى الأسد؟\", "
            + "\"expected_files\": [\"003_bda4f0888d9a15f7.txt\"], \"answers\": [\"عراقجي\"], \"answerable\": true}";

    @Inject
    CommandLine.IFactory factory;

    @Test
    void meetsTheCommittedThresholdsAndWritesBothReports(@TempDir Path dir) throws Exception {
        List<String> args = gateArgs();
        args.addAll(List.of("--json", dir.resolve("report.json").toString(), "--html", dir.resolve("report.html").toString()));
        Run run = eval(args.toArray(String[]::new));
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("recall@1"), run.out());
        assertTrue(run.out().endsWith("All " + (EvalRunnerTest.SEEDS_DEV_MIN.size() + EvalRunnerTest.SEEDS_DEV_MAX.size())
                + " thresholds met." + System.lineSeparator()), run.out());
        JsonNode json = new ObjectMapper().readTree(dir.resolve("report.json").toFile());
        assertEquals(EvalReport.SCHEMA, json.get("schema").asText());
        assertEquals(17, json.get("questions").size());
        assertEquals(10, json.get("settings").get("k").asInt());
        assertTrue(json.get("metrics").get("ar").has("recall@1"));
        String html = Files.readString(dir.resolve("report.html"));
        assertTrue(html.startsWith("<!DOCTYPE html>") && html.contains("<svg"));
    }

    @Test
    void aDegradedRankingFailsTheGateNamingEachMissedThreshold() {
        List<String> args = gateArgs();
        args.add("--degrade-ranking");
        Run run = eval(args.toArray(String[]::new));
        assertEquals(1, run.code());
        assertTrue(run.err().contains("isnad eval: threshold missed: ar.recall@1 = "), run.err());
        assertTrue(run.err().contains("isnad eval: threshold missed: ar.mrr@10 = "), run.err());
    }

    @Test
    void anUnknownMetricIsOneLineAndExitTwo() {
        Run run = eval("--corpus", "seeds", "--questions", SEEDS_DEV, "--min", "recal@1=0.9");
        assertEquals(2, run.code());
        assertTrue(run.err().startsWith("isnad eval: unknown metric 'recal@1'"), run.err());
        assertEquals(1, run.err().lines().count());
        assertEquals("", run.out(), "nothing is run");
    }

    @Test
    void aMalformedQuestionFileIsRejectedWithTheLineNumber(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.jsonl");
        Files.writeString(file, GOOD_LINE + "\n{\"id\": \"q2\", \"lang\": \"ar\", \"question\": \"س\", "
                + "\"expected_files\": [\"a.txt\"], \"answers\": []}\n");
        Run run = eval("--corpus", "seeds", "--questions", file.toString());
        assertEquals(2, run.code());
        assertEquals("isnad eval: " + file + " line 2: field 'answerable' is missing" + System.lineSeparator(),
                run.err());
    }

    @Test
    void aMissingCorpusOrALanguageTheSetLacksIsBadInput(@TempDir Path dir) throws Exception {
        Run noCorpus = eval("--corpus", dir.resolve("nothing").toString(), "--questions", SEEDS_DEV);
        assertEquals(2, noCorpus.code());
        assertEquals("isnad eval: corpus " + dir.resolve("nothing") + " is not a folder" + System.lineSeparator(),
                noCorpus.err());

        Path arabicOnly = dir.resolve("ar.jsonl");
        Files.writeString(arabicOnly, GOOD_LINE + "\n");
        Run noEnglish = eval("--corpus", "seeds", "--questions", arabicOnly.toString(), "--min", "en.recall@1=0.1");
        assertEquals(2, noEnglish.code());
        assertTrue(noEnglish.err().contains("has no 'en' questions"), noEnglish.err());
    }

    @Test
    void asksOnlyThePartOfTheSplitItIsGiven(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("check.json");
        Run run = eval("--corpus", "seeds", "--questions", SEEDS_DEV, "--split", "check", "--json", json.toString());
        assertEquals(0, run.code(), run.err());
        JsonNode report = new ObjectMapper().readTree(json.toFile());
        QuestionSet set = QuestionSetParser.read(Path.of(SEEDS_DEV));
        List<String> checkIds = DevSplit.of(set).select(set, DevSplit.Part.CHECK).stream().map(EvalQuestion::id).toList();
        List<String> asked = new ArrayList<>();
        report.get("questions").forEach(q -> asked.add(q.get("id").asText()));
        assertEquals(checkIds, asked);
        assertTrue(asked.size() < 17 && !asked.isEmpty(), String.valueOf(asked));
        assertEquals("check", report.get("settings").get("split").asText());
        assertEquals(List.of("check"), List.copyOf(iterable(report.get("bySplit").fieldNames())));

        Run bad = eval("--corpus", "seeds", "--questions", SEEDS_DEV, "--split", "test");
        assertEquals(2, bad.code());
        assertEquals("isnad eval: split must be tune, check or all, got 'test'" + System.lineSeparator(), bad.err());
    }

    @Test
    void crossCorpusScoresEveryQuestionAsUnanswerable(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("cross.json");
        Run run = eval("--corpus", "seeds", "--questions", SEEDS_DEV, "--cross-corpus", "--json", json.toString(),
                "--min", "abstain_accuracy=0.0");
        assertEquals(0, run.code(), run.err());
        JsonNode report = new ObjectMapper().readTree(json.toFile());
        assertEquals(17, report.get("counts").get("all").get("unanswerable").asInt());
        assertTrue(report.get("settings").get("crossCorpus").asBoolean());
        assertTrue(report.get("metrics").get("all").get("recall@1").isNull(), "nothing is answerable");
        assertTrue(run.out().contains("cross-corpus"), run.out());
    }

    private static <T> List<T> iterable(java.util.Iterator<T> items) {
        List<T> list = new ArrayList<>();
        items.forEachRemaining(list::add);
        return list;
    }

    private static List<String> gateArgs() {
        List<String> args = new ArrayList<>(List.of("--corpus", "seeds", "--questions", SEEDS_DEV));
        EvalRunnerTest.SEEDS_DEV_MIN.forEach(t -> args.addAll(List.of("--min", t)));
        EvalRunnerTest.SEEDS_DEV_MAX.forEach(t -> args.addAll(List.of("--max", t)));
        return args;
    }

    private Run eval(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = IsnadCommand.commandLine(factory);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 1];
        all[0] = "eval";
        System.arraycopy(args, 0, all, 1, args.length);
        int code = cli.execute(all);
        return new Run(code, out.toString(), err.toString());
    }

    private record Run(int code, String out, String err) {
    }
}
