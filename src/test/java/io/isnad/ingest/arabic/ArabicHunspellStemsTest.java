package io.isnad.ingest.arabic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArabicHunspellStemsTest {

    @TempDir
    Path dir;

    private ArabicHunspellStems load() throws IOException {
        HunspellFiles.write(dir);
        return ArabicHunspellStems.load(dir).orElseThrow();
    }

    @Test
    void aConjugatedVerbHasItsStem() throws IOException {
        ArabicHunspellStems stems = load();
        assertEquals(Set.of("فاز"), stems.stems("فازوا"));
        assertEquals(Set.of("فاز"), stems.stems("يفاز"));
        assertEquals(Set.of(), stems.stems("يفازي"));
    }

    @Test
    void theDictionaryIsFoldedAsTheTextIs() throws IOException {
        // The text compared is folded (أ → ا، ة → ه, no harakat): so are the dictionary's words.
        ArabicHunspellStems stems = load();
        assertEquals(Set.of("اقام"), stems.stems("اقاموا"));
        assertEquals(Set.of("مدرسه"), stems.stems("مدرسه"));
        assertEquals(Set.of(), stems.stems("أقاموا"));
    }

    @Test
    void aStemOfTwoLettersIsDropped() throws IOException {
        // حد is shared by too many unrelated words (أحد، تحدث) to be evidence.
        assertEquals(Set.of(), load().stems("حدوا"));
    }

    @Test
    void aWordOfMoreThanTwoStemsHasNone() throws IOException {
        // درست is درس with the past ending, the noun درست, and درسو with its و made ت: read three
        // ways, as folded words often are (أعلى / على), it is no evidence of any one of them.
        Files.writeString(dir.resolve(ArabicHunspellStems.AFFIX_FILE), """
                SET UTF-8
                FLAG long
                SFX Sa Y 1
                SFX Sa 0 ت .
                SFX Sc Y 1
                SFX Sc و ت و
                """);
        Files.writeString(dir.resolve(ArabicHunspellStems.WORDS_FILE), "4\nدرس/Sa\nدرست\nدرسو/Sc\nكتب/Sa\n");
        ArabicHunspellStems stems = ArabicHunspellStems.load(dir).orElseThrow();
        assertEquals(Set.of(), stems.stems("درست"));
        assertEquals(Set.of("كتب"), stems.stems("كتبت"));
    }

    @Test
    void aVerbIsReadAsAVerbOnlyWhereTheDictionarySaysNothingElse() throws IOException {
        // Ayaspell marks a verb's stem (the test dictionary above has no such mark): read from the
        // installed package, as the service reads it where isnad.retrieve.hunspell-dir is set.
        Path installed = Path.of("/usr/share/hunspell");
        assumeTrue(Files.isRegularFile(installed.resolve(ArabicHunspellStems.AFFIX_FILE)), "hunspell-ar not installed");
        ArabicHunspellStems stems = ArabicHunspellStems.load(installed).orElseThrow();
        assertEquals(Set.of("فاز"), stems.verbStems("فازوا"));
        assertEquals(Set.of("فاز"), stems.onlyVerbStems("فاز"));
        // عاما is also the noun عام (a year): as a verb (to swim) it is no evidence.
        assertEquals(Set.of("عام"), stems.verbStems("عاما"));
        assertEquals(Set.of(), stems.onlyVerbStems("عاما"));
        // A noun has no verb stem.
        assertEquals(Set.of(), stems.verbStems("مدرسه"));
    }

    @Test
    void missingFilesAreNoDictionary() throws IOException {
        assertTrue(ArabicHunspellStems.load(dir).isEmpty());
        Files.writeString(dir.resolve(ArabicHunspellStems.AFFIX_FILE), "SET UTF-8\n");
        assertTrue(ArabicHunspellStems.load(dir).isEmpty());
    }

    @Test
    void aBrokenDictionaryIsAnError() throws IOException {
        Files.writeString(dir.resolve(ArabicHunspellStems.AFFIX_FILE), "FLAG long\nSFX Sa Y 2\nSFX Sa 0\n");
        Files.writeString(dir.resolve(ArabicHunspellStems.WORDS_FILE), "1\nفاز/Sa\n");
        assertThrows(IOException.class, () -> ArabicHunspellStems.load(dir));
    }
}
