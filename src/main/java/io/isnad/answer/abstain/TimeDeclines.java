package io.isnad.answer.abstain;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import io.isnad.answer.AskedQuestion;
import io.isnad.answer.question.QuestionAnalysis;
import io.isnad.answer.question.QuestionType;
import io.isnad.answer.shortanswer.ShortAnswerFinder;
import io.isnad.answer.shortanswer.TypedQuestion;
import io.isnad.ingest.arabic.ArabicCalendarWords;
import io.isnad.ingest.arabic.ArabicDialectWords;
import io.isnad.ingest.arabic.ArabicNewsSynonyms;
import io.isnad.ingest.arabic.ArabicPersonTitles;
import io.isnad.ingest.arabic.ArabicQuestionWords;
import io.isnad.ingest.arabic.ArabicSourceWords;
import io.isnad.ingest.arabic.ArabicTextNormalizer;
import io.isnad.retrieve.EvidenceTerm;

/**
 * The checks of a when-question's answer that decline it whatever the abstention model says: no quoted
 * sentence gives a time, none gives the year a question for one asks, the question names a day or a
 * month no quoted sentence writes, or the judged sentence or the date's own word tells of another event.
 * One kind of {@link Decline}; the others are in {@link Declines}, {@link CountDeclines}, {@link
 * OfficeDeclines} and {@link ReportDeclines}.
 */
public final class TimeDeclines {

