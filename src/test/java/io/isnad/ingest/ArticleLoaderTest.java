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
}
