package io.isnad.answer;

/**
 * The few words that answer a typed question (a name, a date, a number, a place), cut from one
 * article with exact offsets like a citation: {@code text} equals
 * {@code text(file).substring(start, end)}.
 *
 * @param text the span as it stands in the article
 * @param file the article it was cut from
 * @param start offset of the span's first character in the article text
 * @param end offset just past the span's last character
 * @param rendered the span rendered in the question's language when that differs from the article's
 *        (numbers and dates in English, names through the lexicon's spellings); null when the span is
 *        shown as it stands
 */
public record ShortAnswer(String text, String file, int start, int end, String rendered) {
}
