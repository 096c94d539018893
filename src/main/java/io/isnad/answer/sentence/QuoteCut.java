package io.isnad.answer.sentence;

import java.util.regex.Pattern;

/**
 * A sentence the splitter ended inside a quote, at an ellipsis: "وأضاف شمخاني أن "إيران اليوم… للتصدي للفتن
 * التكفيرية.. جعلت روسيا القوية… إلى جانب العمليات الأرضية…"". News writes ".." as a pause in the speaker's
 * words, and the splitter ends a sentence on it, so the quote's rest, often what it was quoted for, stands in the
 * next sentence cut from its speaker. Joining the two in the splitter moved chunk boundaries and answers of other
 * questions (docs/answers.md, "fresh41b"); the answer quotes the rest with it instead ({@link AnswerComposer}).
 */
final class QuoteCut {

    /** An ellipsis ending a sentence: two dots or more, or the single character. */
    private static final Pattern ENDS_IN_ELLIPSIS = Pattern.compile("(?:\\.{2,}|…)\\s*$");

    private QuoteCut() {
    }

    /**
     * Whether {@code sentence} ends on an ellipsis with a quote opened in it and not closed: more opening marks
     * (“ «) than closing ones (” »), or an odd number of straight double quotes.
     */
    static boolean endsInsideQuote(String sentence) {
        if (!ENDS_IN_ELLIPSIS.matcher(sentence).find()) {
            return false;
        }
        int open = 0;
        int straight = 0;
        for (int i = 0; i < sentence.length(); i++) {
            switch (sentence.charAt(i)) {
                case '“', '«' -> open++;
                case '”', '»' -> open--;
                case '"' -> straight++;
                default -> {
                }
            }
        }
        return open > 0 || straight % 2 == 1;
    }
}
