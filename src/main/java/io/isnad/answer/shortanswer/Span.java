package io.isnad.answer.shortanswer;

/**
 * A typed span of a text, {@code [start, end)}.
 *
 * @param start offset of the first character
 * @param end offset just past the last character
 * @param folded the span folded for comparison
 */
public record Span(int start, int end, String folded) {
}
