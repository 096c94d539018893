package io.isnad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleLoaderTest {

    @TempDir
    Path dir;

    private final ArticleLoader loader = new ArticleLoader(1000, new ChunkingSettings(3, 1));

    @Test
    void brokenFilesAreSkippedWithAReasonAndTheRestLoads() throws IOException {
        Files.writeString(dir.resolve("a_good.txt"), "عنوان\nنص الخبر.");
        Files.write(dir.resolve("b_latin1.txt"), "caf\u00e9 cr\u00e8me".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(dir.resolve("c_empty.txt"), "  \n ");
        Files.writeString(dir.resolve("d_large.txt"), "عنوان\n" + "كلمة ".repeat(500));
        Files.writeString(dir.resolve("e_ignored.md"), "not an article");

        List<LoadOutcome> outcomes = loader.loadFolder(dir);

        assertEquals(List.of("a_good.txt", "b_latin1.txt", "c_empty.txt", "d_large.txt"),
                outcomes.stream().map(LoadOutcome::file).toList());
        assertInstanceOf(LoadOutcome.Loaded.class, outcomes.get(0));
        assertEquals("not valid UTF-8", ((LoadOutcome.Skipped) outcomes.get(1)).reason());
        assertEquals("empty", ((LoadOutcome.Skipped) outcomes.get(2)).reason());
        assertEquals("larger than 1000 bytes (" + Files.size(dir.resolve("d_large.txt")) + ")",
                ((LoadOutcome.Skipped) outcomes.get(3)).reason());
    }

    @Test
    void aMissingFolderIsNamedInTheError() {
        Path missing = dir.resolve("no-such-folder");
        NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> loader.loadFolder(missing));
        assertTrue(e.getMessage().contains(missing.toAbsolutePath().toString()), e.getMessage());
        assertTrue(e.getMessage().contains("isnad.ingest.dir"), e.getMessage());
    }

    @Test
    void leadingByteOrderMarkIsDroppedAndOffsetsStayExact() throws IOException {
        Files.writeString(dir.resolve("bom.txt"), "\uFEFFعنوان\nنص الخبر.");
        Article article = ((LoadOutcome.Loaded) loader.load(dir.resolve("bom.txt"))).article();
        assertEquals("عنوان", article.title());
        Sentence body = article.sentences().get(1);
        assertEquals("نص الخبر.", article.text().substring(body.start(), body.end()));
    }

    @Test
    void fingerprintChangesWithContentAndChunking() throws IOException {
        Path file = dir.resolve("x.txt");
        Files.writeString(file, "عنوان\nنص الخبر.");
        String first = ((LoadOutcome.Loaded) loader.load(file)).article().fingerprint();
        String otherChunking = ((LoadOutcome.Loaded) new ArticleLoader(1000, new ChunkingSettings(4, 1)).load(file))
                .article().fingerprint();
        Files.writeString(file, "عنوان\nنص الخبر المعدل.");
        String edited = ((LoadOutcome.Loaded) loader.load(file)).article().fingerprint();
        assertNotEquals(first, otherChunking);
        assertNotEquals(first, edited);
    }

    @Test
    void subFoldersAreReadWithSlashIdsAndAnyCaseOfTheExtension() throws IOException {
        Files.createDirectories(dir.resolve("2024/01"));
        Files.writeString(dir.resolve("2024/01/a.txt"), "عنوان\nنص الخبر.");
        Files.writeString(dir.resolve("B.TXT"), "عنوان\nنص الخبر.");
        Files.writeString(dir.resolve("c.Txt"), "عنوان\nنص الخبر.");
        List<LoadOutcome> outcomes = loader.loadFolder(dir);
        assertEquals(List.of("2024/01/a.txt", "B.TXT", "c.Txt"), outcomes.stream().map(LoadOutcome::file).toList());
        assertTrue(outcomes.stream().allMatch(LoadOutcome.Loaded.class::isInstance));
        assertEquals("2024/01/a.txt", ((LoadOutcome.Loaded) outcomes.get(0)).article().file());
    }

    @Test
    void linksAreReadOnlyInsideTheFolderAndOddEntriesAreListedWithAReason(@TempDir Path outside) throws Exception {
        Path secret = Files.writeString(outside.resolve("secret.txt"), "سر\nلا يجوز نشر هذا النص.");
        Path inside = Files.writeString(dir.resolve("real.txt"), "عنوان\nنص الخبر.");
        Files.createSymbolicLink(dir.resolve("inside_link.txt"), inside);
        Files.createSymbolicLink(dir.resolve("outside_link.txt"), secret);
        Files.createSymbolicLink(dir.resolve("sneaky_relative.txt"), Path.of("..").resolve(outside.getFileName()).resolve("secret.txt"));
        Files.createSymbolicLink(dir.resolve("broken_link.txt"), dir.resolve("nowhere.txt"));
        Files.createDirectories(dir.resolve("folder.txt"));
        boolean fifo = new ProcessBuilder("mkfifo", dir.resolve("pipe.txt").toString()).start().waitFor() == 0;

        FolderScan scan = loader.scan(dir);

        assertEquals(List.of("inside_link.txt", "real.txt"), scan.files().stream().map(ArticleFile::id).toList());
        java.util.Map<String, String> skipped = new java.util.TreeMap<>();
        scan.skipped().forEach(s -> skipped.put(s.file(), s.reason()));
        assertEquals("link to a file outside the articles folder", skipped.get("outside_link.txt"));
        assertTrue(skipped.containsKey("sneaky_relative.txt") || !Files.exists(dir.resolve("sneaky_relative.txt")),
                "a relative link out of the folder is refused too");
        assertEquals("broken link", skipped.get("broken_link.txt"));
        if (fifo) {
            assertEquals("not a regular file (a pipe, socket or device)", skipped.get("pipe.txt"));
        }
        assertTrue(loader.loadFolder(dir).stream().noneMatch(o -> o instanceof LoadOutcome.Loaded l
                && l.article().text().contains("لا يجوز")), "the outside file is never read");
    }
}
