package io.isnad.cli;

import picocli.CommandLine.Command;

/** The command-line root: {@code ask} and {@code eval}. */
@Command(name = "isnad", mixinStandardHelpOptions = true,
        description = "Answers questions about a folder of news articles, citing the sentences it rests on.",
        subcommands = {AskCommand.class, EvalCommand.class})
public class IsnadCommand {
}
