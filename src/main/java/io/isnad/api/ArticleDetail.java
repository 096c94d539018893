package io.isnad.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.isnad.ingest.Article;

/**
 * One article as {@code GET /api/articles/{file}} returns it. Offsets of {@code sentences} (and of
 * every citation) index into {@code text}.
 */
public record ArticleDetail(String file, String title, Optional<LocalDate> date, String status, int chunks,
        Optional<String> appendixTitle, String text, List<SentenceView> sentences) {

    /** Where one indexed sentence lies in the text. */
    public record SentenceView(int index, int start, int end, String section) {
    }

    static ArticleDetail of(Article a) {
        List<SentenceView> sentences = a.sentences().stream()
                .map(s -> new SentenceView(s.index(), s.start(), s.end(), s.section().label()))
                .toList();
        return new ArticleDetail(a.file(), a.title(), a.date(), "indexed", a.chunks().size(), a.appendixTitle(),
                a.text(), sentences);
    }
}
