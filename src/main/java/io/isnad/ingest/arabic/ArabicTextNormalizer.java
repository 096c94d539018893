package io.isnad.ingest.arabic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Folds the spelling variation of Arabic news text so that equal words compare equal.
 * Used for matching only: what is shown to users is always the original text.
 */
public final class ArabicTextNormalizer {

    /** Characters of a text folded at first by {@link #openingWords}: a few words of news prose. */
    private static final int OPENING = 64;
    /** The Arabic block, U+0600 to U+06FF: no character in it has a lower-case form. */
    private static final char ARABIC_BLOCK_START = '\u0600';
    private static final char ARABIC_BLOCK_END = '\u06FF';
    /**
     * A word as written between spaces and punctuation (% and ٪ are punctuation; $ is a symbol and stays): the
     * unit in which a question or sentence is read against word lists (offices, time words, pronouns).
     */
    public static final Pattern UNPUNCTUATED_WORD = Pattern.compile("[^\\s\\p{P}]+");
    /**
     * A word as letters with their marks, no digit or punctuation: the unit the short-answer finders read
     * folded text in, and the one a question's asking words are cut out by, the rest left as written.
     */
    public static final Pattern LETTER_WORD = Pattern.compile("[\\p{L}\\p{M}]+");
    /** A run of Arabic letters: the unit a table of Arabic words is looked up by. */
    public static final Pattern ARABIC_WORD = Pattern.compile("\\p{IsArabic}+");
    /**
     * The long-vowel letters of folded text (ا و ي): a vowel of a pattern or of a borrowed word, or a
     * weak root letter; the rest of a word's letters are its consonants.
     */
    public static final String LONG_VOWELS = "اوي";
    /** What ends a clause ({@link #clauses}). */
    private static final Pattern CLAUSE_END = Pattern.compile("[،,.;؛:!?؟()\\n]");

    private ArabicTextNormalizer() {
    }

    /**
     * A folded word without its definite article (الجامعات → جامعات), when at least three letters
     * are left: a name or noun looked up without caring whether the text wrote it with ال.
     */
    public static String withoutArticle(String folded) {
        return ArabicProclitics.withoutFirst(folded, ArabicProclitics.ARTICLE_ALONE, 3);
    }

    /**
     * A folded noun without the accusative's alif (قائدا → قائد، شهرا → شهر, the tanween that news writes after a
     * count or a verb's object), when at least {@code minLeft} letters are left; the word itself otherwise. The
     * callers look the bare noun up in a list, where a word that merely ends in ا (دنيا) is not found either way.
     */
    public static String withoutAccusativeAlif(String folded, int minLeft) {
        return folded.endsWith("ا") && folded.length() > minLeft ? folded.substring(0, folded.length() - 1) : folded;
    }

