package io.isnad.cli;

import java.io.PrintWriter;

import io.isnad.eval.TerminalProgress;
import io.isnad.index.Corpus;

/**
 * How far {@code isnad ingest} has got: a bar redrawn in place on a terminal; elsewhere (a log, a
 * CI job) a plain line at most every {@link #LINE_NANOS}, since carriage returns would only add
 * noise there.
 */
final class IngestProgress implements Corpus.Progress, AutoCloseable {

    private static final long LINE_NANOS = 5_000_000_000L;

    private final PrintWriter err;
    private final TerminalProgress bar;
    private final boolean terminal;
    private long lastLine = System.nanoTime();

    IngestProgress(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
        this.bar = new TerminalProgress(err, terminal, "files");
    }

    @Override
    public void filesRead(int done, int total) {
        if (terminal) {
            bar.answered(done, total);
            return;
        }
        long now = System.nanoTime();
        if (now - lastLine >= LINE_NANOS) {
            lastLine = now;
            err.printf("isnad ingest: %d/%d files read%n", done, total);
            err.flush();
        }
    }

    @Override
    public void close() {
        bar.close();
    }
}
