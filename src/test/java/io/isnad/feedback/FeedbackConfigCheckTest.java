package io.isnad.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedbackConfigCheckTest {

    @TempDir
    Path dir;

    @Test
    void aFileOrFoldersThatCanBeMadeAreValid() throws Exception {
        assertEquals(List.of(), problems("data/feedback.jsonl"), "the default, relative to the working directory");
        assertEquals(List.of(), problems(dir.resolve("feedback.jsonl").toString()));
        assertEquals(List.of(), problems(dir.resolve("new/deeper/feedback.jsonl").toString()), "folders made later");
        Path existing = Files.writeString(dir.resolve("kept.jsonl"), "{}\n");
        assertEquals(List.of(), problems(existing.toString()));
    }

    @Test
    void anEmptyNameOrAFolderIsNoFile() throws Exception {
        assertEquals(List.of("isnad.feedback.file must name a file, got ' '"), problems(" "));
        Path folder = Files.createDirectory(dir.resolve("ratings"));
        assertEquals(List.of("isnad.feedback.file must name a file, got the folder '" + folder + "'"),
                problems(folder.toString()));
    }

    @Test
    void aPathUnderAFileIsRefused() throws Exception {
        Path plain = Files.writeString(dir.resolve("plain"), "not a folder");
        String file = plain.resolve("sub/feedback.jsonl").toString();
        assertEquals(List.of("isnad.feedback.file must be in a folder, got '" + file + "' under the file '" + plain
                + "'"), problems(file));
    }

    @Test
    void aFileOrFolderThatCannotBeWrittenIsRefused() throws Exception {
        Path locked = Files.createDirectory(dir.resolve("locked"));
        Path kept = Files.writeString(locked.resolve("kept.jsonl"), "{}\n");
        Files.setPosixFilePermissions(kept, PosixFilePermissions.fromString("r--r--r--"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            // A user who may write anything (root) cannot be refused: the check asks the file system.
            assumeFalse(Files.isWritable(locked), "this user writes read-only folders");
            String fresh = locked.resolve("new/feedback.jsonl").toString();
            assertEquals(List.of("isnad.feedback.file must be in a writable folder, got '" + fresh + "' in '" + locked
                    + "'"), problems(fresh));
            assertEquals(List.of("isnad.feedback.file must be writable, got '" + kept + "'"),
                    problems(kept.toString()));
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
            Files.setPosixFilePermissions(kept, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    private static List<String> problems(String file) {
        return new FeedbackConfigCheck(() -> file).problems();
    }
}