    /**
     * How many words before a date its event's word may stand: the event's verb, its subject and a place may stand
     * between ("والذي دخل حيز التنفيذ يوم الأحد" holds it two words before). Six answered as eight on both seeds
     * sets (docs/answers.md, "when52").
     */
    static final int EVENT_WINDOW = 8;
    /** The English auxiliaries of the future, lower-cased. */
    private static final Set<String> FUTURE_AUXILIARIES = Set.of("will", "shall");

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
     * answered with"), unless the noun is a calendar unit ({@link ArabicCalendarWords#asksCalendarUnit}:
     * "وش اليوم اللي قصف فيه الجيش…؟", "on what date…"), which asks for a time as متى does
     * (docs/answers.md, "fresh44b").
     */
    public static boolean noTime(AskedQuestion question, List<String> quoted) {
        if (question.analysis().type() != QuestionType.DATE
                || question.analysis().byNoun() && !ArabicCalendarWords.asksCalendarUnit(question.searched().words())) {
            return false;
        }
        return quoted.stream().noneMatch(ArabicCalendarWords::placesInTime);
    }

    /**
     * Whether an English query typed as into a search box that names a time it asks for ({@link
     * QuestionAnalysis#searchBoxKind}: "bagheri visit damascus date", "… appointed spokesman when"), or a
     * when-question that asks its time by a calendar unit ({@link ArabicCalendarWords#asksCalendarUnit}: "On what
     * date…?", "وش اليوم اللي…؟"), is answered by sentences none of which dates anything by the calendar ({@link
     * ArabicCalendarWords#datesByCalendar}): "بعد زيارته لدمشق" places a visit after another, and "بعد معارك
     * استمرت لأكثر من 36 ساعة" tells how long the battles lasted, but neither gives a date. Such sentences cannot
     * give the time the question names, and it is declined whatever the abstention model says, as {@link #noTime}
     * declines a when-question; the model passed such answers at .67 to .91 (docs/answers.md, "unans42",
     * "unans52").
     */
    public static boolean noDateNamed(AskedQuestion question, List<String> quoted) {
        QuestionAnalysis analysis = question.analysis();
        return (analysis.searchBoxKind() == QuestionType.DATE || analysis.type() == QuestionType.DATE
                && ArabicCalendarWords.asksCalendarUnit(question.searched().words()))
                && !quoted.isEmpty() && quoted.stream().noneMatch(ArabicCalendarWords::datesByCalendar);
    }

    /**
     * Whether a question asking "which date" ({@link ArabicCalendarWords#asksWhichDate}: بأي تاريخ، on what date),
     * where in it the words stand, is answered by sentences none of which names a month or a year ({@link
     * ArabicCalendarWords#namesMonth}, {@link ArabicCalendarWords#namesYear}): "كشف… علي شمخاني، يوم الثلاثاء، بأن
     * الطيران الروسي تدخل مؤخرا في حلب" dates the report by its weekday and the strikes by "lately", and neither is
     * a date. A date is a day of a month or a year; a weekday or a relative day places an event in the week of a
     * report, which {@link #noDateNamed} and {@link #noTime} take as a time. The question's type is not read: a
     * which-date clause after a statement ("…، بأي تاريخ بالضبط؟") leaves the question untyped
     * (docs/answers.md, "unans54").
     */
    public static boolean noCalendarDate(AskedQuestion question, List<String> quoted) {
        // Tested first: none is quoted unless Declines.readsQuoted, which read the question's words, found a check.
        return !quoted.isEmpty() && ArabicCalendarWords.asksWhichDate(question.analysis().words())
                && quoted.stream()
                        .noneMatch(s -> ArabicCalendarWords.namesMonth(s) || ArabicCalendarWords.namesYear(s));
    }

    /**
     * Whether a when-question, not a follow-up, asking when someone came to an office ({@link
     * ArabicPersonTitles#asksTakingOffice}: "شوكت صار عباس عراقجي وزير خارجية إيران؟") is answered by sentences
     * none of which tells of coming to one ({@link ArabicPersonTitles#takesOffice}: no appointment, election,
     * taking up or oath): "التقى وزير الخارجية الإيراني عباس عراقجي الرئيس السوري… في الأول من ديسمبر" names
     * the office as his title, and its date is the meeting's. News titles a holder at every step, so a title
     * beside a date never dates the office (docs/answers.md, "unans54").
     */
    public static boolean noOfficeTaken(AskedQuestion question, List<String> quoted) {
        return question.analysis().type() == QuestionType.DATE && question.previous().isEmpty()
                && !quoted.isEmpty() && ArabicPersonTitles.asksTakingOffice(question.analysis().words())
                && quoted.stream().noneMatch(s -> ArabicTextNormalizer.words(s).stream()
                        .anyMatch(ArabicPersonTitles::takesOffice));
    }

    /**
     * Whether a question that names a day of a month ({@link QuestionAnalysis#dayAsked}: "What did
     * Iran's foreign ministry confirm on December 5?") is answered by sentences none of which writes that
     * day ({@link ArabicCalendarWords#writesDay}), as a figure or an ordinal: they tell what happened on
     * another day ("في الأول من ديسمبر"), and the question is declined whatever the abstention model says.
     * Any figure of the day's value counts as written, so a sentence that may date the event is kept. The
     * sentences are all those the answer quotes (docs/answers.md, "fresh35").
     */
    public static boolean otherDay(AskedQuestion question, List<String> quoted) {
        // Tested first: none is quoted unless Declines.readsQuoted, which read the question's words, found a check.
        if (quoted.isEmpty()) {
            return false;
        }
        int day = question.analysis().dayAsked();
        return day > 0 && quoted.stream().noneMatch(s -> ArabicCalendarWords.writesDay(s, day));
    }

    /**
     * Whether a question that names a weekday ({@link QuestionAnalysis#weekdaysAsked}: "What was the death toll
     * by Saturday?", "يوم الأحد") is answered by sentences none of which writes that weekday or a relative day
     * that may be it (اليوم، أمس): they tell what happened, or what was counted, on another day ("صباح
     * الجمعة"), as {@link #otherDay} reasons of a day of a month. A question of any type: a figure or a
     * statement asked of one day is not given by another day's. The sentences are all those the answer quotes
     * (docs/answers.md, "unans49").
     */
    public static boolean otherWeekday(AskedQuestion question, List<String> quoted) {
        // Tested first: none is quoted unless Declines.readsQuoted, which read the question's words, found a check.
        if (quoted.isEmpty()) {
            return false;
        }
        Set<Integer> days = question.analysis().weekdaysAsked();
        return !days.isEmpty() && quoted.stream().noneMatch(s -> ArabicCalendarWords.writesRelativeDay(s)
                || ArabicCalendarWords.weekdaysWritten(s).stream().anyMatch(days::contains));
    }

    /**
     * Whether a question that names a month ({@link QuestionAnalysis#monthsAsked}: "ممن تموز الهند؟", "What
     * happened in July?") is answered by sentences none of which writes that month under any of its names
     * ({@link ArabicCalendarWords#monthsWritten}: تموز is يوليو): they tell of another time or of none, as
     * {@link #otherDay} reasons of a day. The sentences are all those the answer quotes (docs/answers.md,
     * "near41").
     */
    public static boolean otherMonth(AskedQuestion question, List<String> quoted) {
        // Tested first: none is quoted unless Declines.readsQuoted, which read the question's words, found a check.
        if (quoted.isEmpty()) {
            return false;
        }
        Set<Integer> months = question.analysis().monthsAsked();
        return !months.isEmpty() && quoted.stream()
                .noneMatch(s -> ArabicCalendarWords.monthsWritten(s).stream().anyMatch(months::contains));
    }

    /**
     * Whether a when-question asking its time by the month's noun ({@link ArabicCalendarWords#asksMonth}: "In
     * which month of 2016 did the government regain Aleppo?", في أي شهر) is answered by sentences none of which
     * names a month ({@link ArabicCalendarWords#namesMonth}): "وفي عام 2016 استعادت السيطرة الكاملة على مدينة
     * حلب" gives the year only, and the question is declined whatever the abstention model says, as {@link
     * #noYear} declines a question for a year answered with none (docs/answers.md, "en45").
     */
    public static boolean noMonth(AskedQuestion question, List<String> quoted) {
        return question.analysis().type() == QuestionType.DATE
                && ArabicCalendarWords.asksMonth(question.analysis().words())
                && quoted.stream().noneMatch(ArabicCalendarWords::namesMonth);
    }

    /**
     * Whether a when-question asking of a death ({@link ArabicCalendarWords#asksDeath}: "When did Hossein
     * Amir-Abdollahian die?", متى توفي) is answered by sentences none of which tells of a death ({@link
     * ArabicCalendarWords#tellsOfDeath}: no word of death or of the killed) or names a year ({@link
     * ArabicCalendarWords#namesYear}): "أجرى وزير الخارجية حسين أمير عبد اللهيان اتصالاً هاتفياً… مساء الخميس"
     * dates a call, not his death, and the question is declined whatever the abstention model says. A year named
     * keeps the answer: a life's two dates in a bracket, "(14 مارس 1879 – 18 أبريل 1955)", date a death no word
     * tells (docs/answers.md, "en45").
     */
    public static boolean noDeath(AskedQuestion question, List<String> quoted) {
        return question.analysis().type() == QuestionType.DATE
                && ArabicCalendarWords.asksDeath(question.analysis().words())
                && quoted.stream()
                        .noneMatch(s -> ArabicCalendarWords.tellsOfDeath(s) || ArabicCalendarWords.namesYear(s));
    }

    /**
     * Whether a when-question asking the time on the clock ({@link ShortAnswerFinder#asksClockTime}: في أي ساعة،
     * what time) is answered by sentences none of which tells the hour ({@link ArabicCalendarWords#tellsHour}: no
     * clock's time, no part of the day): "قتل بهجوم في حلب، اليوم الخميس" gives the day, not the hour asked, and
     * the question is declined whatever the abstention model says, as {@link #noMonth} declines a question for a
     * month answered with a year (docs/answers.md, "unans46").
     */
    public static boolean noHour(AskedQuestion question, List<String> quoted) {
        return question.analysis().type() == QuestionType.DATE
                && ShortAnswerFinder.asksClockTime(question.searched().words())
                && quoted.stream().noneMatch(ArabicCalendarWords::tellsHour);
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
        // The type first: the year's and origin's words are read only for a when-question, not for every one.
        return question.analysis().type() == QuestionType.DATE
                && (ShortAnswerFinder.asksYear(question.searched().words())
                        || ArabicCalendarWords.asksOrigin(question.searched().words()))
                && quoted.stream().noneMatch(ArabicCalendarWords::namesYear);
    }

    /**
     * Whether a question asking for years in the plural ({@link ArabicCalendarWords#asksYears}: "During which years
     * was the plague present…?", خلال أي سنوات) is answered by sentences none of which names a period of years
     * ({@link ArabicCalendarWords#namesYears}: two years, بين عامي، a decade or a century): "هاجر إلى المدينة… عام
     * 622م" dates one event, not the years asked, and the question is declined whatever the abstention model says,
     * which passed that one at .50, as {@link #noYear} declines a question for a year answered with none
     * (docs/answers.md, "cross63").
     */
    public static boolean noYears(AskedQuestion question, List<String> quoted) {
        return question.analysis().type() == QuestionType.DATE
                && ArabicCalendarWords.asksYears(question.searched().words())
                && quoted.stream().noneMatch(ArabicCalendarWords::namesYears);
    }

    /**
     * Whether an Arabic when-question, not a follow-up, is judged on a sentence that holds more of its words
     * (beside its wording: {@link QuestionWording}) only loosely than it writes: by a word of their root, a
     * spelling variant a letter apart or a neighbour's match ({@code heldAround} but not {@code written}). A
     * date belongs to its event, and the sentence giving it writes the event's words; one that matches them
     * by other words of their roots dates another event. "متى فقد أمه؟" was answered over xquad's corpus
     * with "سنة 2005" from a sentence on football teams holding فقد and أم only by their roots. The
     * answerable Arabic when-questions' judged sentences write at least as many of their words as they hold
     * loosely (none of the 77 answered on the tuning parts and 80 on the check parts is declined); tuning
     * parts: 3 negatives declined, check parts 1. English words are held through translations, and there an
     * answerable tuning question is held so too (docs/answers.md, "cross42").
     *
     * @param wording per term of the question's evidence, whether it is the question's wording
     * @param heldAround per term, whether the judged sentence or a sentence beside it holds it in any reading
     * @param written per term, whether the judged sentence writes it ({@code EvidenceScorer.writtenIn})
     */
    public static boolean otherEvent(AskedQuestion question, List<EvidenceTerm> evidence, boolean[] wording,
            Supplier<boolean[]> heldAround, Supplier<boolean[]> written) {
        if (question.english() || question.previous().isPresent()
                || question.analysis().type() != QuestionType.DATE) {
            return false;
        }
        boolean[] held = heldAround.get();
        boolean[] inJudged = written.get();
        int loose = 0;
        int firm = 0;
        for (int t = 0; t < evidence.size(); t++) {
            if (wording[t]) {
                continue;
            }
            if (inJudged[t]) {
                firm++;
            } else if (held[t]) {
                loose++;
            }
        }
        return loose > firm;
    }

    /**
     * Whether the short answer to a when-question, not a follow-up, is the date of an event the question does not
     * ask of: the nearest word before it, within {@value #EVENT_WINDOW} words of its sentence, that names an event
     * news dates ({@link ArabicNewsSynonyms#eventsNamedAt}: an entry into force, an inauguration) names
     * one no word of the question (an English question's by its Arabic translations) names. The date belongs to
     * that event: "متى طلع ترامب من الاتفاق النووي مع ايران؟" was answered with "والذي دخل حيز التنفيذ يوم الأحد"
     * (the Gaza truce's), "When did the US embassy move to Jerusalem?" with "على تنصيبه امس الاثنين". The question's
     * own words cannot tell these apart from the answers, since the date's clause holds them as often (its subject,
     * its office, a translation); the event's word does. A question asking of the event by a word of its group is
     * answered ("هدنة غزه من اي يوم صارت ساريه؟" by the same date). A follow-up asks of the earlier question's
     * event, which its own words need not name (docs/answers.md, "when52").
     *
     * @param before the text of the short answer's sentence before it
     */
    public static boolean datesAnotherEvent(AskedQuestion question, List<String> translatedFocus, String before) {
        if (question.analysis().type() != QuestionType.DATE || question.previous().isPresent()) {
            return false;
        }
        List<String> preceding = ArabicTextNormalizer.words(before);
        for (int w = preceding.size() - 1; w >= Math.max(0, preceding.size() - EVENT_WINDOW); w--) {
            List<List<String>> events = ArabicNewsSynonyms.eventsNamedAt(preceding, w);
            if (!events.isEmpty()) {
                List<String> asked = question.wordsInStandard(translatedFocus);
                return events.stream().noneMatch(event -> ArabicNewsSynonyms.namesEvent(asked, event));
            }
        }
        return false;
    }

    /**
     * Whether the short answer to a when-question (متى، when: not one typed by a noun) is the day of a month the
     * question itself names ({@link QuestionAnalysis#dayAsked}, with its month): "When did Abbas Araghchi last visit
     * Damascus before his 1 December meeting with Assad?" was answered "1 December" from the sentence telling that
     * meeting. A question names a day to place what it asks before, after or beside it, so the day it gives is no
     * answer to its "when", and it is declined whatever the abstention model says, which passed that one at .55. A
     * question offering days to choose between ({@link ArabicQuestionWords#OR}: "on 30 November or on 1 December?")
     * is left out: one of its own days answers it (docs/answers.md, "neg66").
     */
    public static boolean datesWithTheAskedDay(AskedQuestion question, String answer) {
        QuestionAnalysis analysis = question.analysis();
        int day = analysis.dayAsked();
        if (analysis.type() != QuestionType.DATE || analysis.byNoun() || day == 0
                || analysis.words().stream().anyMatch(ArabicQuestionWords.OR::contains)) {
            return false;
        }
        Set<Integer> months = ArabicCalendarWords.monthsWritten(answer);
        return ArabicCalendarWords.dayOfMonth(ArabicTextNormalizer.words(answer)) == day && !months.isEmpty()
                && analysis.monthsAsked().containsAll(months);
    }

    /**
     * Whether the short answer to a when-question asking of the future ({@link #asksFuture}: "شوكت راح تطلع قوات
     * التحالف من العراق؟", "When will…?") is a date the sentence writes after "since" ({@link
     * ArabicCalendarWords#endsInSince}): "ويوجه ضربات جوية… منذ 2014" dates the start of what still goes on, a time
     * past, and cannot say when something yet to come will happen. A when-question in the past is left out: "since
     * 1350" may date when a plague came (docs/answers.md, "unans64").
     *
     * @param before the text of the short answer's sentence before it
     */
    public static boolean sinceForAFuture(AskedQuestion question, String before) {
        return question.analysis().type() == QuestionType.DATE && asksFuture(question)
                && ArabicCalendarWords.endsInSince(before);
    }

    /**
     * Whether a question asks of the future: in Arabic by a future particle written apart ({@link
     * ArabicDialectWords#tellFuture}: سوف، رح، راح، غادي), in English by a future auxiliary or "going to".
     */
    static boolean asksFuture(AskedQuestion question) {
        List<String> words = question.analysis().words();
        return question.english()
                ? words.stream().anyMatch(FUTURE_AUXILIARIES::contains)
                        || IntStream.range(1, words.size())
                                .anyMatch(i -> "going".equals(words.get(i - 1)) && "to".equals(words.get(i)))
                : ArabicDialectWords.tellFuture(words);
    }

    /**
     * Whether a when-question is answered with a weekday written bare ({@link ArabicCalendarWords#bareWeekday}: أحد
     * with no article and no يوم, which the date's span would hold) in a sentence that writes no other date. Bare,
     * the word is a number: "When was the last plague outbreak?" was answered "Sunday" from "وبلغ أحد هؤلاء
     * الملوك أبواب القاهرة" (one of these kings), "متى فقد أمه؟" from "وهو أحد أمراء بني أمية". The sentence dates
     * nothing, and the question is declined whatever the abstention model says; one that writes a date besides it
     * (a year) may still answer when, and is left to the model (docs/answers.md, "cross53").
     *
     * @param before the text of the short answer's sentence before it
     * @param after the text of the short answer's sentence after it
     */
    public static boolean numberForADay(AskedQuestion question, String answer, String before, String after) {
        return question.analysis().type() == QuestionType.DATE
                && ArabicCalendarWords.bareWeekday(ArabicTextNormalizer.normalize(answer.strip()))
                && !ShortAnswerFinder.holdsAnswer(before + " " + after,
                        TypedQuestion.of(question.text(), QuestionType.DATE, question.searched().focus()));
    }

    /**
     * Whether a when-question is answered with a date that "من" and a periodical follow ({@link
     * ArabicSourceWords#namesPeriodical}: "في عدد 20 أغسطس 1957 من جريدة المجاهد"): the date of an issue of a
     * newspaper, when it printed what the sentence tells, not when that happened. "Which year resulted in the
     * suspension of one of the two soccer teams?" was answered "1957" from that issue (p .47). A question asking
     * when something was published or said, or naming a story, an outlet or a writer ({@link ArabicSourceWords#of}),
     * is left out: the issue's date answers it (docs/answers.md, "cross54").
     *
     * @param after the text of the short answer's sentence after it
     */
    public static boolean datesAnIssue(AskedQuestion question, List<String> translatedFocus, String after) {
        if (question.analysis().type() != QuestionType.DATE) {
            return false;
        }
        List<String> following = ArabicTextNormalizer.words(after);
        if (following.size() < 2 || !following.getFirst().equals("من")
                || !ArabicSourceWords.namesPeriodical(following.get(1))) {
            return false;
        }
        return question.wordsInStandard(translatedFocus).stream().noneMatch(w -> ArabicSourceWords.of(w).isPresent())
                && !ReportDeclines.asksAboutWords(question, translatedFocus);
    }
}
