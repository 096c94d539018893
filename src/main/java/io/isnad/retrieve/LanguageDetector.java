package io.isnad.retrieve;

/** Tells Arabic questions from English ones by their letters. */
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
}
