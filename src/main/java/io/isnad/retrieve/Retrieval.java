package io.isnad.retrieve;

import java.util.List;

/** The outcome of one search: the analysed query and the passages, best first. */
public record Retrieval(AnalyzedQuery query, List<Passage> passages, double millis) {
}
