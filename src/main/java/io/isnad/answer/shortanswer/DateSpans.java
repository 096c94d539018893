package io.isnad.answer.shortanswer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.isnad.ingest.arabic.ArabicCalendarWords;
import io.isnad.ingest.arabic.ArabicNumberWords;
import io.isnad.ingest.arabic.ArabicProclitics;
import io.isnad.ingest.arabic.ArabicTextNormalizer;

/**
 * The dates and times of a text ({@link SpanFinder}): both digit systems, both month naming systems,
 * weekdays, relative days, clock times, decades, centuries, a year given in two calendars, and a
 * period bounded by two years as one span.
 */
final class DateSpans {

    /** The start of a word, or a one-letter proclitic glued on before it (وثمانينيات، بشهر), left out of the span. */
    private static final String PROCLITIC_OR_WORD_START =
            ArabicProclitics.wordStartAfter(ArabicProclitics.BEFORE_DATES_AND_FIGURES);
    /** A month of either calendar: Hijri months date the events of Arabic history (العاشر من محرم). */
    static final String MONTH = "(?<![\\p{L}])(?:" + ArabicCalendarWords.MONTH_ALTERNATION + "|"
            + ArabicCalendarWords.HIJRI_MONTH_ALTERNATION + ")(?![\\p{L}])";
    /** A month named in both systems: تشرين الأول/أكتوبر, تشرين الأول (أكتوبر). */
    private static final String MONTHS = MONTH + "(?:\\s*/\\s*" + MONTH + ")?(?:\\s*\\(" + MONTH + "\\))?";
    /** A month that is one only after شهر (صفر, also zero): {@link ArabicCalendarWords#MONTHS_ONLY_AFTER_MONTH_WORD}. */
    static final String MONTH_ONLY_AFTER_MONTH_WORD = "(?:"
            + ArabicCalendarWords.alternation(ArabicCalendarWords.MONTHS_ONLY_AFTER_MONTH_WORD.keySet()) + ")(?![\\p{L}])";
    /**
     * A month after the word "month", which makes any month name a date: في شهر مارس، بشهر أيار، شهر
     * صفر سنة 61 للهجرة. A one-letter proclitic may be glued on and is left out.
     */
    private static final String NAMED_MONTH = "(?:" + PROCLITIC_OR_WORD_START + ArabicCalendarWords.MONTH_WORD
            + "\\s+(?:" + MONTHS + "|" + MONTH_ONLY_AFTER_MONTH_WORD + "))";
    private static final String DAY = "\\d{1,2}(?:st|nd|rd|th)?";
    /**
     * The day word before a day given by its ordinal, kept with it: "اليوم العاشر من شهر محرم" is a
     * date, whose "اليوم" is no "today".
     */
    static final String DAY_WORD = "(?<![\\p{L}])(?:ال)?يوم\\s+";
    private static final String YEAR = "\\d{3,4}";
    /**
     * An era after a year, abbreviated or in the words a century takes: 1990م، 336 ق.م، 2800 قبل
     * الميلاد (without these words that year, too short to stand alone, was no date).
     */
    private static final String ERA_MARK = "(?:" + ArabicCalendarWords.alternation(ArabicCalendarWords.CENTURY_ERAS)
            + "|م|ه|ق\\.?\\s?م|ميلادي|ميلاديه|هجري|هجريه)(?![\\p{L}])";
    private static final String ERA = "(?:\\s*" + ERA_MARK + ")?";
    /**
     * The year after a month, with its year word and era; after a year word it may be short, as
     * years of the Hijri calendar's first centuries are: "العاشر من محرم سنة 61 للهجرة".
     */
    private static final String YEAR_AFTER_MONTH = "(?:\\s*,?\\s*(?:من\\s+)?(?:(?:عام|سنه)\\s+\\d{1,4}(?!\\d)|" + YEAR + ")"
            + ERA + ")";
    /** An era marker a year cannot go without when it is not a four-digit one: 874م، 336 ق.م، 2800 قبل الميلاد. */
    private static final String REQUIRED_ERA = "\\s*" + ERA_MARK;
    /**
     * A year is not the start of a longer figure (1654.5, 1,654, 1654%); a full stop or comma that
     * ends the sentence or clause after it ("في عام 1654.") does not make it one.
     */
    private static final String NOT_A_FRACTION = "(?![\\d%]|[.,]\\d)";
    /**
     * A year word before a year, folded: عام 1914، in 1914. Only a word of its own: a year word glued
     * to a preposition ("لسنة 1996"، "لعام 2011") stays outside the span with the preposition, as the
     * dev sets' gold spans leave it; the span cannot start inside the word.
     */
    private static final String YEAR_WORD = "(?:(?<![\\p{L}])(?:" + ArabicCalendarWords.YEAR_WORD_ALTERNATION
            + "|year|in)\\s+)";
    /**
     * The part of a period a date is often given with: أواخر عام 2010، أوائل 2002، صيف سنة 1521
     * (folded: أوائل is اوايل). Not "بداية من 1519", "starting from 1519", whose date is the year.
     */
    private static final String PERIOD_PART = "(?:(?<![\\p{L}])(?:اواخر|اوايل|بدايه|مطلع|منتصف|اواسط|نهايه|خريف|ربيع|صيف|شتاء)"
            + "\\s+(?!من\\s))?";
    /**
     * A century with the era it may be given in: القرن التاسع عشر، القرن الثالث قبل الميلاد، القرن الـ19،
     * 19th century. Named by an ordinal or a figure ({@link ArabicCalendarWords#CENTURY_NAMES}).
     */
    private static final String CENTURY = "(?:القرن|قرن)\\s+(?:(?:" + ArabicCalendarWords.alternation(ArabicCalendarWords.CENTURY_NAMES)
            + ")(?![\\p{L}])|(?:ال)?\\d{1,2}(?!\\d))(?:\\s+(?:عشر|والعشرين))?(?:\\s+(?:"
            + ArabicCalendarWords.alternation(ArabicCalendarWords.CENTURY_ERAS) + "|م|ه|ق\\.?\\s?م)(?![\\p{L}]))?"
            + "|(?<!\\d)\\d{1,2}(?:st|nd|rd|th)\\s+century(?:\\s+(?:bc|ad|bce|ce)(?![\\p{L}]))?";
    /**
     * A decade: الثمانينيات، عقد الستينات، ثمانينيات القرن الماضي، 1980s. A one-letter proclitic may be
     * glued on and is left out ("وثمانينيات"), as before a figure.
     */
    private static final String DECADE = "(?:(?:ال)?عقد\\s+)?" + PROCLITIC_OR_WORD_START + "(?:"
            + ArabicCalendarWords.alternation(ArabicCalendarWords.DECADES) + ")(?![\\p{L}])(?:\\s+(?:من\\s+)?(?:"
            + CENTURY + "))?|(?<![\\d.,])1\\d{2}0'?s(?![\\p{L}])";
    /** An adverb that places a clock time in the day: صباحاً، مساءً. */
    private static final String CLOCK_PERIOD = "(?:" + ArabicCalendarWords.alternation(ArabicCalendarWords.CLOCK_PERIODS)
            + ")(?![\\p{L}])";
    /**
     * A time of the clock: الساعة العاشرة صباحاً، الساعة 8:30، 10:30 مساءً، 3 p.m. A figure with a colon
     * and no word of the clock is left to the numbers: "بقي 3:08" is a time left, a score, a length.
     */
    private static final String CLOCK = "الساعه\\s+(?:(?:" + ArabicCalendarWords.alternation(ArabicCalendarWords.CLOCK_HOURS)
            + ")(?![\\p{L}])|\\d{1,2}(?:[:.]\\d{2})?(?!\\d|[.,:]\\d))(?:\\s+(?:"
            + ArabicCalendarWords.alternation(ArabicCalendarWords.CLOCK_FRACTIONS) + ")(?![\\p{L}]))?"
            + "(?:\\s+" + CLOCK_PERIOD + ")?"
            + "|(?<![\\d.,:])\\d{1,2}[:.]\\d{2}\\s*(?:" + CLOCK_PERIOD + "|[ap]\\.?m\\.?(?![\\p{L}]))"
            + "|(?<![\\d.,:])\\d{1,2}\\s*(?:[ap]\\.m\\.|[ap]m(?![\\p{L}])|o'clock)";
    /**
     * 7 أكتوبر 2023 / 7 تشرين الأول/أكتوبر / أكتوبر 2023 / October 7, 2023 / عام 1990م / 2023-10-07 /
     * الخميس الماضي / أمس / مساء / القرن التاسع عشر / الثمانينيات / الساعة العاشرة / سنة 960م / أواخر عام 2010 /
     * 66 مليون سنة خلت (years ago; before a year, which would take "2000" of "2000 سنة خلت").
     * A month alone is not a date: مارس is also a verb; after شهر it is the month.
     */
    private static final Pattern DATE = Pattern.compile(PERIOD_PART + "(?:" + String.join("|",
            DECADE,
            CLOCK,
            "(?<![\\d.,])\\d+(?:[.,]\\d+)*(?:\\s*(?:الف|الاف|مليون|ملايين|مليار|مليارات))?\\s+(?:"
                    + ArabicCalendarWords.DURATION_ALTERNATION + ")\\s+(?:"
                    + ArabicCalendarWords.alternation(ArabicCalendarWords.AGO_WORDS) + ")(?![\\p{L}])",
            "(?:" + DAY + "|(?:" + DAY_WORD + ")?(?:" + String.join("|", ArabicNumberWords.ORDINALS) + "))\\s+(?:من\\s+)?"
                    + "(?:" + NAMED_MONTH + "|" + MONTHS + ")" + YEAR_AFTER_MONTH + "?",
            NAMED_MONTH + YEAR_AFTER_MONTH + "?",
            MONTHS + YEAR_AFTER_MONTH,
            MONTH + "\\s+" + DAY + "(?:,?\\s+" + YEAR + ")?",
            "\\d{4}-\\d{2}-\\d{2}",
            YEAR_WORD + "?(?<![\\d.,])(?:1\\d{3}|20\\d{2})" + NOT_A_FRACTION + ERA,
            "(?:يوم\\s+)?(?<![\\p{L}])(?:" + String.join("|", ArabicCalendarWords.WEEKDAYS) + ")(?![\\p{L}])"
                    + "(?:\\s+(?:الماضي|المقبل|القادم))?",
            "(?<![\\p{L}])(?:" + String.join("|", ArabicCalendarWords.RELATIVE_DAYS) + "|"
                    + String.join("|", ArabicCalendarWords.TIMES_OF_DAY) + ")(?![\\p{L}])"
                    + "(?:\\s+(?:" + String.join("|", ArabicCalendarWords.WEEKDAYS) + ")(?![\\p{L}]))?",
            CENTURY,
            "(?<![\\p{L}])(?:(?:" + ArabicCalendarWords.YEAR_WORD_ALTERNATION + ")\\s+)(?<![\\d.,])\\d{2,4}" + NOT_A_FRACTION
                    + ERA,
            "(?<![\\d.,])\\d{2,4}" + REQUIRED_ERA) + ")");
    /**
     * A part of the day or a clock time alone: the time of a date, when one follows it. A part of
     * the day joined to its weekday ("مساء الأحد") is that day's date, one span.
     */
    private static final Pattern TIME_OF_DAY = Pattern.compile("(?:" + String.join("|", ArabicCalendarWords.TIMES_OF_DAY)
            + ")|" + CLOCK);
    /**
     * A weekday, with the day word: directly before a day of the month ("يوم الأربعاء 27 تشرين الثاني")
     * it names the same day, which the date answers.
     */
    private static final Pattern WEEKDAY = Pattern.compile("(?:يوم\\s+)?(?:"
            + String.join("|", ArabicCalendarWords.WEEKDAYS) + ")");
    /**
     * What may stand between a time and the date it belongs to: صباح يوم الخميس، مساء أمس، الساعة 10
     * من صباح…، صباح يوم 27 يناير 1967 (the date's span leaves "يوم" out before a day of the month).
     */
    private static final Pattern TIME_TO_DATE = Pattern.compile("[\\s,،]*(?:(?:من|في)\\s+)?(?:يوم\\s+)?");
    /**
     * The same year in the other calendar, after a year given with its era: "سنة 1157 هـ / 1744"،
     * "533 هـ/1138م"، "1037م (429 هـ)". Arabic history writes both; the pair is one date.
     */
    private static final Pattern OTHER_CALENDAR = Pattern.compile("\\s*/\\s*\\d{3,4}(?:\\s*" + ERA_MARK + ")?(?!\\d)"
            + "|\\s*\\(\\s*\\d{1,4}\\s*" + ERA_MARK + "\\s*\\)");
    /** A date span that ends in its era: the other calendar's year may follow it. */
    private static final Pattern ENDS_IN_ERA = Pattern.compile(".*\\d\\s*" + ERA_MARK);
    /** A year of a period, with its year word and era: عام 1914، 1918م. */
    private static final Pattern PERIOD_YEAR = Pattern.compile(YEAR_WORD + "?\\d{3,4}" + ERA);
    /** A figure of a date given by its figures, which may bound a period: 14 يونيو، أواخر عام 1939. */
    private static final Pattern FIGURE = Pattern.compile("\\d");
    /**
     * What joins the dates of a period after "من" (also "ومن")/"بين"/"from" (folded): "من 1914 إلى 1918"، "ما بين 14
     * يونيو ولغاية 15 يوليو"، "من 1939 وحتى 1945", "from 1914 to 1918".
     */
    private static final Pattern UNTIL = Pattern.compile("\\s+(?:و?(?:الي|حتي|لغايه)|to|until)\\s+");
    private static final Pattern FROM_PERIOD = Pattern.compile("(?<![\\p{L}])و?(?:من|from)\\s+$");
    /** What joins them after "بين" (also "مابين")/"between": "بين 1914 و1918", "between 1914 and 1918". */
    private static final Pattern AND_PERIOD = Pattern.compile("\\s+(?:و|and\\s+)\\s*");
    private static final Pattern BETWEEN_PERIOD = Pattern.compile(
            "(?<![\\p{L}])(?:ما)?(?:بين|between)\\s+(?:(?:" + ArabicCalendarWords.alternation(ArabicCalendarWords.YEAR_PAIRS)
            + ")\\s+)?$");
    /**
     * "بين" with the dual of the year word, and the "ما" of "ما بين" / "مابين": "بين عامي 1908 و1914"،
     * "ما بين عامي 1805 إلى 1848", "between the years". The dual names the two years, which it governs
     * as عام governs one, so it stays in the span, and with it the "بين" it cannot go without: the
     * gold spans of both dev sets hold them, where they leave out a bare "بين" ("بين 1500 و1850").
     */
    private static final Pattern BETWEEN_YEARS = Pattern.compile(
            "(?<![\\p{L}])(?:ما\\s*)?(?<![\\p{L}&&[^ا]])(?:بين|between)\\s+(?:"
            + ArabicCalendarWords.alternation(ArabicCalendarWords.YEAR_PAIRS) + ")\\s+$");

