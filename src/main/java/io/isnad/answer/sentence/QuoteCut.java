package io.isnad.answer.sentence;

import java.util.regex.Pattern;

/**
 * A sentence the splitter ended inside a quote, at an ellipsis: "وأضاف شمخاني أن "إيران اليوم… للتصدي للفتن
 * التكفيرية.. جعلت روسيا القوية… إلى جانب العمليات الأرضية…"". News writes ".." as a pause in the speaker's
 * words, and the splitter ends a sentence on it, so the quote's rest, often what it was quoted for, stands in the
 * next sentence cut from its speaker; a full stop inside the words cuts them so too ({@link #closesQuoteOf}).
 * Joining the two in the splitter moved chunk boundaries and answers of other questions (docs/answers.md,
 * "fresh41b"); the answer quotes the rest with it instead ({@link AnswerComposer}).
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
        return ENDS_IN_ELLIPSIS.matcher(sentence).find() && Marks.of(sentence).leavesOpen();
    }

    /**
     * Whether a quote opened in {@code before} and left open there is closed in {@code sentence}, the next sentence
     * of its story: the splitter also ends a sentence at a full stop inside a speaker's words, and the quote's tail
     * then stands cut from its speaker and from what it began with ("وقال: "من المفترض أن نستعيد هذا المال من
     * سوريا." / "أموال هذا الشعب تم إنفاقها هناك"."). {@code sentence} closes more curly marks than it opens, or
     * holds an odd number of straight quotes after a sentence that did too.
     */
    static boolean closesQuoteOf(String before, String sentence) {
        Marks opened = Marks.of(before);
        Marks closed = Marks.of(sentence);
        return opened.curly() > 0 && closed.curly() < 0 || opened.oddStraight() && closed.oddStraight();
    }

    /** A sentence's quote marks: curly opening marks less closing ones, and the straight double quotes. */
    private record Marks(int curly, int straight) {

        static Marks of(String sentence) {
            int curly = 0;
            int straight = 0;
            for (int i = 0; i < sentence.length(); i++) {
                switch (sentence.charAt(i)) {
                    case '“', '«' -> curly++;
                    case '”', '»' -> curly--;
                    case '"' -> straight++;
                    default -> {
                    }
                }
            }
            return new Marks(curly, straight);
        }

        boolean oddStraight() {
            return straight % 2 == 1;
        }

        boolean leavesOpen() {
            return curly > 0 || oddStraight();
        }
    }
}
