package io.isnad.retrieve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.isnad.ingest.arabic.ArabicHunspellStems;
import io.isnad.ingest.arabic.HunspellFiles;

class ArabicStemDictionaryTest {

    @TempDir
    Path dir;

    @Test
    void anInstalledDictionaryIsReadOnFirstUse() throws IOException {
        ArabicStemDictionary dictionary = ArabicStemDictionary.at(Optional.of(dir));
        HunspellFiles.write(dir);
        assertEquals(Set.of("فاز"), dictionary.get().orElseThrow().stems("فازوا"));
    }

    @Test
    void anAbsentOrBrokenDictionaryIsNone() throws IOException {
        assertTrue(ArabicStemDictionary.at(Optional.of(dir.resolve("none"))).get().isEmpty());
        Files.writeString(dir.resolve(ArabicHunspellStems.AFFIX_FILE), "FLAG long\nSFX Sa Y 2\nSFX Sa 0\n");
        Files.writeString(dir.resolve(ArabicHunspellStems.WORDS_FILE), "1\nفاز/Sa\n");
        ArabicStemDictionary broken = ArabicStemDictionary.at(Optional.of(dir));
        broken.prepare();
        assertTrue(broken.get().isEmpty());
        assertTrue(ArabicStemDictionary.at(Optional.empty()).get().isEmpty());
    }
}
