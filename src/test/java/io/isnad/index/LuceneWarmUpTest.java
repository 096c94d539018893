package io.isnad.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The warm-up a server starts from main opens no index: it writes no lock and no segment anywhere. */
class LuceneWarmUpTest {

    @Test
    void theWarmUpWritesNothingInTheFolderItOpens() throws IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        List<Path> before = luceneFiles(tmp);
        LuceneWarmUp.run();
        assertEquals(before, luceneFiles(tmp));
    }

    private static List<Path> luceneFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> {
                String name = f.getFileName().toString();
                return name.equals("write.lock") || name.startsWith("segments");
            }).sorted().toList();
        }
    }
}
