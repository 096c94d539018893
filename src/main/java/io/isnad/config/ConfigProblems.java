package io.isnad.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;

/**
 * The problems found in one stage's configuration, each naming its key and the value it got. The
 * stages check by hand at start-up rather than with Bean Validation annotations: one constrained
 * mapping makes Quarkus build a validator over every configuration mapping of every extension on
 * each start (docs/performance.md, "Fourth round"). Collecting them all before refusing
 * ({@link StartupConfigCheck}) spares the operator one restart per mistake.
 */
public final class ConfigProblems {

    private final List<String> problems = new ArrayList<>();

    /** A value that must lie in {@code [min, max]}. */
    public ConfigProblems between(String key, long value, long min, long max) {
        return check(value >= min && value <= max, key + " must be between " + min + " and " + max + ", got " + value);
    }

    /** A value with a floor only. */
    public ConfigProblems atLeast(String key, long value, long min) {
        return check(value >= min, key + " must be at least " + min + ", got " + value);
    }

    /** A share: between 0 and 1, and not NaN. */
    public ConfigProblems share(String key, double value) {
        return check(value >= 0 && value <= 1, key + " must be between 0 and 1, got " + value);
    }

    /** A weight or boost: 0 or more, and a number (not NaN or infinite). */
    public ConfigProblems notNegative(String key, double value) {
        return check(value >= 0 && Double.isFinite(value), key + " must be 0 or more, got " + value);
    }

    /** Any other rule, with the sentence that explains it when it fails. */
    public ConfigProblems check(boolean holds, String problem) {
        if (!holds) {
            problems.add(problem);
        }
        return this;
    }

    /** The problems another class found by its own rules, in their order. */
    public ConfigProblems addAll(List<String> found) {
        problems.addAll(found);
        return this;
    }

    /** Whether {@code value} is an absolute http or https URL with a host, as a client can call it. */
    public static boolean isHttpUrl(String value) {
        try {
            URI uri = new URI(value);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    public List<String> list() {
        return List.copyOf(problems);
    }
}
