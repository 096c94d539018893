package io.isnad.cli;

import picocli.CommandLine.Option;

/**
 * {@code --top-k}, shared by {@code ask} and {@code chat} with the same range as the HTTP API; left
 * out, the same default as the HTTP API's ({@code isnad.answer.default-top-k}).
 */
class TopKOption {

    static final int MAX = 20;

    @Option(names = "--top-k", paramLabel = "K",
            description = "Passages to retrieve (1-" + MAX + "; default isnad.answer.default-top-k, 5).")
    Integer value;

    boolean valid() {
        return value == null || value >= 1 && value <= MAX;
    }

    /** The one line that refuses a value out of the range, with the value given, for {@code command}. */
    String outOfRange(String command) {
        return "isnad " + command + ": --top-k must be between 1 and " + MAX + ", got " + value;
    }

    /** The value given, or {@code configured} when the option was left out. */
    int or(int configured) {
        return value == null ? configured : value;
    }
}
