package io.isnad.retrieve.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * FreeDict is read when a question first needs it, or when the service prepares it after start-up,
 * not while the service starts (docs/performance.md, "Fourth round"); what it gives is unchanged.
 */
class FreeDictOnFirstUseTest {

    private static final String WORD = "zorblatt";
    private static final String ARABIC = "زربلات";
    private static final String QUESTION = "Where was the " + WORD + " seen?";

    @Test
    void aDictionaryInstalledAfterLoadingIsStillUsedByTheFirstQuestion(@TempDir Path dir) throws IOException {
        QueryTranslator translator = QueryTranslator.load(Optional.of(dir));
        writeDictionary(dir);
        assertEquals(List.of(ARABIC), freeDictTerm(translator));
    }

    @Test
    void prepareReadsTheDictionaryOnceForEveryLaterQuestion(@TempDir Path dir) throws IOException {
        writeDictionary(dir);
        QueryTranslator translator = QueryTranslator.load(Optional.of(dir));
        translator.prepare();
        Files.delete(dir.resolve(FreeDictDictionary.INDEX_FILE));
        Files.delete(dir.resolve(FreeDictDictionary.DICT_FILE));
        assertEquals(List.of(ARABIC), freeDictTerm(translator));
    }

    @Test
    void withoutTheDictionaryTheWordIsTransliteratedOrLeftUntranslated(@TempDir Path dir) {
        QueryTranslator translator = QueryTranslator.load(Optional.of(dir));
        translator.prepare();
        assertTrue(translator.translate(QUESTION).terms().stream().noneMatch(t -> t.source() == Source.FREEDICT));
    }

    private static List<String> freeDictTerm(QueryTranslator translator) {
        return translator.translate(QUESTION).terms().stream()
                .filter(t -> t.source() == Source.FREEDICT && t.english().equals(WORD))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no FreeDict term for " + WORD))
                .arabic();
    }

    /** A one-entry dictionary in dictd format: the gzipped text and its index of base64 offsets. */
    private static void writeDictionary(Path dir) throws IOException {
        byte[] entry = (WORD + " /zorblat/\n" + ARABIC + "\n").getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve(FreeDictDictionary.DICT_FILE)))) {
            out.write(entry);
        }
        Files.writeString(dir.resolve(FreeDictDictionary.INDEX_FILE), WORD + "\tA\t" + base64(entry.length) + "\n");
    }

    private static String base64(int value) {
        String digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        StringBuilder out = new StringBuilder();
        for (int v = value; v > 0; v /= 64) {
            out.insert(0, digits.charAt(v % 64));
        }
        return out.isEmpty() ? "A" : out.toString();
    }
}
