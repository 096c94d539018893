package io.isnad.ingest;

/**
 * A retrievable passage: consecutive sentences of one section, spanning {@code [start, end)} of the
 * original text.
 *
 * @param firstSentence index of its first sentence in the article
 * @param lastSentence index of its last sentence, inclusive
 */
public record Chunk(int index, int start, int end, int firstSentence, int lastSentence, Section section) {
}
