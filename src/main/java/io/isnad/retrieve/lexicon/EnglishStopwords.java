package io.isnad.retrieve.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** The English stopwords and question words a translated question drops. */
final class EnglishStopwords {

    private static final String RESOURCE = "lexicon/en-stopwords.txt";

    private final Set<String> words;
    private final Lexicon builtin;

    private EnglishStopwords(Set<String> words, Lexicon builtin) {
        this.words = words;
        this.builtin = builtin;
    }

    /** The built-in list; {@code builtin} tells a name spelled like a stopword. */
    static EnglishStopwords load(Lexicon builtin) {
        try (InputStream in = EnglishStopwords.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + RESOURCE);
            }
            Set<String> words = new HashSet<>();
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = lines.readLine()) != null) {
                String word = line.strip().toLowerCase(Locale.ROOT);
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word);
                }
            }
            return new EnglishStopwords(Set.copyOf(words), builtin);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /**
     * Stopwords are dropped, except where capitals show a name that happens to be spelled like one:
     * "US" or "May 5" in the middle of a sentence.
     */
    boolean dropped(QuestionWord word) {
        if (word.key().length() < 2) {
            return true;
        }
        if (!words.contains(word.key())) {
            return false;
        }
        boolean shownAsName = word.allCaps() || (word.capitalised() && !word.sentenceStart());
        return !(shownAsName && !builtin.lookup(word.key()).isEmpty());
    }
}
