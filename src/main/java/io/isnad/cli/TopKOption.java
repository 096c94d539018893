package io.isnad.cli;

import picocli.CommandLine.Option;

/** {@code --top-k}, shared by {@code ask} and {@code chat} with the same range as the HTTP API. */
class TopKOption {

    static final int MAX = 20;

    @Option(names = "--top-k", defaultValue = "5", paramLabel = "K",
            description = "Passages to retrieve (1-" + MAX + ", default ${DEFAULT-VALUE}).")
    int value;

    boolean valid() {
        return value >= 1 && value <= MAX;
    }
}
