package io.isnad.eval;

import java.util.Locale;

/**
 * How the runner treats the service's ranking before scoring it. Anything but
 * {@link #AS_RETRIEVED} exists to prove the regression gate can fail: the same run, with a
 * deliberately worse ranking, must miss its thresholds.
 */
public enum RankingMode {
    /** Score the files in the order the service ranked them. */
    AS_RETRIEVED,
    /** Score the retrieved files in reverse order: same files, worst first. */
    REVERSED;

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
