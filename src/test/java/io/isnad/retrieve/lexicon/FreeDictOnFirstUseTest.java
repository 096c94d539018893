package io.isnad.retrieve.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

    private static void writeDictionary(Path dir) throws IOException {
        FreeDictFiles.write(dir, Map.of(WORD, ARABIC));
    }
}
