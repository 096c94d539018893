package io.isnad.answer;

/**
 * Where the time of one answer went, in milliseconds. {@code cached} answers were computed for an
 * earlier identical question on the same version of the articles: no retrieval ran for them.
 */
public record Timings(double retrievalMs, double totalMs, boolean cached) {

    /** The timings of an answer computed for this request. */
    public Timings(double retrievalMs, double totalMs) {
        this(retrievalMs, totalMs, false);
    }
}
