package io.isnad.answer.shortanswer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.github.benmanes.caffeine.cache.Cache;

import io.isnad.index.Caches;
import io.isnad.ingest.arabic.ArabicCalendarWords;
import io.isnad.ingest.arabic.ArabicProclitics;
import io.isnad.ingest.arabic.ArabicQuestionWords;
import io.isnad.ingest.arabic.ArabicTextNormalizer;

/**
 * Which of a sentence's dates answers a when-question ({@link ShortAnswerFinder}): the one in the
 * calendar the question names, of a life's two dates the one it asks about (born, died), one with a
 * year when it asks for a year; and the year alone as the extent of a year question's answer.
 */
final class DateChoice {

    /** The year of a date, with its era letter: 1366م، 358هـ (folded ه). */
    static final Pattern YEAR = Pattern.compile("(?<!\\d)\\d{3,4}(?!\\d)(?:\\s*[مه](?![\\p{L}]))?");
    /**
     * A question that asks for a year: في أي عام، ما السنة التي، ما هو العام، in what year; and the dialects' year
     * word before a how-many word, "the year how much" (سنة كام، سنة كم), where "كم سنة" asks a length.
     */
    private static final Pattern ASKS_YEAR = Pattern.compile(
            "(?<![\\p{L}])(?:(?:اي|ما|ماهي|ماهو|what|which)\\s+(?:(?:هي|هو)\\s+)?(?:"
            + ArabicCalendarWords.YEAR_WORD_ALTERNATION + "|year)|(?:" + ArabicCalendarWords.YEAR_WORD_ALTERNATION
            + ")\\s+(?:" + String.join("|", ArabicQuestionWords.HOW_MANY) + "))(?![\\p{L}])");
    /**
     * A question that asks for the weekday (folded): "what day of the week", "which weekday", أي يوم من أيام
     * الأسبوع. A date names its day twice ("يوم الأربعاء 27 تشرين الثاني"), and the weekday is the asked one.
     */
    private static final Pattern ASKS_WEEKDAY = Pattern.compile(
            "(?<![\\p{L}])(?:day\\s+of\\s+the\\s+week|weekday|"
            + ArabicCalendarWords.DAYS_OF_THE_WEEK.replace(" ", "\\s+") + ")(?![\\p{L}])");
    /**
     * A question that asks since when (منذ متى، ومن امتى، since when), folded: it asks the date a state that still
     * holds began, which the article writes after "since".
     */
    private static final Pattern ASKS_SINCE = Pattern.compile("(?<![\\p{L}])(?:[وف]?(?:منذ|مذ|من)\\s+(?:"
            + String.join("|", ArabicQuestionWords.WHEN) + ")|since\\s+when)(?![\\p{L}])");
    /** "Since" (منذ، مذ) right before a date, folded: "منذ عام 2020". */
    private static final Pattern SINCE_BEFORE = Pattern.compile("(?<![\\p{L}])(?:منذ|مذ)\\s+$");
    /** A weekday with its article, and the day word, right before a date: "يوم الأربعاء 27 تشرين الثاني". */
    private static final Pattern WEEKDAY_BEFORE = Pattern.compile("(?<![\\p{L}])(?:يوم\\s+)?("
            + String.join("|", ArabicCalendarWords.WEEKDAYS_IN_ORDER) + ")[\\s,،]*$");
    /** A weekday with its article in a date span: "اليوم الخميس", "أمس الأربعاء", "الخميس الماضي". */
    private static final Pattern WEEKDAY = Pattern.compile("(?<![\\p{L}])("
            + String.join("|", ArabicCalendarWords.WEEKDAYS_IN_ORDER) + ")(?![\\p{L}])");
    /**
     * The second name of a month named in both systems, ending a date: "الأول من ديسمبر/كانون الأول",
     * "28 تشرين الثاني/ نوفمبر". A year after it keeps the date whole: the month is then no last word to cut.
     */
    private static final Pattern SECOND_MONTH_NAME = Pattern.compile("\\s*/\\s*" + DateSpans.MONTH + "$");
    /** The second name of a month that {@link #oneMonthName} left out, opening the text after the date (folded). */
    private static final Pattern SECOND_MONTH_NAME_FIRST = Pattern.compile("^\\s*/\\s*" + DateSpans.MONTH);
    /**
     * A question that asks for the time on the clock (folded): في أي ساعة، كم كانت الساعة، what time,
     * the time on the clock. "كم ساعة" asks how many hours, a length, and is not one.
     */
    private static final Pattern ASKS_CLOCK_TIME = Pattern.compile("(?<![\\p{L}])(?:اي\\s+ساعه|كم\\s+كانت\\s+الساعه"
            + "|الساعه\\s+كم|what\\s+time|time\\s+on\\s+the\\s+clock)(?![\\p{L}])");
    /** A clock figure, hours and minutes, as the numbers span it: 4:51، 10:30. */
    private static final Pattern CLOCK_FIGURE = Pattern.compile("\\d{1,2}:\\d{2}");
    /**
     * The words of a date span that name no more than its years (folded): its year word and era,
     * and the words around the two years of a period (1914 إلى 1918، 1500 و1850، ما بين عامي 1805 و1848).
     */
    private static final Set<String> YEAR_ONLY_WORDS = Stream.of(ArabicCalendarWords.YEAR_WORDS.stream(),
            ArabicCalendarWords.YEAR_PAIRS.stream().flatMap(pair -> Stream.of(pair.split(" "))),
            Stream.of("year", "in", "م", "ه", "ق", "ميلادي", "ميلاديه", "هجري", "هجريه", "bc", "ad", "bce", "ce", "الي",
                    "حتي", "وحتي", "والي", "لغايه", "ولغايه", "و", "to", "until", "and", "بين", "ما", "مابين", "between"))
            .flatMap(words -> words).collect(Collectors.toUnmodifiableSet());
    /**
     * Each date's introduction ({@link #introduction}) by its place: a when-question reads some tens of
     * candidate sentences, each with a date or two, so 20,000 places hold the dates of many questions' stories.
     */
    private static final Cache<DatePlace, Introduction> INTRODUCTIONS = Caches.builder().maximumSize(20_000).build();
    /** What joins the two dates of a life: "(1332 - 1406م)", "(14 مارس 1879 – 18 أبريل 1955)". */
    private static final Pattern LIFE_DASH = Pattern.compile("\\s*[-–—]\\s*");
    /**
     * The word a date follows, folded, past a colon, a bracket or "في": "ولد في 6 يناير 1883"، "(مواليد
     * 11 سبتمبر 1965)"، "وفاة: 7 سبتمبر 1566", "born on 6 January 1883".
     */
    private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{L}+)\\s*[:(]?\\s*(?:(?:في|in|on)\\s+)?$");
    /** How far before a date {@link #WORD_BEFORE} looks: a word and "في". */
    private static final int WORD_BEFORE_REACH = 24;

    private DateChoice() {
    }

    /**
     * Of the dates of a sentence (those the question does not hold), those that may answer the
     * question: in the calendar it names, the asked one of a life's two, with a year where it asks
     * for a year.
     */
    static List<Span> asked(String sentence, List<Span> spans, String foldedQuestion) {
        List<Span> ofEvent = ofAskedEvent(sentence, spans, foldedQuestion);
        // Each choice below keeps a sentence's only date (none is chosen against another): most
        // candidate sentences hold one at most, and reading the question's words again for each of
        // them was a seventh of ShortAnswerFinder.fit's CPU samples on the seeds.
        if (ofEvent.size() < 2) {
            return ofEvent;
        }
        return withYearAsked(ofLife(sentence, inAskedEra(ofEvent, foldedQuestion), foldedQuestion), foldedQuestion);
    }

    /**
     * A date a birth word introduces ("ولد في 6 يناير 1883"، "(مواليد 11 سبتمبر 1965)") is a birth's
     * and answers only a question about a birth: "when did he emigrate" is not answered by it, and a
     * sentence holding no other date holds no answer to it. A date a death word introduces ("توفي في")
     * is no answer to a birth question; it stays for every other, as a death is asked in many words
     * (قتل، رحل، اغتيل، passed away). The question is read only for a sentence holding such a date.
     */
    private static List<Span> ofAskedEvent(String sentence, List<Span> spans, String foldedQuestion) {
        List<Span> births = new ArrayList<>();
        List<Span> deaths = new ArrayList<>();
        for (Span span : spans) {
            Introduction introduction = introduction(sentence, span.start());
            if (introduction.birth()) {
                births.add(span);
            }
            if (introduction.death()) {
                deaths.add(span);
            }
        }
        if (births.isEmpty() && deaths.isEmpty()) {
            return spans;
        }
        boolean birthAsked = startsWord(foldedQuestion, ArabicCalendarWords.BIRTH_WORDS);
        boolean deathAsked = startsWord(foldedQuestion, ArabicCalendarWords.DEATH_WORDS);
        return spans.stream()
                .filter(s -> birthAsked || !births.contains(s))
                .filter(s -> deathAsked || !birthAsked || !deaths.contains(s))
                .toList();
    }

    /**
     * Whether the word right before {@code start} of {@code sentence} (with a proclitic و/ف) starts with a
     * birth word or a death word. A function of the sentence's text alone, kept across questions: read anew
     * for each date of every candidate sentence of every when-question, once per kind of word, it was most
     * of {@link #asked}'s 1.6 % of an answer's samples on the seeds (docs/performance.md, "perf41").
     */
    private static Introduction introduction(String sentence, int start) {
        return INTRODUCTIONS.get(new DatePlace(sentence, start), place -> {
            Matcher m = WORD_BEFORE.matcher(ArabicTextNormalizer.normalize(
                    sentence.substring(Math.max(0, start - WORD_BEFORE_REACH), start)).toLowerCase(Locale.ROOT));
            return m.find() ? new Introduction(startsWord(m.group(1), ArabicCalendarWords.BIRTH_WORDS),
                    startsWord(m.group(1), ArabicCalendarWords.DEATH_WORDS)) : Introduction.NEITHER;
        });
    }

    /** What the word before a date says of it: a birth's, a death's (a word may be read as both), or neither. */
    private record Introduction(boolean birth, boolean death) {

        static final Introduction NEITHER = new Introduction(false, false);
    }

    /** A date's place: its sentence's text and where in it the date starts. */
    private record DatePlace(String sentence, int start) {

        // Written out: a record's own go through method handles, which cost as much as the look-up
        // itself until the optimising compiler reaches them (docs/performance.md, "Eleventh round").
        @Override
        public boolean equals(Object other) {
            return other instanceof DatePlace place && start == place.start && sentence.equals(place.sentence);
        }

        @Override
        public int hashCode() {
            return sentence.hashCode() * 31 + start;
        }
    }

    /**
     * Whether a folded question asks the time on the clock: then a figure with a colon answers it
     * ({@link #clockTimes}).
     */
    static boolean asksClockTime(String foldedQuestion) {
        return ASKS_CLOCK_TIME.matcher(foldedQuestion.toLowerCase(Locale.ROOT)).find();
    }

    /**
     * The clock figures among a sentence's numbers: "مع بقاء 4:51 من الوقت" answers "what was the
     * time on the clock when…" in a sentence that holds no date. A bare figure with a colon is left
     * to the numbers, not the dates ({@link DateSpans}: it is as often a time left, a score or a
     * length); a question asking the clock's time ({@link #asksClockTime}) says it is a time.
     */
    static List<Span> clockTimes(List<Span> numbers) {
        return numbers.stream().filter(s -> isClockFigure(s.folded())).toList();
    }

    /** Whether a folded figure is a clock figure, hours and minutes: 4:51، 10:30. */
    static boolean isClockFigure(String folded) {
        return CLOCK_FIGURE.matcher(folded).matches();
    }

    /** Whether a folded question asks for a year: في أي عام، ما السنة التي، in what year. */
    static boolean asksYear(String foldedQuestion) {
        return ASKS_YEAR.matcher(foldedQuestion.toLowerCase(Locale.ROOT)).find();
    }

    /**
     * A question naming a calendar ("في أي سنة هجرية") is answered by the date given in it when the
     * sentence gives both: "سنة 358هـ الموافقة لسنة 969م".
     */
    private static List<Span> inAskedEra(List<Span> spans, String foldedQuestion) {
        for (Set<String> era : List.of(ArabicCalendarWords.HIJRI_ERAS, ArabicCalendarWords.GREGORIAN_ERAS)) {
            if (holdsWord(foldedQuestion, era)) {
                List<Span> inEra = spans.stream().filter(s -> holdsWord(s.folded(), era)).toList();
                return inEra.isEmpty() ? spans : inEra;
            }
        }
        return spans;
    }

    /**
     * A life is given as two dates joined by a dash, "(1332 - 1406م)": a question about a birth
     * (ولد، ولادته، born) is answered by the first, one about a death (توفي، وفاته، died) by the
     * second, though the question's words may stand nearer the other. Other dates of the sentence
     * stay candidates.
     */
    private static List<Span> ofLife(String sentence, List<Span> spans, String foldedQuestion) {
        boolean birth = startsWord(foldedQuestion, ArabicCalendarWords.BIRTH_WORDS);
        boolean death = startsWord(foldedQuestion, ArabicCalendarWords.DEATH_WORDS);
        if (birth == death) {
            return spans;
        }
        List<Span> kept = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            boolean second = i > 0 && lifeDash(sentence, spans.get(i - 1), spans.get(i));
            boolean first = i + 1 < spans.size() && lifeDash(sentence, spans.get(i), spans.get(i + 1));
            if (birth ? !second : !first) {
                kept.add(spans.get(i));
            }
        }
        return kept.isEmpty() ? spans : kept;
    }

    private static boolean lifeDash(String sentence, Span first, Span second) {
        return first.end() <= second.start()
                && LIFE_DASH.matcher(sentence.substring(first.end(), second.start())).matches();
    }

    /** Whether a word of {@code text} starts with one of {@code stems}, or does after a glued و or ف (وتوفي). */
    private static boolean startsWord(String text, Set<String> stems) {
        return anyWord(text, word -> {
            String bare = ArabicProclitics.withoutConjunction(word, 1);
            return stems.stream().anyMatch(stem -> word.startsWith(stem) || bare.startsWith(stem));
        });
    }

    /**
     * A question for a year (في أي عام، ما هو العام) is answered by a date that holds one: not by "العاشر
     * من رمضان" beside "عام 1973".
     */
    private static List<Span> withYearAsked(List<Span> spans, String foldedQuestion) {
        if (!asksYear(foldedQuestion)) {
            return spans;
        }
        List<Span> years = spans.stream().filter(s -> YEAR.matcher(s.folded()).find()).toList();
        return years.isEmpty() ? spans : years;
    }

    /** "في أي سنة…" asks for the year of a date, not its day and month ("7 يناير 1943" → 1943). */
    static Span yearOnly(String sentence, Span span) {
        return partWithin(sentence, span, YEAR, 0);
    }

    /** Whether a question asks since when ({@link #ASKS_SINCE}). */
    static boolean asksSince(String foldedQuestion) {
        return ASKS_SINCE.matcher(foldedQuestion.toLowerCase(Locale.ROOT)).find();
    }

    /**
     * A since-when question's date with the "since" the sentence writes right before it ("منذ عام 2020، تخضع
     * المنطقة لوقف إطلاق النار" → منذ عام 2020): the question asks when the state began, and "عام 2020" alone
     * answers when something happened. The date itself when no "since" stands before it.
     */
    static Span withSince(String sentence, Span date) {
        return matchedBefore(sentence, date, SINCE_BEFORE, 0)
                .map(since -> new Span(since.start(), date.end(), since.folded() + date.folded())).orElse(date);
    }

    /** Whether a question asks for the weekday of a date ({@link #ASKS_WEEKDAY}). */
    static boolean asksWeekday(String foldedQuestion) {
        return ASKS_WEEKDAY.matcher(foldedQuestion.toLowerCase(Locale.ROOT)).find();
    }

    /**
     * The weekday a sentence writes right before a date ("يوم الأربعاء 27 تشرين الثاني" → الأربعاء), which
     * answers a question for the weekday; the date itself when none is written there.
     */
    static Span weekdayBefore(String sentence, Span date) {
        return matchedBefore(sentence, date, WEEKDAY_BEFORE, 1).orElseGet(() -> weekdayWithin(sentence, date));
    }

    /**
     * What {@code group} of {@code pattern} (which ends at the text's end) matches in the folded text before
     * {@code date}, at its offsets in {@code sentence}; empty when the pattern matches none of it.
     */
    private static Optional<Span> matchedBefore(String sentence, Span date, Pattern pattern, int group) {
        ArabicTextNormalizer.Folded folded = ArabicTextNormalizer.foldWithOffsets(sentence.substring(0, date.start()));
        Matcher m = pattern.matcher(folded.text());
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(new Span(folded.start(m.start(group)), folded.end(m.end(group)), m.group(group)));
    }

    /**
     * The weekday a date span writes with its relative day ("اليوم الخميس", "أمس الأربعاء" → الخميس،
     * الأربعاء): a question for the weekday is answered by the day's name, as the readers mark it; the date
     * itself when it names no weekday.
     */
    private static Span weekdayWithin(String sentence, Span date) {
        return partWithin(sentence, date, WEEKDAY, 1);
    }

    /**
     * The part of {@code span} that {@code group} of {@code pattern}'s first match in the span's folded text
     * writes, at its offsets in {@code sentence}; the span itself when the pattern matches none of it or all of it.
     */
    private static Span partWithin(String sentence, Span span, Pattern pattern, int group) {
        ArabicTextNormalizer.Folded folded = ArabicTextNormalizer.foldWithOffsets(
                sentence.substring(span.start(), span.end()));
        Matcher m = pattern.matcher(folded.text());
        if (!m.find() || m.group().length() == folded.text().length()) {
            return span;
        }
        return new Span(span.start() + folded.start(m.start(group)), span.start() + folded.end(m.end(group)),
                m.group(group));
    }

    /**
     * The text after a date short answer from where the date ends in the article: past the month's second name
     * that {@link #oneMonthName} left out of the answer (folded then), so what follows the date is read as before.
     */
    static String pastSecondMonthName(String after) {
        String folded = ArabicTextNormalizer.normalize(after);
        Matcher m = SECOND_MONTH_NAME_FIRST.matcher(folded);
        return m.find() ? folded.substring(m.end()) : after;
    }

    /**
     * A date that names its month in both systems and ends there ("الأول من ديسمبر/كانون الأول") is
     * answered with the first name only ("الأول من ديسمبر"): the readers mark the month by one of its
     * names, and the one the article writes first is the date as far as the slash.
     */
    static Span oneMonthName(String sentence, Span date) {
        ArabicTextNormalizer.Folded folded = ArabicTextNormalizer.foldWithOffsets(
                sentence.substring(date.start(), date.end()));
        Matcher m = SECOND_MONTH_NAME.matcher(folded.text());
        if (!m.find() || m.start() == 0) {
            return date;
        }
        return new Span(date.start(), date.start() + folded.end(m.start()), folded.text().substring(0, m.start()));
    }

    /**
     * Whether a date span names more than a year: a month, a weekday, a day word, a century. A time
     * ago ("66 مليون سنة خلت") is a length of time, which a how-many question may ask for.
     */
    static boolean calendarDate(Span date) {
        if (holdsWord(date.folded(), ArabicCalendarWords.AGO_WORDS)) {
            return false;
        }
        Matcher m = ArabicTextNormalizer.LETTER_WORD.matcher(date.folded());
        while (m.find()) {
            if (!YEAR_ONLY_WORDS.contains(m.group())) {
                return true;
            }
        }
        return false;
    }

    private static boolean holdsWord(String text, Set<String> words) {
        return anyWord(text, words::contains);
    }

    /** Whether a word of {@code text}, lower-cased, passes {@code test}. */
    private static boolean anyWord(String text, Predicate<String> test) {
        Matcher m = ArabicTextNormalizer.LETTER_WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            if (test.test(m.group())) {
                return true;
            }
        }
        return false;
    }
}