    /** The word right after a span. */
    private static final Pattern WORD_AFTER = Pattern.compile("\\s*(\\p{L}+)");

    private DateSpans() {
    }

    /** The dates of a text, in text order. */
    static List<Span> find(ArabicTextNormalizer.Folded folded) {
        String f = folded.text();
        List<Span> spans = new ArrayList<>();
        SpanFinder.addAll(spans, DATE.matcher(f), folded, f, 0);
        withOtherCalendar(spans, f, folded);
        withoutTimesBeforeDates(spans, f, folded);
        spans.removeIf(s -> dayOfTheText(s, f, folded));
        periods(spans, f, folded);
        return spans;
    }

    /**
     * "الساعة العاشرة صباح يوم الخميس" is answered by its date: a time of day directly before a
     * date (or before another time before one) is no span of its own, and the date wins; the
     * closeness of the question's words would otherwise often pick the time, which comes first. So
     * is a weekday before the day of the month it names: "يوم الأربعاء 27 تشرين الثاني".
     */
    private static void withoutTimesBeforeDates(List<Span> spans, String f, ArabicTextNormalizer.Folded folded) {
        int dateStart = -1;
        for (int i = spans.size() - 1; i >= 0; i--) {
            Span span = spans.get(i);
            int start = SpanFinder.indexOf(folded, span.start());
            boolean time = TIME_OF_DAY.matcher(span.folded()).matches();
            boolean beforeDate = time || WEEKDAY.matcher(span.folded()).matches();
            int end = start + span.folded().length();
            if (beforeDate && dateStart >= end && TIME_TO_DATE.matcher(f.substring(end, dateStart)).matches()) {
                spans.remove(i);
                dateStart = start;
            } else {
                dateStart = time ? -1 : start;
            }
        }
    }

