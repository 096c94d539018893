package io.isnad.api;

import java.util.List;

import io.isnad.index.ArticleStatus;

/** Body of {@code GET /api/articles}. */
public record ArticleList(int count, int indexed, int skipped, List<ArticleStatus> articles) {
}
