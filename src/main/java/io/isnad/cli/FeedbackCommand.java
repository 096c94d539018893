package io.isnad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import io.isnad.feedback.FeedbackEntry;
import io.isnad.feedback.FeedbackExport;
import io.isnad.feedback.FeedbackStore;
import io.isnad.feedback.FeedbackUnavailableException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code feedback export --out FILE}: the stored ratings as an evaluation question set. */
@Command(name = "feedback", mixinStandardHelpOptions = true, description = "Work with the stored 👍/👎 ratings.",
        subcommands = FeedbackCommand.Export.class)
public class FeedbackCommand {

    /** {@code feedback export}: writes the question set; exit 0 written, 1 nothing to export, 2 cannot write. */
    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write the ratings as an evaluation question set (JSON Lines). A 👍 becomes a regression "
                    + "question at once; a 👎 a draft marked 'todo' that the evaluation skips until its expected "
                    + "answer is written.")
    static class Export implements Callable<Integer> {

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "The question set to write.")
        Path out;

        @Spec
        CommandSpec spec;

        private final FeedbackStore store;

        Export(FeedbackStore store) {
            this.store = store;
        }

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            List<FeedbackEntry> entries;
            try {
                entries = store.list();
            } catch (FeedbackUnavailableException e) {
                err.println("isnad feedback export: " + e.getMessage());
                return 2;
            }
            if (entries.isEmpty()) {
                err.println("isnad feedback export: no ratings in " + store.file() + " yet; nothing written");
                return 1;
            }
            FeedbackExport.QuestionSetText set = FeedbackExport.toQuestionSet(entries);
            try {
                Files.writeString(out, set.jsonLines(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                err.println("isnad feedback export: cannot write " + out + ": " + e.getMessage());
                return 2;
            }
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.printf("Wrote %d questions to %s: %d ready, %d to write (marked todo).%n", set.questions(), out,
                    set.questions() - set.drafts(), set.drafts());
            stdout.flush();
            return 0;
        }
    }
}
