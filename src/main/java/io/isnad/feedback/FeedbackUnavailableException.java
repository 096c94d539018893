package io.isnad.feedback;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The feedback file cannot be written or read (a full disk, a folder without write permission): the
 * server's trouble, not the rater's, so the HTTP API answers 503 and the command line one line.
 * It stays an {@link UncheckedIOException} so that callers catching input/output failures see it too.
 */
public final class FeedbackUnavailableException extends UncheckedIOException {

    public FeedbackUnavailableException(String doing, Path file, IOException cause) {
        super("cannot " + doing + " " + file + " (" + cause + ")", cause);
    }
}
