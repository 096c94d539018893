package io.isnad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.isnad.eval.QuestionSetParser;
import io.isnad.feedback.CitedSpan;
import io.isnad.feedback.Feedback;
import io.isnad.feedback.FeedbackSource;
import io.isnad.feedback.FeedbackStore;
import io.isnad.feedback.Rating;
import picocli.CommandLine;

class FeedbackCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void exportWritesAQuestionSetTheEvaluationReads() throws Exception {
        FeedbackStore store = new FeedbackStore(dir.resolve("feedback.jsonl"), Clock.systemUTC());
        store.append(new Feedback(FeedbackSource.SLACK, Rating.UP, "متى التقى عراقجي بالأسد؟", List.of(), "جواب [1]",
                List.of(new CitedSpan("003_a.txt", 0, 9)), "c1", null));
        store.append(new Feedback(FeedbackSource.WEB, Rating.DOWN, "Where will he go next?", List.of("Who met Assad?"),
                "answer [1]", List.of(new CitedSpan("001_b.txt", 3, 9)), "c2", "wrong city"));
        Path questions = dir.resolve("feedback-questions.jsonl");
        assertEquals(0, run(store, "export", "--out", questions.toString()), err.toString());
        assertTrue(out.toString().contains("Wrote 2 questions") && out.toString().contains("1 to write"), out.toString());
        var set = QuestionSetParser.read(questions);
        assertEquals(1, set.questions().size());
        assertTrue(Files.readString(questions).contains("wrong city"));
    }

    @Test
    void nothingToExportAndUnwritableTargetsAreOneLineErrors() {
        FeedbackStore empty = new FeedbackStore(dir.resolve("none.jsonl"), Clock.systemUTC());
        assertEquals(1, run(empty, "export", "--out", dir.resolve("x.jsonl").toString()));
        assertTrue(err.toString().startsWith("isnad feedback export: no ratings"), err.toString());
        assertFalse(Files.exists(dir.resolve("x.jsonl")));

        FeedbackStore store = new FeedbackStore(dir.resolve("feedback.jsonl"), Clock.systemUTC());
        store.append(new Feedback(FeedbackSource.CLI, Rating.UP, "q", List.of(), "a", List.of(), null, null));
        assertEquals(2, run(store, "export", "--out", dir.resolve("missing/dir/x.jsonl").toString()));
        assertTrue(err.toString().contains("cannot write"), err.toString());
    }

    @Test
    void anUnreadableFeedbackFileIsAOneLineError() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("feedback-as-folder.jsonl"));
        FeedbackStore store = new FeedbackStore(folder, Clock.systemUTC());
        assertEquals(2, run(store, "export", "--out", dir.resolve("x.jsonl").toString()));
        assertTrue(err.toString().startsWith("isnad feedback export: cannot read feedback from"), err.toString());
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
    }

    @Test
    void feedbackIsACommandOfIsnad() {
        assertTrue(List.of(IsnadCommand.class.getAnnotation(CommandLine.Command.class).subcommands())
                .contains(FeedbackCommand.class));
    }

    private int run(FeedbackStore store, String... args) {
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                return type == FeedbackCommand.Export.class ? type.cast(new FeedbackCommand.Export(store))
                        : CommandLine.defaultFactory().create(type);
            }
        };
        return new CommandLine(new FeedbackCommand(), factory).setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true)).execute(args);
    }
}