    /**
     * "اليوم نفسه", "اليوم الذي…", "في ذلك اليوم" name a day of the story, not today
     * ({@link ArabicCalendarWords#refersToADayOfTheText}): no date of their own.
     */
    private static boolean dayOfTheText(Span span, String f, ArabicTextNormalizer.Folded folded) {
        if (!ArabicCalendarWords.RELATIVE_DAYS.contains(span.folded())) {
            return false;
        }
        int start = SpanFinder.indexOf(folded, span.start());
        int wordEnd = start;
        while (wordEnd > 0 && Character.isWhitespace(f.charAt(wordEnd - 1))) {
            wordEnd--;
        }
        int wordStart = wordEnd;
        while (wordStart > 0 && Character.isLetter(f.charAt(wordStart - 1))) {
            wordStart--;
        }
        Matcher after = WORD_AFTER.matcher(f).region(start + span.folded().length(), f.length());
        return ArabicCalendarWords.refersToADayOfTheText(span.folded(), f.substring(wordStart, wordEnd),
                after.lookingAt() ? after.group(1) : "");
    }

    /**
     * A year given with its era and then in the other calendar ({@link #OTHER_CALENDAR}) is one date:
     * the span takes the second year, which is then no span of its own.
     */
    private static void withOtherCalendar(List<Span> spans, String f, ArabicTextNormalizer.Folded folded) {
        for (int i = 0; i < spans.size(); i++) {
            Span span = spans.get(i);
            if (!ENDS_IN_ERA.matcher(span.folded()).matches()) {
                continue;
            }
            int from = SpanFinder.indexOf(folded, span.start());
            int end = from + span.folded().length();
            Matcher m = OTHER_CALENDAR.matcher(f).region(end, f.length());
            if (m.lookingAt()) {
                Span joined = new Span(span.start(), folded.end(m.end()), f.substring(from, m.end()));
                spans.set(i, joined);
                while (i + 1 < spans.size() && spans.get(i + 1).start() < joined.end()) {
                    spans.remove(i + 1);
                }
            }
        }
    }

