package io.isnad.index;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One line of the articles listing.
 *
 * @param status {@code indexed} or {@code skipped}
 * @param reason why a file was skipped; empty when indexed
 */
public record ArticleStatus(String file, String title, Optional<LocalDate> date, int chunks, String status,
        Optional<String> reason) {

    public static final String INDEXED = "indexed";
    public static final String SKIPPED = "skipped";
}
