package io.isnad.api;

import java.util.List;

import io.isnad.index.ArticleStatus;

/**
 * Body of {@code GET /api/articles}: one page of the files that match the filter.
 *
 * @param count every file of the articles folder, indexed or skipped, whatever the filter
 * @param indexed files of the folder that are indexed
 * @param skipped files of the folder that were skipped, each with its reason in the list
 * @param total files that match the filter ({@code q}, {@code from}, {@code to}): page through them
 * @param offset index of the first article of this page among the {@code total}
 * @param limit most articles per page
 * @param articles this page, in file order
 */
public record ArticleList(int count, int indexed, int skipped, int total, int offset, int limit,
        List<ArticleStatus> articles) {
}
