package io.isnad.retrieve.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.isnad.ingest.arabic.ArabicTextNormalizer;

/**
 * An English to Arabic word list, read from {@code english<TAB>arabic1|arabic2|...} lines.
 *
 * <p>Keys are compared in a normalised form (see {@link #normalizeKey(String)}) so that "al-Sham",
 * "Al Sham" and "al sham" meet. Entries whose key has several words are phrases. Immutable and safe
 * to share between threads.
 */
public final class Lexicon {

    /** The built-in list of places: countries, cities, regions, and their adjectives. */
    public static final String PLACES = "en-ar-places.tsv";
    /** The built-in list of people's names. */
    public static final String PEOPLE = "en-ar-people.tsv";
    /** The built-in list of the vocabulary of politics, war and diplomacy. */
    public static final String POLITICS = "en-ar-politics.tsv";
    /** The built-in list of general vocabulary. */
    public static final String GENERAL = "en-ar-general.tsv";
    /** The built-in list of dates, months, weekdays and number words. */
    public static final String DATES_NUMBERS = "en-ar-dates-numbers.tsv";
    /** The built-in list of multiword phrases. */
    public static final String PHRASES = "en-ar-phrases.tsv";
    /** The built-in lists, under {@code lexicon/} on the classpath. A directory cannot be listed inside a jar. */
    public static final List<String> BUILTIN_RESOURCES = List.of(PLACES, POLITICS, GENERAL, DATES_NUMBERS, PEOPLE,
            PHRASES);
    /** The built-in lists of common words, which name no place or person: the general vocabulary and politics'. */
    public static final List<String> COMMON_VOCABULARY = List.of(GENERAL, POLITICS);

    /** How a list opens a section: "# --- Countries (UN members and observers) ---". */
    private static final String SECTION = "# --- ";
    /** Each built-in list read so far, by its resource name ({@link #builtin(String)}). */
    private static final Map<String, Lexicon> BUILTIN_LISTS = new ConcurrentHashMap<>();
    private static final Pattern ARABIC_LETTER = Pattern.compile("\\p{IsArabic}");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final Map<String, List<String>> entries;
    private final int maxPhraseWords;
    /** The first word of every phrase: most words of a question start none, so no window needs looking up. */
    private final Set<String> phraseStarts;

