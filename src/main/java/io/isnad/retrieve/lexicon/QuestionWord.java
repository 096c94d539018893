package io.isnad.retrieve.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One word of an English question, as the {@link QueryTranslator} looks it up. Hyphenated tokens
 * ("al-Sham") are split into words that share a group, so phrases match across hyphens and spaces alike.
 *
 * @param key           normalised lookup form; for numbers, the digits
 * @param original      as written, possessive removed
 * @param group         index of the token the word came from
 * @param number        written in digits
 * @param sentenceStart first word of a sentence, where capitals say nothing about names
 * @param glued         the digits glued to the word's end ("Internet2"), empty for none
 */
record QuestionWord(String key, String original, int group, boolean number, boolean sentenceStart, String glued) {

    private static final Pattern TOKEN = Pattern.compile(
            "(?<number>\\d+(?:[.,]\\d+)*)(?:(?:st|nd|rd|th|s)(?!\\p{L}))?"
                    + "|(?<word>\\p{L}[\\p{L}\\p{M}\\p{N}]*(?:['\u2019]\\p{L}+)*"
                    + "(?:-[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*(?:['\u2019]\\p{L}+)*)*)"
                    + "|(?<stop>[.?!;:])");
    /** "U.S." and "U.N." would otherwise end a sentence after each letter. */
    private static final Pattern DOTTED_ACRONYM = Pattern.compile("\\b((?:\\p{Lu}\\.){2,})");
    private static final Pattern POSSESSIVE = Pattern.compile("['\u2019][sS]$");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    /** A thousands separator: compiled once, not on every number of every English question. */
    private static final Pattern THOUSANDS_SEPARATOR = Pattern.compile(",(?=\\d{3}\\b)");
    /**
     * A word with a number glued to its end ("Internet2", "Windows10"). Read as one token it has no
     * translation, so the question kept no evidence of it, and a number no article gives could not
     * count as missing (docs/answers.md, "Twentieth round: names taken for verbs, numbers glued to words").
     * Two letters at least: a lone letter (F16) is dropped as a word anyway.
     */
    private static final Pattern GLUED_NUMBER = Pattern.compile("(\\p{IsLatin}{2,})(\\d+)");
    private static final Pattern LATIN = Pattern.compile("[\\p{IsLatin}'\u2019]+");
    /**
     * A Roman numeral of two letters at least, up to 89 (I, V, X and L only: "DC", "CD" and "MD" are
     * abbreviations more often than numbers).
     */
    private static final Pattern ROMAN = Pattern.compile("(?=[IVXL]{2,}$)(XL|L?X{0,3})(IX|IV|V?I{0,3})");
    /**
     * Up to this value a Roman numeral after a name is a regnal or series number Arabic writes as an
     * ordinal word (هنري الثالث، إليزابيث الثانية), which digits would not find; above it, as digits
     * (السوبر بول 49 for "Super Bowl XLIX"). Read as a word it had no translation at all.
     */
    private static final int ORDINAL_ROMAN_UP_TO = 10;

    boolean capitalised() {
        return Character.isUpperCase(original.codePointAt(0));
    }

    boolean allCaps() {
        return original.length() >= 2 && original.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    /** Whether the word is written in Latin letters (and apostrophes) only, as a name to spell is. */
    boolean latin() {
        return LATIN.matcher(original).matches();
    }

    /** The words of {@code text}, in order. */
    static List<QuestionWord> read(String text) {
        List<QuestionWord> words = new ArrayList<>();
        Matcher m = TOKEN.matcher(DOTTED_ACRONYM.matcher(text).replaceAll(r -> r.group(1).replace(".", "")));
        boolean sentenceStart = true;
        int group = 0;
        while (m.find()) {
            if (m.group("stop") != null) {
                sentenceStart = true;
                continue;
            }
            if (m.group("number") != null) {
                // Thousands separators would split the number for the index; decimals keep their point.
                String digits = THOUSANDS_SEPARATOR.matcher(m.group("number")).replaceAll("");
                words.add(new QuestionWord(digits, digits, group++, true, sentenceStart, ""));
            } else {
                String token = POSSESSIVE.matcher(m.group("word")).replaceFirst("");
                OptionalInt roman = sentenceStart || words.isEmpty() || !words.getLast().capitalised()
                        || words.getLast().sentenceStart() ? OptionalInt.empty() : romanNumber(token);
                if (roman.isPresent()) {
                    String digits = Integer.toString(roman.getAsInt());
                    words.add(new QuestionWord(digits, digits, group++, true, false, ""));
                    sentenceStart = false;
                    continue;
                }
                for (String part : token.split("-")) {
                    Matcher glued = GLUED_NUMBER.matcher(part);
                    if (glued.matches()) {
                        // The name and its number, as the Arabic analyzer reads إنترنت2.
                        words.add(new QuestionWord(Lexicon.normalizeKey(glued.group(1)), glued.group(1), group, false,
                                sentenceStart, glued.group(2)));
                        words.add(new QuestionWord(glued.group(2), glued.group(2), group, true, sentenceStart, ""));
                        continue;
                    }
                    boolean number = DIGITS.matcher(part).matches();
                    String key = number ? part : Lexicon.normalizeKey(part);
                    if (!key.isEmpty()) {
                        words.add(new QuestionWord(key, part, group, number, sentenceStart, ""));
                    }
                }
                group++;
            }
            sentenceStart = false;
        }
        return words;
    }

    /**
     * The value of a Roman numeral above {@link #ORDINAL_ROMAN_UP_TO} ("XLIX" 49), empty for any other
     * word; the caller reads it only after a capitalised word, as in a name ("Super Bowl XLIX").
     */
    static OptionalInt romanNumber(String token) {
        if (!ROMAN.matcher(token).matches()) {
            return OptionalInt.empty();
        }
        int value = RomanNumerals.value(token);
        return value > ORDINAL_ROMAN_UP_TO ? OptionalInt.of(value) : OptionalInt.empty();
    }
}
