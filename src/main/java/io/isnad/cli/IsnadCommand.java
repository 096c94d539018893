package io.isnad.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/** The command-line root; without a command the packaged app is the HTTP service instead (see {@link IsnadMain}). */
@Command(name = "isnad", mixinStandardHelpOptions = true, versionProvider = IsnadVersion.class,
        description = "Answers questions about a folder of news articles, citing the sentences it rests on.",
        footer = {"", "Without a command, isnad starts the HTTP service (port 8080, quarkus.http.port) on the "
                + "articles in isnad.ingest.dir (default: seeds).",
            "Put a question in quotes: isnad ask \"Who met Assad in Damascus?\""},
        subcommands = {AskCommand.class, ChatCommand.class, IngestCommand.class, EvalCommand.class,
            FeedbackCommand.class, HelpCommand.class})
public class IsnadCommand {

    /** The command line the packaged app runs: its commands made by {@code factory}, a mistake told in one line. */
    public static CommandLine commandLine(CommandLine.IFactory factory) {
        return new CommandLine(new IsnadCommand(), factory).setParameterExceptionHandler(new UsageErrors());
    }
}
