package io.isnad.eval;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A one-line progress bar, redrawn in place with carriage returns. It stays silent for the first
 * second, so short runs print nothing, and redraws at most ten times a second, so it costs nothing
 * beside the questions.
 */
public final class TerminalProgress implements ProgressListener, AutoCloseable {

    private static final long QUIET_NANOS = 1_000_000_000L;
    private static final long REDRAW_NANOS = 100_000_000L;
    private static final int BAR_WIDTH = 30;

    private final PrintWriter out;
    private final boolean enabled;
    private final String unit;
    private final long started = System.nanoTime();
    private long lastDrawn;
    private int lineLength;

    /** @param enabled false when the output is not a terminal, where carriage returns only add noise */
    public TerminalProgress(PrintWriter out, boolean enabled) {
        this(out, enabled, "questions");
    }

    /** @param unit what is counted, e.g. {@code files} */
    public TerminalProgress(PrintWriter out, boolean enabled, String unit) {
        this.out = out;
        this.enabled = enabled;
        this.unit = unit;
    }

    @Override
    public void answered(int done, int total) {
        long now = System.nanoTime();
        if (!enabled || now - started < QUIET_NANOS || (now - lastDrawn < REDRAW_NANOS && done < total)) {
            return;
        }
        lastDrawn = now;
        int filled = total == 0 ? BAR_WIDTH : BAR_WIDTH * done / total;
        String line = String.format(Locale.ROOT, "[%s%s] %d/%d %s, %.1f s", "#".repeat(filled),
                ".".repeat(BAR_WIDTH - filled), done, total, unit, (now - started) / 1e9);
        out.print("\r" + line);
        out.flush();
        lineLength = line.length();
    }

    /** Clears the bar so the report that follows starts on a clean line. */
    @Override
    public void close() {
        if (lineLength > 0) {
            out.print("\r" + " ".repeat(lineLength) + "\r");
            out.flush();
        }
    }
}
