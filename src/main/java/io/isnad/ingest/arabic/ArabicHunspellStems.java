package io.isnad.ingest.arabic;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.analysis.hunspell.Hunspell;
import org.apache.lucene.store.ByteBuffersDirectory;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The stems Hunspell's Arabic dictionary (Debian's {@code hunspell-ar}, Ayaspell) gives a word:
 * where the light stem and {@link ArabicRootSkeleton} miss, a conjugated verb and its other forms
 * (تحد / يحدها → حد، وحد؛ فازوا / ليفوزوا → فاز) share one. Read through Lucene's own Hunspell.
 *
 * <p>The dictionary is GPL-licensed, so it is read from the machine at run time and never shipped.
 * The service compares folded text ({@link ArabicTextNormalizer}: أ إ آ → ا، ة → ه، ى ئ → ي, no
 * harakat), so the affix and word files are folded the same way as they are read: their words and
 * affixes then describe folded words, which is what a question and a sentence hold. Stems shorter
 * than {@value #MIN_STEM_LENGTH} letters are dropped: two letters (حد، صل) are shared by too many
 * unrelated words; so is a word of more than {@value #MAX_STEMS} stems. Instances are thread-safe.
 */
public final class ArabicHunspellStems {

    /** File names the Debian package installs under {@code /usr/share/hunspell}. */
    public static final String AFFIX_FILE = "ar.aff";
    public static final String WORDS_FILE = "ar.dic";
    static final int MIN_STEM_LENGTH = 3;
    /**
     * A word with more stems than this is read too many ways to match by (folded, أعلى and على are
     * one word, with the stems علا، علي، اعلي، عله): with every reading, questions found their words
     * in other articles' sentences by chance, and with at most two the tuning parts lost nothing
     * (docs/answers.md, "Sixteenth round: Arabic morphology through Hunspell").
     */
    static final int MAX_STEMS = 2;
    /** Hunspell marks a verb's stem with a leading colon (":حد"). */
    private static final char VERB_MARK = ':';
    /**
     * Stems by word: a sentence's words are compared with many questions, and one look-up costs
     * some 100 µs. A few MB at most. Its upkeep runs on the calling thread, as with the service's
     * other caches ({@code io.isnad.index.Caches}, a stage this one may not reach up to).
     */
    private final Cache<String, Reading> readings = Caffeine.newBuilder().executor(Runnable::run)
            .maximumSize(100_000).build();
    /** Lucene's {@link Hunspell} keeps buffers per call, so each thread has its own over the shared dictionary. */
    private final ThreadLocal<Hunspell> hunspell;
    private final int entries;

    private ArabicHunspellStems(Dictionary dictionary, int entries) {
        this.hunspell = ThreadLocal.withInitial(() -> new Hunspell(dictionary));
        this.entries = entries;
    }

    /**
     * Loads the dictionary from {@code directory} if both of its files are there.
     *
     * @return empty when the files are absent, so the service runs without the package
     * @throws IOException when the files exist but cannot be read or parsed
     */
    public static Optional<ArabicHunspellStems> load(Path directory) throws IOException {
        Path affix = directory.resolve(AFFIX_FILE);
        Path words = directory.resolve(WORDS_FILE);
        if (!Files.isRegularFile(affix) || !Files.isRegularFile(words)) {
            return Optional.empty();
        }
        List<String> wordLines = Files.readAllLines(words, StandardCharsets.UTF_8);
        try (ByteBuffersDirectory scratch = new ByteBuffersDirectory();
                InputStream affixes = folded(Files.readAllLines(affix, StandardCharsets.UTF_8), true);
                InputStream dictionary = folded(wordLines, false)) {
            return Optional.of(new ArabicHunspellStems(
                    new Dictionary(scratch, "hunspell", affixes, List.of(dictionary), false), wordLines.size()));
        } catch (ParseException e) {
            throw new IOException("cannot parse the Hunspell dictionary in " + directory + ": " + e.getMessage(), e);
        }
    }

    /**
     * {@code lines} folded like the text they will be compared with. The affix file declares its
     * encoding first (Lucene reads that declaration only near the file's start, and Ayaspell's is
     * near the end), and loses the lists of letters to ignore and to try in suggestions: harakat are
     * gone from folded text, and suggestions are not asked for.
     */
    private static InputStream folded(List<String> lines, boolean affixFile) {
        StringBuilder out = new StringBuilder(affixFile ? "SET UTF-8\n" : "");
        for (String line : lines) {
            if (affixFile && (line.startsWith("SET") || line.startsWith("IGNORE") || line.startsWith("TRY"))) {
                continue;
            }
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                // Only Arabic letters: the flags, directives and numbers of the files stay as written.
                if (c < '\u0600' || c > '\u06FF') {
                    out.append(c);
                } else if (!ArabicTextNormalizer.isDiacriticOrTatweel(c)) {
                    out.append(ArabicTextNormalizer.fold(c));
                }
            }
            out.append('\n');
        }
        return new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** How many lines the word file has (about its entries), for the start-up log. */
    public int entries() {
        return entries;
    }

    /**
     * The stems of a folded word (a light stem of the analyser, or a word as written), of at least
     * {@value #MIN_STEM_LENGTH} letters; empty when the dictionary does not know it or reads it more
     * than {@value #MAX_STEMS} ways.
     */
    public Set<String> stems(String word) {
        return readings.get(word, this::analyse).stems();
    }

    /**
     * The stems among {@link #stems} that Hunspell reads the word as a verb's (فازوا، فاز → فاز), under
     * the same limits; empty for a word it reads only as a noun or a particle.
     */
    public Set<String> verbStems(String word) {
        return readings.get(word, this::analyse).verbs();
    }

    /** {@link #verbStems}, or empty when Hunspell also reads the word as a noun (عاما: عام, year or swam). */
    public Set<String> onlyVerbStems(String word) {
        Reading reading = readings.get(word, this::analyse);
        return reading.noun() ? Set.of() : reading.verbs();
    }

    /** A word's stems, and those of them that are a verb's. */
    private record Reading(Set<String> stems, Set<String> verbs, boolean noun) {
        static final Reading NONE = new Reading(Set.of(), Set.of(), false);
    }

    private Reading analyse(String word) {
        Set<String> found = new LinkedHashSet<>();
        Set<String> verbs = new LinkedHashSet<>();
        boolean noun = false;
        for (String root : hunspell.get().getRoots(word)) {
            boolean verb = !root.isEmpty() && root.charAt(0) == VERB_MARK;
            String stem = verb ? root.substring(1) : root;
            if (stem.length() >= MIN_STEM_LENGTH) {
                found.add(stem);
                if (verb) {
                    verbs.add(stem);
                } else {
                    noun = true;
                }
            }
        }
        return found.size() > MAX_STEMS ? Reading.NONE : new Reading(Set.copyOf(found), Set.copyOf(verbs), noun);
    }
}
