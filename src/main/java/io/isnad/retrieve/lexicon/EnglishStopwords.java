package io.isnad.retrieve.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The English stopwords and question words a translated question drops. */
final class EnglishStopwords {

    private static final String RESOURCE = "lexicon/en-stopwords.txt";

    private final Set<String> words;
    private final Set<List<String>> framePhrases;
    private final Lexicon builtin;

    private EnglishStopwords(Set<String> words, Set<List<String>> framePhrases, Lexicon builtin) {
        this.words = words;
        this.framePhrases = framePhrases;
        this.builtin = builtin;
    }

    /** The built-in list; {@code builtin} tells a name spelled like a stopword. */
    static EnglishStopwords load(Lexicon builtin) {
        try (InputStream in = EnglishStopwords.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + RESOURCE);
            }
            Set<String> words = new HashSet<>();
            Set<List<String>> framePhrases = new HashSet<>();
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = lines.readLine()) != null) {
                String word = line.strip().toLowerCase(Locale.ROOT);
                if (word.isEmpty() || word.startsWith("#")) {
                    continue;
                }
                if (word.contains(" ")) {
                    framePhrases.add(List.of(word.split("\\s+")));
                } else {
                    words.add(word);
                }
            }
            return new EnglishStopwords(Set.copyOf(words), Set.copyOf(framePhrases), builtin);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /**
     * How many words from {@code start} on form a question-frame phrase ("another term for rotors",
     * "the last name of the player"), 0 where none starts there. Its words are not searched: the
     * answering sentence writes the term or the name, seldom مصطلح or آخر, and those common words let
     * another article win. They stay evidence, where a word the articles lack declines a question
     * asked of the wrong corpus.
     */
    int framePhraseLength(List<QuestionWord> question, int start) {
        for (List<String> phrase : framePhrases) {
            if (startsAt(question, start, phrase)) {
                return phrase.size();
            }
        }
        return 0;
    }

    private static boolean startsAt(List<QuestionWord> question, int start, List<String> phrase) {
        if (start + phrase.size() > question.size()) {
            return false;
        }
        for (int k = 0; k < phrase.size(); k++) {
            if (!question.get(start + k).key().equals(phrase.get(k))) {
                return false;
            }
        }
        return true;
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
