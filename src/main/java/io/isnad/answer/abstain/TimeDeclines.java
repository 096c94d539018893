package io.isnad.answer.abstain;

import java.util.List;
import java.util.Set;

import io.isnad.answer.AskedQuestion;
import io.isnad.answer.question.QuestionAnalyzer;
import io.isnad.answer.question.QuestionType;
import io.isnad.answer.shortanswer.ShortAnswerFinder;
import io.isnad.ingest.arabic.ArabicCalendarWords;

/**
 * The checks of a when-question's answer that decline it whatever the abstention model says: no quoted
 * sentence gives a time, none gives the year a question for one asks, or the question names a day or a
 * month no quoted sentence writes. One kind of {@link Decline}; the others are in {@link Declines}, {@link
 * CountDeclines}, {@link OfficeDeclines} and {@link ReportDeclines}.
 */
public final class TimeDeclines {

    private TimeDeclines() {
    }

    /**
     * Whether a when-question (متى، when: the question word asks for a time outright) is answered by
     * sentences that place nothing in time ({@link ArabicCalendarWords#placesInTime}: no figure, no
     * month, weekday or relative day, no unit of time, no عندما، بعد، منذ…): "متى وقعت اتفاقات أستانا؟"
     * answered by a headline that only names the agreements. Such sentences cannot say when, and the
     * question is declined whatever the abstention model says; its feature {@code typedMiss} weighs
     * next to nothing. The sentences are all those the answer quotes. A question
     * whose type was read from a noun (ما تاريخ، في أي فترة) is left out
     * (docs/answers.md, "Twenty-first round, third wave: what the unanswerable seed questions are
     * answered with").
     */
    public static boolean noTime(AskedQuestion question, List<String> quoted) {
        if (question.analysis().type() != QuestionType.DATE || question.analysis().byNoun()) {
            return false;
        }
        return quoted.stream().noneMatch(ArabicCalendarWords::placesInTime);
    }

    /**
     * Whether an English query typed as into a search box that names a time it asks for ({@link
     * QuestionAnalyzer#searchBoxKind}: "bagheri visit damascus date", "… appointed spokesman when") is
     * answered by sentences none of which dates anything by the calendar ({@link
     * ArabicCalendarWords#datesByCalendar}): "بعد زيارته لدمشق" places a visit after another, but gives
     * no date. Such sentences cannot give the time the query names, and it is declined whatever the
     * abstention model says, as {@link #noTime} declines a when-question; the model passed such answers at
     * .67 to .88 (docs/answers.md, "unans42").
     */
    public static boolean noDateNamed(AskedQuestion question, List<String> quoted) {
        return QuestionAnalyzer.searchBoxKind(question.analysis(), question.asked()) == QuestionType.DATE
                && !quoted.isEmpty() && quoted.stream().noneMatch(ArabicCalendarWords::datesByCalendar);
    }

    /**
     * Whether a question that names a day of a month ({@link ArabicCalendarWords#dayOfMonth}: "What did
     * Iran's foreign ministry confirm on December 5?") is answered by sentences none of which writes that
     * day ({@link ArabicCalendarWords#writesDay}), as a figure or an ordinal: they tell what happened on
     * another day ("في الأول من ديسمبر"), and the question is declined whatever the abstention model says.
     * Any figure of the day's value counts as written, so a sentence that may date the event is kept. The
     * sentences are all those the answer quotes (docs/answers.md, "fresh35").
     */
    public static boolean otherDay(AskedQuestion question, List<String> quoted) {
        int day = ArabicCalendarWords.dayOfMonth(question.asked());
        return day > 0 && !quoted.isEmpty() && quoted.stream().noneMatch(s -> ArabicCalendarWords.writesDay(s, day));
    }

    /**
     * Whether a question that names a month ({@link ArabicCalendarWords#monthsAsked}: "ممن تموز الهند؟", "What
     * happened in July?") is answered by sentences none of which writes that month under any of its names
     * ({@link ArabicCalendarWords#monthsWritten}: تموز is يوليو): they tell of another time or of none, as
     * {@link #otherDay} reasons of a day. The sentences are all those the answer quotes (docs/answers.md,
     * "near41").
     */
    public static boolean otherMonth(AskedQuestion question, List<String> quoted) {
        Set<Integer> months = ArabicCalendarWords.monthsAsked(question.asked());
        return !months.isEmpty() && !quoted.isEmpty() && quoted.stream()
                .noneMatch(s -> ArabicCalendarWords.monthsWritten(s).stream().anyMatch(months::contains));
    }

    /**
     * Whether a question for a year (في أي عام، in what year: {@link ShortAnswerFinder#asksYear}) is
     * answered by sentences none of which names a year ({@link ArabicCalendarWords#namesYear}): "يوم
     * الثلاثاء" dates a day of the week of the report, and says nothing of the year asked. So is a
     * when-question for an origin ({@link ArabicCalendarWords#asksOrigin}: "when was the Homs military
     * academy founded"), which a year dates (docs/answers.md, "fresh35"). The question
     * is declined whatever the abstention model says, as {@link #noTime} declines a when-question
     * answered with no time at all. The sentences are all those the answer quotes
     * (docs/answers.md, "Thirty-first round: questions about the seeds the articles cannot answer").
     */
    public static boolean noYear(AskedQuestion question, List<String> quoted) {
        boolean year = ShortAnswerFinder.asksYear(question.text()) || ArabicCalendarWords.asksOrigin(question.text());
        return question.analysis().type() == QuestionType.DATE && year
                && quoted.stream().noneMatch(ArabicCalendarWords::namesYear);
    }
}
