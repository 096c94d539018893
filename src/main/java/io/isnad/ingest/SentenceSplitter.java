package io.isnad.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits text into sentences the way Arabic news is punctuated: on {@code . ! ? ؟ ؛ …} and line
 * breaks, never inside numbers (2.5, 1.000), abbreviations, Latin tokens such as domain names or a
 * short bracket within a sentence, and with closing quotes and brackets kept in the sentence they
 * close.
 */
public final class SentenceSplitter {

    /**
     * Longest sentence kept whole, in characters. A run of text without punctuation (a table, a
     * transcript, a file with no full stops) is cut at the last whitespace before this length, or
     * at this length when there is none, so an answer never quotes megabytes.
     */
    public static final int MAX_SENTENCE_CHARS = 600;
    /**
     * Longest bracket, in characters from its opening to its closing, whose terminators do not end
     * the sentence it stands in. An encyclopaedia opening gives its subject's name in other languages
     * between brackets, apart by "؛" ("الإسكندر الثالث المقدوني… (باليونانية: Ἀλέξανδρος ὁ Μέγας؛
     * نقحرة: …)، هو أحد ملوك مقدونيا"): ended there, the subject and what it is fall into two
     * sentences, and neither answers who he was. A longer bracket is a passage of its own.
     */
    static final int SHORT_BRACKET = 100;
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "col", "lt", "sgt", "capt", "gov", "sen",
            "rep", "no", "vs", "etc", "inc", "ltd", "co", "corp", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec", "e.g", "i.e", "approx", "dept", "est", "fig", "vol");
    /** Letters joined by dots (U.S, e.g): compiled once, where {@code String.matches} compiled it for every full stop. */
    private static final Pattern INITIALS = Pattern.compile("(\\p{L}\\.)+\\p{L}");

