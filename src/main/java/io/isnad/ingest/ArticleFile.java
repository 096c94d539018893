package io.isnad.ingest;

import java.nio.file.Path;

/**
 * One article file found in the articles folder, before it is read.
 *
 * @param id the path relative to the articles folder with {@code /} as separator: the file's name in
 *        the index, in citations and in {@code /api/articles/{id}}
 * @param path where to read it (inside the articles folder, links resolved)
 * @param size bytes on disk
 * @param modified last modification, milliseconds since the epoch; with {@code size}, tells an
 *        unchanged file without reading it
 */
public record ArticleFile(String id, Path path, long size, long modified) {
}
