package io.isnad.cli;

import java.util.Locale;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A mistake on the command line (an unknown option or command, a missing or wrong value) is one line on standard
 * error, naming the command, what was wrong and where the help is, with picocli's exit code for invalid input (2,
 * as the commands' own refusals): picocli's default prints its message and then the whole usage, up to twenty lines
 * in which the one that matters is the first.
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        String name = command.getCommandSpec().qualifiedName();
        String message = e.getMessage().strip();
        if (message.endsWith(".")) {
            message = message.substring(0, message.length() - 1);
        }
        // picocli's "Did you mean…" is a second line; the suggestions are worth keeping on the first.
        if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
            message += " (did you mean " + String.join(" or ", unmatched.getSuggestions()) + "?)";
        }
        command.getErr().println(name + ": " + message.substring(0, 1).toLowerCase(Locale.ROOT) + message.substring(1)
                + "; see " + name + " --help");
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }
}
