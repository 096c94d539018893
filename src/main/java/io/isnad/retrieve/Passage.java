package io.isnad.retrieve;

import io.isnad.ingest.Section;

/** A retrieved chunk of an article, {@code [start, end)} of its text. */
public record Passage(String file, int chunk, int start, int end, double score, Section section) {
}
