package io.isnad.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.isnad.ingest.SentenceSplitter;

/**
 * Splits answer text (the model's or the extractive answerer's) into sentences, each keeping the
 * {@code [n]} markers that follow it, whether written before or after its full stop.
 */
public final class AnswerSentences {

    /** {@code [3]}, and the {@code [1, 2]} lists some models write. */
    public static final Pattern MARKER = Pattern.compile("\\[(\\d{1,3}(?:\\s*[,،]\\s*\\d{1,3})*)\\]");
    private static final String TERMINALS = ".!?؟\n";
    /**
     * An ellipsis ends a sentence only when markers follow it: the extractive answerer quotes the
     * answering clauses of a long sentence as "…clause… [1]".
     */
    private static final char CUT = '…';
    /**
     * A long sentence quoted in two parts reads "subject … [1] …asked part… [2]": a spaced ellipsis
     * whose markers are followed by one that resumes marks clauses left out inside one sentence.
     */
    private static final Pattern GAP = Pattern.compile("\\s…(?:\\s*\\[\\d{1,3}])+\\s+…");
    private static final String CLOSERS = ".!?؟\"'”»)";

    private AnswerSentences() {
    }

    public static List<String> split(String text) {
        List<String> sentences = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            boolean cutClause = text.charAt(i) == CUT && afterMarkers(text, i + 1) > i + 1 && !gap(text, i);
            // A quoted article sentence is one sentence of the answer: its "م. ثيو كيرني" or "ط. و. 99"
            // is read as the article was split, not as a full stop.
            boolean abbreviation = text.charAt(i) == '.' && SentenceSplitter.isAbbreviation(text, start, i);
            if ((TERMINALS.indexOf(text.charAt(i)) < 0 && !cutClause) || abbreviation) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < text.length() && CLOSERS.indexOf(text.charAt(end)) >= 0) {
                end++;
            }
            end = afterMarkers(text, end);
            if (end == text.length() || Character.isWhitespace(text.charAt(end))) {
                add(sentences, text.substring(start, end));
                start = end;
            }
            i = end;
        }
        add(sentences, text.substring(start));
        return sentences;
    }

    /** The sentence with its markers taken out. */
    public static String withoutMarkers(String sentence) {
        return MARKER.matcher(sentence).replaceAll("").replaceAll("\\s+([.!?؟،,])", "$1").strip();
    }

    private static boolean gap(String text, int i) {
        return i > 0 && GAP.matcher(text).region(i - 1, text.length()).lookingAt();
    }

    private static int afterMarkers(String text, int from) {
        int end = from;
        while (true) {
            int k = end;
            while (k < text.length() && text.charAt(k) == ' ') {
                k++;
            }
            Matcher m = MARKER.matcher(text).region(k, text.length());
            if (!m.lookingAt()) {
                return end;
            }
            end = m.end();
        }
    }

    private static void add(List<String> sentences, String sentence) {
        if (!sentence.isBlank()) {
            sentences.add(sentence.strip());
        }
    }
}
