package io.isnad.retrieve.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Reads the FreeDict English-Arabic dictionary in dictd format ({@code freedict-eng-ara.index} and
 * {@code freedict-eng-ara.dict.dz}), as installed by the Debian package {@code dict-freedict-eng-ara}.
 *
 * <p>The dictionary is GPL-licensed, so it is read from the machine at run time and never shipped.
 * Loading decodes the index and inflates the whole dictionary (about 4 MB) into memory once; entries
 * are parsed only when looked up, which keeps loading fast. Instances are immutable and thread-safe.
 */
public final class FreeDictDictionary {

    /** File names the Debian package installs under {@code /usr/share/dictd}. */
    public static final String INDEX_FILE = "freedict-eng-ara.index";
    public static final String DICT_FILE = "freedict-eng-ara.dict.dz";

    /** Long glosses ("a nocturnal African mammal") would flood the search; real translations are short. */
    private static final int MAX_WORDS_PER_TRANSLATION = 3;
    private static final int MAX_TRANSLATIONS = 4;

    private static final String DICTD_BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    private static final Pattern SENSE_NUMBER = Pattern.compile("^\\s*\\d+\\.\\s*");
    private static final Pattern SEPARATORS = Pattern.compile("[\u060C,;\u061B/()\\[\\]:]|\\s-\\s|\\s+-|-\\s+");
    /** Tashkeel and tatweel: the Arabic analyzer ignores them, and they vary between sources. */
    private static final Pattern DIACRITICS = Pattern.compile("[\u064B-\u065F\u0670\u0640]");
    private static final Pattern ARABIC_PHRASE = Pattern.compile("[\\p{IsArabic} ]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** Headword to flattened (offset, length) pairs into {@link #text}; a headword may have several entries. */
    private final Map<String, long[]> index;
    private final byte[] text;

    private FreeDictDictionary(Map<String, long[]> index, byte[] text) {
        this.index = index;
        this.text = text;
    }

    /**
     * Loads the dictionary from {@code directory} if both of its files are there.
     *
     * @return empty when the files are absent, so the service runs without the package
     * @throws IOException when the files exist but cannot be read
     */
    public static Optional<FreeDictDictionary> load(Path directory) throws IOException {
        Path indexFile = directory.resolve(INDEX_FILE);
        Path dictFile = directory.resolve(DICT_FILE);
        if (!Files.isRegularFile(indexFile) || !Files.isRegularFile(dictFile)) {
            return Optional.empty();
        }
        byte[] text;
        // dictzip is gzip with random-access data in the extra field, which GZIPInputStream skips.
        try (InputStream in = new GZIPInputStream(Files.newInputStream(dictFile), 1 << 16)) {
            text = in.readAllBytes();
        }
        Map<String, long[]> index = new HashMap<>(1 << 17);
        try (BufferedReader lines = Files.newBufferedReader(indexFile, StandardCharsets.UTF_8)) {
            String line;
            while ((line = lines.readLine()) != null) {
                int tab1 = line.indexOf('\t');
                int tab2 = line.indexOf('\t', tab1 + 1);
                if (tab1 <= 0 || tab2 < 0) {
                    continue;
                }
                String headword = line.substring(0, tab1).toLowerCase(Locale.ROOT);
                long offset = decodeBase64(line, tab1 + 1, tab2);
                long length = decodeBase64(line, tab2 + 1, line.length());
                if (offset < 0 || length < 0 || offset + length > text.length) {
                    continue;
                }
                index.merge(headword, new long[] {offset, length}, FreeDictDictionary::concat);
            }
        }
        return Optional.of(new FreeDictDictionary(index, text));
    }

    private static long[] concat(long[] a, long[] b) {
        long[] both = new long[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    /** dictd numbers are base64 digits, most significant first; -1 marks a malformed number. */
    static long decodeBase64(String s, int from, int to) {
        if (from >= to) {
            return -1;
        }
        long value = 0;
        for (int i = from; i < to; i++) {
            int digit = DICTD_BASE64.indexOf(s.charAt(i));
            if (digit < 0) {
                return -1;
            }
            value = value * 64 + digit;
        }
        return value;
    }

    /**
     * The short Arabic translations of an English headword, at most a few, without diacritics.
     *
     * @param english a single word or a phrase; compared case-insensitively
     * @return an empty list when the dictionary lacks the word or has only long glosses for it
     */
    public List<String> lookup(String english) {
        long[] entries = index.get(english.toLowerCase(Locale.ROOT).strip());
        if (entries == null) {
            return List.of();
        }
        Set<String> translations = new LinkedHashSet<>();
        for (int i = 0; i < entries.length && translations.size() < MAX_TRANSLATIONS; i += 2) {
            String entry = new String(text, (int) entries[i], (int) entries[i + 1], StandardCharsets.UTF_8);
            collectTranslations(entry, translations);
        }
        return translations.stream().limit(MAX_TRANSLATIONS).toList();
    }

    /** An entry is a headword line with a pronunciation, then one translation per line, numbered when several. */
    private static void collectTranslations(String entry, Set<String> into) {
        String[] lines = entry.split("\n");
        for (int i = 1; i < lines.length; i++) {
            String sense = SENSE_NUMBER.matcher(lines[i]).replaceFirst("");
            for (String piece : SEPARATORS.split(sense)) {
                String candidate = SPACES.matcher(DIACRITICS.matcher(piece).replaceAll("")).replaceAll(" ").strip();
                if (!candidate.isEmpty()
                        && ARABIC_PHRASE.matcher(candidate).matches()
                        && candidate.split(" ").length <= MAX_WORDS_PER_TRANSLATION) {
                    into.add(candidate);
                }
            }
        }
    }

    /** The number of distinct headwords. */
    public int size() {
        return index.size();
    }
}
