package io.isnad.ingest;

import java.util.List;

/**
 * What a walk of the articles folder found: the files to read, in id order, and the entries that
 * will never be read (links leading outside the folder, broken links, pipes, sockets), each with
 * the reason.
 */
public record FolderScan(List<ArticleFile> files, List<LoadOutcome.Skipped> skipped) {
}