    private Lexicon(Map<String, List<String>> entries) {
        this.entries = Map.copyOf(entries);
        this.maxPhraseWords = entries.keySet().stream()
                .mapToInt(k -> k.split(" ").length)
                .max()
                .orElse(1);
        this.phraseStarts = entries.keySet().stream()
                .filter(k -> k.indexOf(' ') > 0)
                .map(k -> k.substring(0, k.indexOf(' ')))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Loads and merges all {@link #BUILTIN_RESOURCES}; a missing or malformed resource is a packaging bug, so it throws. */
    public static Lexicon builtin() {
        Map<String, LinkedHashSet<String>> merged = new HashMap<>();
        for (String name : BUILTIN_RESOURCES) {
            readBuiltin(name, merged);
        }
        return freeze(merged);
    }

    /**
     * One of the {@link #BUILTIN_RESOURCES} alone, such as its places or its people, read once: the lists are fixed
     * in the jar and a lexicon cannot be changed, so the classes that keep one (the politics list in {@code
     * BodyNames}, {@code DraftDeclines} and {@code WeaponDeclines}) share one copy.
     */
    public static Lexicon builtin(String name) {
        return BUILTIN_LISTS.computeIfAbsent(name, Lexicon::readOneBuiltin);
    }

    private static Lexicon readOneBuiltin(String name) {
        Map<String, LinkedHashSet<String>> entries = new HashMap<>();
        readBuiltin(name, entries);
        return freeze(entries);
    }

    /**
     * The entries of one section of a built-in list: the lines after the header whose title starts with {@code
     * title} ("# --- Countries …") up to the next header, such as the places list's countries without its cities.
     */
    public static Lexicon builtinSection(String name, String title) {
        StringBuilder section = new StringBuilder();
        boolean inside = false;
        for (String line : builtinLines(name)) {
            if (line.startsWith(SECTION)) {
                inside = line.startsWith(SECTION + title);
            } else if (inside) {
                section.append(line).append('\n');
            }
        }
        try {
            return parse(new StringReader(section.toString()), "lexicon/" + name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a section of " + name, e);
        }
    }

    private static void readBuiltin(String name, Map<String, LinkedHashSet<String>> into) {
        try {
            parseInto(new StringReader(String.join("\n", builtinLines(name))), "lexicon/" + name, into);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon/" + name, e);
        }
    }

    private static List<String> builtinLines(String name) {
        String resource = "lexicon/" + name;
        try (InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + resource);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /**
     * Parses one list. Blank lines and lines starting with {@code #} are skipped; a key seen twice keeps
     * the alternatives of both lines, first line first.
     *
     * @param sourceName named in error messages
     * @throws IllegalArgumentException on a line without a tab or without any Arabic-script alternative
     */
    public static Lexicon parse(Reader reader, String sourceName) throws IOException {
        Map<String, LinkedHashSet<String>> merged = new HashMap<>();
        parseInto(reader, sourceName, merged);
        return freeze(merged);
    }

    private static void parseInto(Reader reader, String sourceName, Map<String, LinkedHashSet<String>> into)
            throws IOException {
        BufferedReader lines = new BufferedReader(reader);
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab < 0) {
                throw new IllegalArgumentException(sourceName + ":" + number + ": no tab in line: " + line);
            }
            String key = normalizeKey(line.substring(0, tab));
            List<String> arabic = new ArrayList<>();
            for (String alternative : line.substring(tab + 1).split("\\|")) {
                String value = SPACES.matcher(alternative.strip()).replaceAll(" ");
                if (!value.isEmpty()) {
                    arabic.add(value);
                }
            }
            if (key.isEmpty() || arabic.stream().noneMatch(a -> ARABIC_LETTER.matcher(a).find())) {
                throw new IllegalArgumentException(
                        sourceName + ":" + number + ": needs an English key and an Arabic translation: " + line);
            }
            into.computeIfAbsent(key, k -> new LinkedHashSet<>()).addAll(arabic);
        }
    }

    private static Lexicon freeze(Map<String, LinkedHashSet<String>> merged) {
        Map<String, List<String>> frozen = new HashMap<>();
        merged.forEach((key, values) -> frozen.put(key, List.copyOf(values)));
        return new Lexicon(frozen);
    }

    /**
     * The form keys are compared in: lower case, apostrophes dropped, hyphens and runs of spaces turned
     * into single spaces.
     */
    public static String normalizeKey(String english) {
        String lower = english.toLowerCase(Locale.ROOT).replace("'", "").replace("\u2019", "").replace('-', ' ');
        return SPACES.matcher(lower.strip()).replaceAll(" ");
    }

    /** The Arabic alternatives of a word or phrase, or an empty list; the key is normalised first. */
    public List<String> lookup(String english) {
        return entries.getOrDefault(normalizeKey(english), List.of());
    }

    /**
     * The words of an English word's or phrase's Arabic alternatives ({@link #lookup}), each folded as {@link
     * ArabicTextNormalizer#words} folds an Arabic question's words ("offensive", هجوم|عملية عسكرية → هجوم، عمليه،
     * عسكريه): what a check that reads an Arabic question's words reads of an English one.
     */
    public List<String> translatedWords(String english) {
        return lookup(english).stream().flatMap(arabic -> ArabicTextNormalizer.words(arabic).stream()).toList();
    }

    /**
     * Whether some phrase (a key of several words) starts with {@code word}, a word in its
     * normalised form ({@link #normalizeKey}): when none does, no phrase starting there needs looking up.
     */
    public boolean startsPhrase(String word) {
        return phraseStarts.contains(word);
    }

    /** The number of words in the longest phrase, which bounds the phrase matcher's window. */
    public int maxPhraseWords() {
        return maxPhraseWords;
    }

    /** Every key with its Arabic alternatives, for callers that look up from the Arabic side. */
    public Map<String, List<String>> entries() {
        return entries;
    }

    /** The number of distinct keys. */
    public int size() {
        return entries.size();
    }
}
