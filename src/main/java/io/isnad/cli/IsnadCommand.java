package io.isnad.cli;

import picocli.CommandLine.Command;

/** The command-line root: {@code ask}, {@code eval} and {@code feedback}. */
@Command(name = "isnad", mixinStandardHelpOptions = true,
        description = "Answers questions about a folder of news articles, citing the sentences it rests on.",
        subcommands = {AskCommand.class, EvalCommand.class, FeedbackCommand.class})
public class IsnadCommand {
}
