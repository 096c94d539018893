package io.isnad.retrieve.lexicon;

import java.util.Map;

/**
 * The values of Roman numerals, as an English question numbers finals, wars and kings (Super Bowl XLIX,
 * World War II). Read by the search, which looks a numeral up as its digits ({@link QuestionWord}), and
 * by the short-answer reading of a question, which must not answer with the number it names
 * ({@code TypedQuestion}). Each caller's own pattern says which letters and forms it takes.
 */
public final class RomanNumerals {

    private static final Map<Character, Integer> DIGITS = Map.of('I', 1, 'V', 5, 'X', 10, 'L', 50, 'C', 100,
            'D', 500, 'M', 1000);

    private RomanNumerals() {
    }

    /** Whether {@code c} is a Roman numeral's letter. */
    public static boolean isLetter(char c) {
        return DIGITS.containsKey(c);
    }

    /**
     * The value of a numeral of Roman letters only: a letter before a larger one is subtracted (XLIX 49,
     * XXXIII 33).
     */
    public static int value(CharSequence numeral) {
        int value = 0;
        for (int i = 0; i < numeral.length(); i++) {
            int digit = DIGITS.get(numeral.charAt(i));
            boolean subtracted = i + 1 < numeral.length() && digit < DIGITS.get(numeral.charAt(i + 1));
            value += subtracted ? -digit : digit;
        }
        return value;
    }
}
