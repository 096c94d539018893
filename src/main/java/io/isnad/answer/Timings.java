package io.isnad.answer;

/** Where the time of one answer went, in milliseconds. */
public record Timings(double retrievalMs, double totalMs) {
}
