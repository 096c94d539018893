package io.isnad.retrieve.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class LexiconTest {

    private static final Path RESOURCES = Path.of("src/main/resources/lexicon");
    private static final Pattern ARABIC = Pattern.compile("\\p{IsArabic}");

    @Test
    void everyTsvFileIsRegisteredAsBuiltin() throws IOException {
        Set<String> files = new TreeSet<>();
        try (Stream<Path> list = Files.list(RESOURCES)) {
            list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tsv")).forEach(files::add);
        }
        assertEquals(files, new TreeSet<>(Lexicon.BUILTIN_RESOURCES), "a list that is not registered is never loaded");
    }

    @Test
    void everyLineHasATabAndArabicTranslation() throws IOException {
        for (String name : Lexicon.BUILTIN_RESOURCES) {
            List<String> lines = Files.readAllLines(RESOURCES.resolve(name), StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.isBlank() || line.strip().startsWith("#")) {
                    continue;
                }
                String where = name + ":" + (i + 1) + ": " + line;
                String[] cells = line.split("\t", -1);
                assertEquals(2, cells.length, "exactly one tab: " + where);
                assertTrue(cells[0].equals(cells[0].strip()) && !cells[0].isEmpty(), "clean English key: " + where);
                assertTrue(ARABIC.matcher(cells[0]).results().findAny().isEmpty(), "English key: " + where);
                String[] alternatives = cells[1].split("\\|", -1);
                assertTrue(Stream.of(alternatives).noneMatch(String::isBlank), "empty alternative: " + where);
                assertTrue(Stream.of(alternatives).anyMatch(a -> ARABIC.matcher(a).find()), "no Arabic: " + where);
            }
        }
    }

    @Test
    void builtinIsBroad() {
        Lexicon lexicon = Lexicon.builtin();
        assertTrue(lexicon.size() >= 1500, "entries: " + lexicon.size());
        assertTrue(lexicon.maxPhraseWords() >= 4, "phrases like 'hayat tahrir al sham' exist");
        for (String key : List.of("aleppo", "tehran", "security council", "spokesman", "ceasefire", "december",
                "twenty", "nickname", "billion", "afghanistan", "zimbabwe")) {
            assertTrue(!lexicon.lookup(key).isEmpty(), key);
        }
    }

    @Test
    void aWebsiteIsWrittenByItsAddressAndTalksByTheirVerbs() {
        Lexicon lexicon = Lexicon.builtin();
        // An article gives its source's website as a URL ("المصدر: https://…"), not by the word موقع.
        assertTrue(lexicon.lookup("website").containsAll(List.of("موقع", "https", "http")));
        // News tells of talks by what the two sides discussed: "ناقشا العلاقات الثنائية", "بحث الجانبان".
        assertTrue(lexicon.lookup("talks").containsAll(List.of("محادثات", "مباحثات", "ناقش", "ناقشا", "بحث", "بحثا")));
    }

    /** A built-in list is read once and shared by every class that keeps it. */
    @Test
    void aBuiltinListIsReadOnceAndShared() {
        assertSame(Lexicon.builtin(Lexicon.POLITICS), Lexicon.builtin(Lexicon.POLITICS));
        assertNotSame(Lexicon.builtin(Lexicon.POLITICS), Lexicon.builtin(Lexicon.PLACES));
        assertTrue(Lexicon.builtin(Lexicon.POLITICS).lookup("minister").size() > 0);
    }

    @Test
    void aSectionHoldsOnlyItsOwnLines() {
        Lexicon countries = Lexicon.builtinSection("en-ar-places.tsv", "Countries");
        assertEquals(List.of("اليمن"), countries.lookup("yemen"));
        assertTrue(countries.lookup("damascus").isEmpty(), "a city of a later section");
        assertTrue(countries.lookup("syrian").isEmpty(), "a demonym of the next section");
        assertTrue(countries.size() > 150 && countries.size() < 250, "entries: " + countries.size());
    }

    @Test
    void keysAreNormalisedAndDuplicatesMerged() throws IOException {
        Lexicon lexicon = Lexicon.parse(new StringReader("""
                # comment
                Al-Sham\tالشام
                al sham\tبلاد الشام|الشام

                Iran's\tإيران
                """), "test");
        assertEquals(List.of("الشام", "بلاد الشام"), lexicon.lookup("AL SHAM"));
        assertEquals(List.of("الشام", "بلاد الشام"), lexicon.lookup("al-sham"));
        assertEquals(List.of("إيران"), lexicon.lookup("irans"));
        assertEquals(2, lexicon.maxPhraseWords());
    }

    @Test
    void malformedLinesAreRejectedWithTheirLineNumber() {
        IllegalArgumentException noTab = assertThrows(IllegalArgumentException.class,
                () -> Lexicon.parse(new StringReader("ok\tنعم\nbroken line\n"), "x.tsv"));
        assertTrue(noTab.getMessage().startsWith("x.tsv:2"), noTab.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Lexicon.parse(new StringReader("word\tword\n"), "y.tsv"));
    }

    @Test
    void translatedWordsAreTheAlternativesWordsFoldedAsAnArabicQuestionsAre() throws IOException {
        Lexicon lexicon = Lexicon.parse(new StringReader("offensive\tهجوم|عملية عسكرية\n"), "t.tsv");
        assertEquals(List.of("هجوم", "عمليه", "عسكريه"), lexicon.translatedWords("Offensive"));
        assertEquals(List.of(), lexicon.translatedWords("truce"));
    }
}
