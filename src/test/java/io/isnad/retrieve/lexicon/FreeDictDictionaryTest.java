package io.isnad.retrieve.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FreeDictDictionaryTest {

    private static final Path DICTD = QueryTranslator.DEFAULT_FREEDICT_DIR;

    private static FreeDictDictionary installed() throws IOException {
        assumeTrue(Files.isRegularFile(DICTD.resolve(FreeDictDictionary.INDEX_FILE)),
                "dict-freedict-eng-ara is not installed");
        return FreeDictDictionary.load(DICTD).orElseThrow();
    }

    @Test
    void decodesDictdBase64Numbers() {
        assertEquals(0, FreeDictDictionary.decodeBase64("A", 0, 1));
        assertEquals(63, FreeDictDictionary.decodeBase64("/", 0, 1));
        assertEquals(64 + 2, FreeDictDictionary.decodeBase64("BC", 0, 2));
        assertEquals(-1, FreeDictDictionary.decodeBase64("B*", 0, 2));
    }

    @Test
    void absentDirectoryGivesEmpty(@TempDir Path empty) throws IOException {
        assertTrue(FreeDictDictionary.load(empty).isEmpty());
    }

    @Test
    void commonWordsHaveShortArabicTranslations() throws IOException {
        FreeDictDictionary dictionary = installed();
        assertTrue(dictionary.size() > 50_000, "headwords: " + dictionary.size());
        for (String word : List.of("war", "government", "Army", "hospital")) {
            List<String> arabic = dictionary.lookup(word);
            assertFalse(arabic.isEmpty(), word);
            for (String translation : arabic) {
                assertTrue(translation.matches("[\\p{IsArabic} ]+"), word + " -> " + translation);
                assertTrue(translation.split(" ").length <= 3, word + " -> " + translation);
                assertFalse(translation.matches(".*[\u064B-\u0652].*"), "diacritics stripped: " + translation);
            }
        }
        assertTrue(dictionary.lookup("war").contains("الحرب"), dictionary.lookup("war").toString());
        assertTrue(dictionary.lookup("qwertyuiopzz").isEmpty());
    }

    @Test
    void translatorFallsBackToFreeDictForWordsTheBuiltinListsLack() throws IOException {
        QueryTranslator translator = new QueryTranslator(Lexicon.builtin(), Optional.of(installed()));
        String word = "aardvark";
        assumeTrue(Lexicon.builtin().lookup(word).isEmpty());
        Term term = translator.translate("Where was the " + word + " seen?").terms().stream()
                .filter(t -> t.english().equals(word))
                .findFirst()
                .orElseThrow();
        assertEquals(Source.FREEDICT, term.source());
        assertTrue(term.weight() < 1.0);
    }
}
