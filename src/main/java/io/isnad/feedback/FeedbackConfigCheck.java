package io.isnad.feedback;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.isnad.config.StageConfigCheck;

/**
 * Finds a feedback file the store could never write ({@code isnad.feedback.file}): an empty name, a folder, a
 * file or folder that cannot be written, or a path under a file. The store creates the file and its folders
 * only at the first rating, so such a mistake was met as a 503 by the first user who rated an answer. Nothing is
 * written here: the nearest folder that exists is read for whether the missing ones can be made in it.
 */
@ApplicationScoped
class FeedbackConfigCheck implements StageConfigCheck {

    private static final String KEY = "isnad.feedback.file";

    private final FeedbackConfig config;

    FeedbackConfigCheck(FeedbackConfig config) {
        this.config = config;
    }

    @Override
    public List<String> problems() {
        String file = config.file();
        if (file.isBlank()) {
            return List.of(KEY + " must name a file, got '" + file + "'");
        }
        Path path;
        try {
            path = Path.of(file).toAbsolutePath();
        } catch (InvalidPathException e) {
            return List.of(KEY + " must be a path, got '" + file + "' (" + e.getReason() + ")");
        }
        if (Files.isDirectory(path)) {
            return List.of(KEY + " must name a file, got the folder '" + file + "'");
        }
        if (Files.exists(path)) {
            return Files.isWritable(path) ? List.of() : List.of(KEY + " must be writable, got '" + file + "'");
        }
        Path folder = path.getParent();
        while (!Files.exists(folder)) {
            folder = folder.getParent();
        }
        if (!Files.isDirectory(folder)) {
            return List.of(KEY + " must be in a folder, got '" + file + "' under the file '" + folder + "'");
        }
        return Files.isWritable(folder) ? List.of()
                : List.of(KEY + " must be in a writable folder, got '" + file + "' in '" + folder + "'");
    }
}
