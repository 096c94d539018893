package io.isnad.ingest;

/** A half-open range {@code [start, end)} of a text. */
public record TextSpan(int start, int end) {
}
