package io.isnad.feedback;

/** A cited sentence as feedback keeps it: the article and the character range of the quote. */
public record CitedSpan(String file, int start, int end) {
}