    /**
     * Two years that bound a period are one date: "من 1914 إلى 1918", "بين عامي 1500 و1850",
     * "between 1914 and 1918" answer "when" with both ends; so are two dates given by their figures
     * that "إلى"، "حتى"، "لغاية" join: "ما بين 14 يونيو ولغاية 15 يوليو من عام 2018"; only years are
     * joined by و after "بين". The span starts at the first date: the
     * preposition is left out, as for a range of figures ({@link NumberSpans#ranges}). Not two dates joined by
     * a dash: "(1332 - 1406م)" is a life, and "when was he born" asks for its first year. After "بين"
     * and the dual of the year word the span starts at "بين" ({@link #BETWEEN_YEARS}).
     */
    private static void periods(List<Span> spans, String f, ArabicTextNormalizer.Folded folded) {
        for (int i = spans.size() - 2; i >= 0; i--) {
            Span first = spans.get(i);
            Span second = spans.get(i + 1);
            boolean years = PERIOD_YEAR.matcher(first.folded()).matches() && PERIOD_YEAR.matcher(second.folded()).matches();
            if (!years && !(FIGURE.matcher(first.folded()).find() && FIGURE.matcher(second.folded()).find())) {
                continue;
            }
            int from = SpanFinder.indexOf(folded, first.start());
            int to = SpanFinder.indexOf(folded, second.start());
            int firstEnd = from + first.folded().length();
            if (firstEnd > to) {
                continue;
            }
            String join = f.substring(firstEnd, to);
            String before = f.substring(Math.max(0, from - 20), from);
            boolean afterFrom = FROM_PERIOD.matcher(before).find();
            boolean afterBetween = BETWEEN_PERIOD.matcher(before).find();
            if (UNTIL.matcher(join).matches() && (afterFrom || afterBetween)
                    || years && AND_PERIOD.matcher(join).matches() && afterBetween) {
                Matcher between = BETWEEN_YEARS.matcher(before);
                int start = between.find() ? from - before.length() + between.start() : from;
                spans.set(i, new Span(folded.start(start), second.end(), f.substring(start, to) + second.folded()));
                spans.remove(i + 1);
            }
        }
    }
}