    /** Normalises {@code text} for comparison; the result is not length-preserving. */
    public static String normalize(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isDiacriticOrTatweel(c)) {
                continue;
            }
            out.append(fold(c));
        }
        return out.toString();
    }

    /** Word lists as the folded text spells them ({@link #normalize}: رئيس is matched as رييس), as a set. */
    public static Set<String> foldedSet(String... words) {
        return foldedSet(Stream.of(words));
    }

    /**
     * {@link #foldedSet(String...)} of words a list derives (a verb with its feminine, a noun with its
     * pronouns), or of a list kept as written for another reader.
     */
    public static Set<String> foldedSet(Stream<String> words) {
        return words.map(ArabicTextNormalizer::normalize).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * {@link #foldedSet(String...)} in the order written, for a list that builds a pattern's alternatives,
     * where a longer phrase may have to be tried before a shorter one it starts with.
     */
    public static List<String> foldedList(String... words) {
        return Stream.of(words).map(ArabicTextNormalizer::normalize).toList();
    }

    /**
     * The clauses of {@code text} as {@link #normalize} folds it: the stretches between a comma, a full stop, a
     * colon, a question mark or a bracket (not a quotation mark: وذكرت "وكالة أنباء الطلبة" names its speaker, and
     * أطلقت عليها لقب "…" its name, inside one).
     */
    public static List<String> clauses(String text) {
        return List.of(CLAUSE_END.split(normalize(text)));
    }

    /** The {@link #UNPUNCTUATED_WORD words} of {@code text} as {@link #normalize} folds it, in order. */
    public static List<String> words(String text) {
        return UNPUNCTUATED_WORD.matcher(normalize(text)).results().map(MatchResult::group).toList();
    }

    /**
     * The {@link #ARABIC_WORD Arabic words} of {@code text} as {@link #normalize} folds it, in order, repeats kept:
     * what a table of Arabic words reads; unlike {@link #words}, Latin words and digits are left out.
     */
    public static List<String> arabicWords(String text) {
        return ARABIC_WORD.matcher(normalize(text)).results().map(MatchResult::group).toList();
    }

    /**
     * {@code text} with each {@link #ARABIC_WORD} replaced by what {@code replacement} gives for it
     * (the word itself to keep it); what stands between the words is kept as it is.
     */
    public static String replaceArabicWords(String text, UnaryOperator<String> replacement) {
        Matcher m = ARABIC_WORD.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(replacement.apply(m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * The first {@code count} matches of {@code word} in {@code text} as {@link #normalize} folds it
     * (fewer when the text holds fewer): the same words as in the whole folded text, folding only as
     * much of it as they take. A reader of a long sentence's opening words then folds a few dozen
     * characters, not the sentence. Folding is character by character, so a folded prefix is a
     * prefix of the folded text; more is folded only while the words found reach its end, where
     * the next characters could still change them.
     */
    public static List<String> openingWords(String text, Pattern word, int count) {
        for (int length = OPENING; ; length *= 2) {
            int cut = Math.min(length, text.length());
            // A surrogate pair is one character to the pattern: never cut between its halves.
            if (cut < text.length() && Character.isHighSurrogate(text.charAt(cut - 1))) {
                cut++;
            }
            Matcher m = word.matcher(normalize(text.substring(0, cut)));
            List<String> words = new ArrayList<>(count);
            while (words.size() < count && m.find()) {
                words.add(m.group());
            }
            if (cut == text.length() || !m.hitEnd()) {
                return words;
            }
        }
    }

    /**
     * Folds {@code text} like {@link #normalize} and remembers, for every folded character, the
     * offset of the character it came from, so that a match found in folded text can be cut from
     * the original at exact offsets.
     */
    public static Folded foldWithOffsets(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int[] origin = new int[text.length() + 1];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isDiacriticOrTatweel(c)) {
                origin[out.length()] = i;
                out.append(fold(c));
            }
        }
        origin[out.length()] = text.length();
        return new Folded(out.toString(), Arrays.copyOf(origin, out.length() + 1));
    }

    /**
     * Folded text and where each of its characters stands in the original.
     *
     * @param text the folded text
     * @param origin {@code origin[i]} is the original offset of folded character {@code i};
     *        {@code origin[text.length()]} is the original length
     */
    public record Folded(String text, int[] origin) {

        /** Original offset of the start of folded character {@code i}. */
        public int start(int i) {
            return origin[i];
        }

        /** Original offset just past folded character {@code end - 1}, its diacritics included. */
        public int end(int end) {
            return origin[end];
        }

        /**
         * How many folded characters stand before original offset {@code offset}: the folded offset
         * of the original character there, or of the next one kept where it is a diacritic.
         */
        public int indexOf(int offset) {
            int i = Arrays.binarySearch(origin, 0, text.length(), offset);
            return i >= 0 ? i : -i - 1;
        }
    }

    /**
     * The folded form of one character, or the character itself. The letters Arabic borrows from
     * Persian, Urdu and Kurdish are folded to the Arabic letter an Arabic reader takes them for:
     * <ul>
     * <li>the Persian keyboard's ک and ی, Sindhi's ڪ (a kaf), Urdu's ے، ۓ and Kurdish's ێ, Pashto's
     * ې، ۍ (ya with a vowel sign) and Kurdish's ۆ، ۇ، ۈ (waw with a vowel sign);</li>
     * <li>the sounds Arabic spells with its nearest letter: ژ (zh, the French j) as ج (جان), and
     * Urdu's ٹ، ڈ، ڑ، ں as ت، د، ر، ن;</li>
     * <li>the forms of heh: Persian ۀ (heh with the ezafe's ya), Urdu's ہ، ۂ and ھ, Kurdish's ە, all
     * ه, and Urdu's ۃ as ه like ة;</li>
     * <li>the dialects' chat spelling, where Iraqi and Gulf write چ for a ك said "ch" (حچى = حكى،
     * چم = كم) and گ, the Maghrebi ڭ and the Algerian ڨ for a ق said "g" (يگول = يقول). Persian
     * and Urdu give these two other sounds (ch, g), which Arabic spells in no single way (تش،
     * ش; غ، ج، ك), so the dialects' reading stands.</li>
     * </ul>
     * Each is one character for one, so a folded text keeps the original's offsets. Not پ (p) and
     * ڤ، ڥ (v): encyclopaedic text spells foreign names with them (أوروپا، پيلا), and folded they
     * matched two questions about another corpus to it for one question gained (docs/answers.md,
     * "Twenty-fourth round: dialect question forms" and "Twenty-sixth round, second wave: Persian
     * and Urdu letters").
     */
    public static char fold(char c) {
        return switch (c) {
            case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
            case 'ى', 'ی', 'ئ', 'ے', 'ۓ', 'ێ', 'ې', 'ۍ' -> 'ي';
            case 'ة', 'ۃ', 'ۀ', 'ہ', 'ۂ', 'ھ', 'ە' -> 'ه';
            case 'ؤ', 'ۆ', 'ۇ', 'ۈ' -> 'و';
            case 'ک', 'ڪ', 'چ' -> 'ك';
            case 'گ', 'ڭ', 'ڨ' -> 'ق';
            case 'ژ' -> 'ج';
            case 'ٹ' -> 'ت';
            case 'ڈ' -> 'د';
            case 'ڑ' -> 'ر';
            case 'ں' -> 'ن';
            case '“', '”', '„', '«', '»', '″' -> '"';
            case '‘', '’', '‚', '′' -> '\'';
            case '٫' -> '.';
            case '\u00A0' -> ' ';
            default -> foldDigit(c);
        };
    }

    /**
     * {@code written} without its diacritics and tatweel and not folded otherwise (a word read as
     * written, whose ة must stay one); {@code written} itself when it has none, as most news words.
     */
    public static String withoutDiacritics(String written) {
        StringBuilder kept = null;
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            if (isDiacriticOrTatweel(c)) {
                if (kept == null) {
                    kept = new StringBuilder(written.length()).append(written, 0, i);
                }
            } else if (kept != null) {
                kept.append(c);
            }
        }
        return kept == null ? written : kept.toString();
    }

    /** Whether {@code c} is a harakat mark, superscript alef or tatweel, all dropped for matching. */
    public static boolean isDiacriticOrTatweel(char c) {
        return (c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640';
    }

    private static char foldDigit(char c) {
        if (c >= '٠' && c <= '٩') {
            return (char) ('0' + (c - '٠'));
        }
        if (c >= '۰' && c <= '۹') {
            return (char) ('0' + (c - '۰'));
        }
        // Most characters are ASCII or Arabic (which has no case): both answered without the
        // JDK's Unicode tables, which cost a lookup per character of every article indexed.
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        if (c >= ARABIC_BLOCK_START && c <= ARABIC_BLOCK_END) {
            return c;
        }
        return Character.toLowerCase(c);
    }
}
