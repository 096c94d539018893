package io.isnad.index;

import java.time.LocalDate;
import java.util.Optional;

import io.isnad.ingest.ArticleFile;

/**
 * What a version of the index knows about one file without reading its text: enough to list it,
 * to tell whether the file on disk changed, and to find its catalog document.
 *
 * @param reason why the file was skipped; null when it is indexed
 * @param doc the catalog document, in the generation's reader
 */
record CatalogEntry(String file, String title, Optional<LocalDate> date, int chunks, String reason, long size,
        long modified, long readAt, String fingerprint, String settings, int doc) {

    /**
     * A file modified this close before it was read could have changed again within the same time
     * stamp (file systems keep them to a second or two): its size and time prove nothing.
     */
    private static final long RACY_MILLIS = 2_000;

    boolean indexed() {
        return reason == null;
    }

    /** Whether {@code file} is certainly what was read, judged from its size and time stamp alone. */
    boolean unchanged(ArticleFile file, String readWith) {
        return size == file.size() && modified == file.modified() && modified < readAt - RACY_MILLIS
                && settings.equals(readWith);
    }

    ArticleStatus status() {
        return indexed()
                ? new ArticleStatus(file, title, date, chunks, ArticleStatus.INDEXED, Optional.empty())
                : new ArticleStatus(file, "", Optional.empty(), 0, ArticleStatus.SKIPPED, Optional.of(reason));
    }
}
