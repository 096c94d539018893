package io.isnad.ingest;

/**
 * One sentence of an article. {@code text} equals {@code article.text().substring(start, end)}.
 *
 * @param index position among the article's sentences, from 0
 */
public record Sentence(int index, int start, int end, String text, Section section) {
}
