package io.isnad.retrieve;

import java.util.List;

/**
 * Tells Arabic text from English, the one place that does: by its letters ({@link #detect}), which decide the path
 * a text is searched and answered in, or by its words ({@link #ofWords}), which decide whose question words a
 * question is typed by. The two differ only on a text mixing scripts, where a long name in one script outweighs a
 * short question in the other by its letters. Arabic written in Latin letters ("w kam wa7ed?") is English by
 * both: nothing here reads it as Arabic.
 */
public final class LanguageDetector {

    public static final String ARABIC = "ar";
    public static final String ENGLISH = "en";

    private LanguageDetector() {
    }

    /** {@code ar} when Arabic-script letters are at least as many as Latin ones, else {@code en}. */
    public static String detect(String text) {
        int arabic = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.ARABIC && Character.isLetter(c)) {
                arabic++;
            } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                latin++;
            }
        }
        return arabic >= latin && arabic > 0 ? ARABIC : ENGLISH;
    }

    /**
     * {@code en} when more than half of {@code words} (as a question's analysis splits it) open with a Latin
     * letter, else {@code ar}: the language whose question words type the question. A short Arabic question about
     * a long Latin name ("أين يقع مقر Lockheed Martin؟") is English by its letters, and searched so, but Arabic by
     * its words, and its أين asks a place; typed by its letters, the English typer finds no question word in it
     * and an XQuAD where-question lost its place and short answer (docs/answers.md, "debt46").
     */
    public static String ofWords(List<String> words) {
        // A loop, not a stream: the analysis of every question asks it.
        int latin = 0;
        for (String word : words) {
            char first = word.charAt(0);
            if (first < 0x250 && Character.isLetter(first)) {
                latin++;
            }
        }
        return latin * 2 > words.size() ? ENGLISH : ARABIC;
    }
}
