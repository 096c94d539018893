package io.isnad.ingest;

/**
 * A line of an article that credits one of its stories: the source line ("المصدر: “تايمز أوف
 * إسرائيل” + RT"), a by-line or the site's name closing the story ("سيريانيوز"). {@code text} equals
 * {@code article.text().substring(start, end)}.
 *
 * @param section the story the line credits: the main story, or the appended one it closes
 */
public record CreditLine(int start, int end, String text, Section section) {
}