    /** Sentence spans inside {@code [from, to)} of {@code text}, trimmed, in order. */
    public List<TextSpan> split(String text, int from, int to) {
        List<TextSpan> spans = new ArrayList<>();
        int sentenceStart = from;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if ((c == '\n' || c == '\r') && !isSubscriptBreak(text, i)) {
                addTrimmed(text, sentenceStart, i, spans);
                sentenceStart = ++i;
            } else if (isTerminator(c) && endsSentence(text, i, to, sentenceStart)
                    && !insideShortBracket(text, sentenceStart, i, to)) {
                int end = i + 1;
                while (end < to && isTerminator(text.charAt(end))) {
                    end++;
                }
                end = absorbClosers(text, sentenceStart, end, to);
                addTrimmed(text, sentenceStart, end, spans);
                sentenceStart = i = end;
            } else {
                i++;
            }
        }
        addTrimmed(text, sentenceStart, to, spans);
        return spans;
    }

    /**
     * Whether the line break at {@code i} stands inside a chemical formula, its subscript figure laid
     * on a line of its own when the text was extracted ("الضغط الجزئي لـ O", "2 حول المريض"): a capital
     * Latin letter right before it, one figure and no other right after. Read as a paragraph end, it
     * cut the sentence in two, and the second half, opening with a bare "2", answered nothing.
     */
    public static boolean isSubscriptBreak(String text, int i) {
        if (text.charAt(i) != '\n' || i == 0 || i + 2 >= text.length()) {
            return false;
        }
        char before = text.charAt(i - 1);
        return before >= 'A' && before <= 'Z' && Character.isDigit(text.charAt(i + 1))
                && !Character.isDigit(text.charAt(i + 2));
    }

    private static boolean endsSentence(String text, int i, int to, int sentenceStart) {
        if (text.charAt(i) != '.') {
            return true;
        }
        char before = i > sentenceStart ? text.charAt(i - 1) : ' ';
        char after = i + 1 < to ? text.charAt(i + 1) : ' ';
        if (Character.isDigit(before) && Character.isDigit(after)) {
            return false;
        }
        if (isAsciiLetterOrDigit(before) && isAsciiLetterOrDigit(after)) {
            return false;
        }
        return !isAbbreviation(text, sentenceStart, i);
    }

    /**
     * Whether the terminator at {@code i} stands inside a bracket opened after the first word of the
     * sentence begun at {@code sentenceStart} and closed within {@value #SHORT_BRACKET} characters of
     * its opening, before a line break or another opening bracket. A sentence wholly in brackets still
     * ends at its own terminator: its bracket opens the sentence.
     */
    private static boolean insideShortBracket(String text, int sentenceStart, int i, int to) {
        int open = -1;
        for (int j = i - 1; j >= Math.max(sentenceStart, i - SHORT_BRACKET); j--) {
            char c = text.charAt(j);
            if (c == ')') {
                return false;
            }
            if (c == '(') {
                open = j;
                break;
            }
        }
        if (open < 0 || !hasWordBefore(text, sentenceStart, open)) {
            return false;
        }
        int limit = Math.min(to, open + SHORT_BRACKET);
        for (int j = i + 1; j < limit; j++) {
            char c = text.charAt(j);
            if (c == ')') {
                return true;
            }
            if (c == '(' || c == '\n' || c == '\r') {
                return false;
            }
        }
        return false;
    }

    /**
     * The brackets of {@code sentence} whose terminator this splitter read across ({@link
     * #SHORT_BRACKET}), from the opening to the closing bracket: the other-language names of an
     * encyclopaedia opening ("(باليونانية: Ἀλέξανδρος ὁ Μέγας؛ نقحرة: …)"), which a quote of the
     * sentence may leave out.
     */
    public static List<TextSpan> bracketsReadAcross(String sentence) {
        List<TextSpan> brackets = new ArrayList<>();
        for (int i = 0; i < sentence.length(); i++) {
            if (isTerminator(sentence.charAt(i)) && endsSentence(sentence, i, sentence.length(), 0)
                    && insideShortBracket(sentence, 0, i, sentence.length())) {
                int open = sentence.lastIndexOf('(', i);
                int close = sentence.indexOf(')', i);
                brackets.add(new TextSpan(open, close + 1));
                i = close;
            }
        }
        return brackets;
    }

    private static boolean hasWordBefore(String text, int from, int to) {
        for (int j = from; j < to; j++) {
            if (Character.isLetterOrDigit(text.charAt(j))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the full stop at {@code dot} closes an abbreviation or an initial (Dr., U.S., د., م. ثيو)
     * rather than the sentence begun at {@code sentenceStart}: one rule for the articles' sentences and
     * for the sentences of an answer quoted from them.
     */
    public static boolean isAbbreviation(String text, int sentenceStart, int dot) {
        int wordStart = dot;
        // A word's vowel marks are part of it: "حاليًا." ends in the tanween before its alef, and read
        // without the marks its alef alone looked like an initial.
        while (wordStart > sentenceStart && (Character.isLetter(text.charAt(wordStart - 1))
                || text.charAt(wordStart - 1) == '.' || isMark(text.charAt(wordStart - 1)))) {
            wordStart--;
        }
        String word = text.substring(wordStart, dot);
        if (word.isEmpty()) {
            return false;
        }
        // A lone letter before a dot is an initial (J. Smith, U.S.) or an Arabic abbreviation (د. for doctor),
        // unless it is glued to a figure or a symbol before it: the era of a year (1994م.) or a unit (30 °C.).
        if (word.length() == 1) {
            return wordStart == sentenceStart || !gluedToFigure(text.charAt(wordStart - 1));
        }
        return INITIALS.matcher(word).matches() || ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static boolean isMark(char c) {
        return Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private static boolean gluedToFigure(char before) {
        return Character.isDigit(before) || Character.getType(before) == Character.OTHER_SYMBOL;
    }

    /** Moves {@code end} past closing quotes and brackets; a straight quote closes only an open one. */
    private static int absorbClosers(String text, int sentenceStart, int end, int to) {
        while (end < to) {
            char c = text.charAt(end);
            boolean closesStraightQuote = (c == '"' || c == '\'') && isOpen(text, sentenceStart, end, c);
            if (!isCloser(c) && !closesStraightQuote) {
                break;
            }
            end++;
        }
        return end;
    }

    private static boolean isOpen(String text, int from, int to, char quote) {
        int count = 0;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == quote) {
                count++;
            }
        }
        return count % 2 == 1;
    }

    /**
     * Whether {@code c} may end a sentence. Every character of an article is tested, so a switch
     * (a jump table) rather than a search of a string of them.
     */
    private static boolean isTerminator(char c) {
        return switch (c) {
            case '.', '!', '?', '؟', '؛', '…' -> true;
            default -> false;
        };
    }

    /** Closing quotes and brackets, kept in the sentence they close. */
    private static boolean isCloser(char c) {
        return switch (c) {
            case '”', '»', '’', ')', ']', '}', '›' -> true;
            default -> false;
        };
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static void addTrimmed(String text, int start, int end, List<TextSpan> spans) {
        while (start < end && isBlank(text.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(text.charAt(end - 1))) {
            end--;
        }
        while (end - start > MAX_SENTENCE_CHARS) {
            int cut = cutPoint(text, start);
            addTrimmed(text, start, cut, spans);
            start = cut;
            while (start < end && isBlank(text.charAt(start))) {
                start++;
            }
        }
        for (int i = start; i < end; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                spans.add(new TextSpan(start, end));
                return;
            }
        }
    }

    /** Where to end an over-long sentence starting at {@code start}: after its last blank within the limit. */
    private static int cutPoint(String text, int start) {
        int limit = start + MAX_SENTENCE_CHARS;
        for (int i = limit; i > start + MAX_SENTENCE_CHARS / 2; i--) {
            if (isBlank(text.charAt(i - 1))) {
                return i;
            }
        }
        // No blank in the second half: cut at the limit, never between the halves of a surrogate pair.
        return Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
    }

    public static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || (c >= '\u200B' && c <= '\u200F')
                || c == '\uFEFF';
    }
}
