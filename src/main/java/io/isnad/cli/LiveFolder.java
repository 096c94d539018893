package io.isnad.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.isnad.ingest.IngestConfig;

/**
 * The configured articles folder, checked before a command asks the live index for anything, so a
 * command run from the wrong folder says so in one line instead of failing inside ingestion.
 */
@ApplicationScoped
class LiveFolder {

    private final IngestConfig ingest;

    LiveFolder(IngestConfig ingest) {
        this.ingest = ingest;
    }

    /** Why the live articles cannot be used, or empty when the folder is there. */
    Optional<String> problem() {
        Path dir = Path.of(ingest.dir());
        if (Files.isDirectory(dir)) {
            return Optional.empty();
        }
        return Optional.of("no articles folder at " + dir.toAbsolutePath() + " (run from the project folder, or set "
                + "isnad.ingest.dir, e.g. -Disnad.ingest.dir=DIR)");
    }
}
