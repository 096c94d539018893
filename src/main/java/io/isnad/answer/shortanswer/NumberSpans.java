package io.isnad.answer.shortanswer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.isnad.ingest.arabic.ArabicCalendarWords;
import io.isnad.ingest.arabic.ArabicNumberWords;
import io.isnad.ingest.arabic.ArabicProclitics;
import io.isnad.ingest.arabic.ArabicStopWords;
import io.isnad.ingest.arabic.ArabicTextNormalizer;

/**
 * The numbers of a text ({@link SpanFinder}): figures in digits with their scale and unit, runs of
 * number words, a range as one span, and the words that say how often (كل) or how many times
 * (أضعاف) a number counts.
 */
final class NumberSpans {

    /**
     * A scale word ends in the accusative's alif after most verbs and after numbers from eleven on
     * ("قتل 20 ألفاً"، "15 ملياراً"): without it the figure alone, "20", was the span.
     */
    private static final String SCALE = "(?:\\s*(?:(?:الف|مليون|مليار|بليون)ا?|الاف|ملايين|مليوني|مليونين|مليارات|thousand"
            + "|million|billion|%|٪|" + String.join("|", ArabicNumberWords.PERCENT_WORDS) + "|percent|per cent))?";
    /**
     * A currency and the country adjective that names which one it is: "30 مليون جنيه إسترليني" is
     * not an Egyptian pound, and "دولار أمريكي" not a Canadian dollar. The adjective is a nisba of
     * four letters or more without the article (جنيه مصري، ريال سعودي), so no function word is taken
     * ("دولار على", "دولار التي"). Either may take the accusative's alif: "230000 دولاراً".
     */
    private static final String CURRENCY = "(?:(?:دولار|جنيه|ريال|دينار|درهم)ا?|يورو)(?:\\s+(?![وف]?ال)[\\p{L}]{3,}يا?(?![\\p{L}]))?";
    /** "مربع" after a unit of length, which makes it one of area, also in the accusative: كيلومتراً مربعاً. */
    private static final String SQUARE = "(?:\\s+مربعا?)?";
    /**
     * A speed of rotation, "3600 دورة في الدقيقة" (rpm): the three words are one unit, as "rpm" is;
     * "دورة" alone is a round or a session ("الدورة 25") and no unit.
     */
    private static final String PER_MINUTE = "دوره\\s+في\\s+الدقيقه|rpm";
    /**
     * The unit a quantity is counted in, kept with it as an answer names it: 1115 كم، 600 سنة، 3.79
     * مليون ميل مربع، 760 نانومتر، 565 °C, 3600 دورة في الدقيقة (folded to lower case). A unit in the
     * singular takes the accusative's alif after numbers from eleven on and after most verbs ("250
     * كيلوغراماً"، "646 ميلاً"): the figure without its unit was the span.
     */
    private static final String UNIT = "(?:\\s*(?:" + PER_MINUTE + "|كم2|كم²|كم|كيلومتر(?:ات|ا)?" + SQUARE + "|ميلا?" + SQUARE
            + "|(?:نانو|ملي|سنتي)?مترا?" + SQUARE + "|كغ|كيلوغراما?|طنا?|" + CURRENCY + "|"
            + ArabicCalendarWords.DURATION_ALTERNATION + "|km|miles?|meters?|dollars?|°\\s?[cf])(?![\\p{L}]))?";
    /** A figure with its separators, or a clock time (3:08). */
    private static final String FIGURE = "\\d+(?:[.,:]\\d+)*";
    /**
     * 1,200 / ٣٫٥ / 100-150 / 23–16 / 3:08 / 20 ألفاً / 45% / بـ104 (digits are folded to ASCII first; a one-letter
     * proclitic may be glued to the number). The en dash joins two figures as the hyphen does, a match's score
     * ("هزم البرونكوس فريق بيتسبرغ ستيلرز… 23–16") or a range, whose two figures answer together; not before a year
     * of four digits: "في الفترة 1600–1800" is a period, two years, each of which may be the date asked.
     */
    private static final Pattern DIGITS = Pattern.compile("(?<!\\d)"
            + ArabicProclitics.wordStartAfter(ArabicProclitics.BEFORE_DATES_AND_FIGURES)
            + FIGURE + "(?:-" + FIGURE + "|–(?!\\d{4}(?![.,:]?\\d))" + FIGURE + ")?" + SCALE + UNIT
            + "(?![\\p{L}\\d])");
    /** A figure with nothing after it, and a figure with its scale or unit ({@link #sharesUnit}). */
    private static final Pattern BARE_FIGURE = Pattern.compile(FIGURE);
    private static final Pattern MEASURED_FIGURE = Pattern.compile(FIGURE + SCALE + UNIT);
    /** What joins the two ends of a range: "30 إلى 50 ألفاً", "خمس إلى عشر سنوات" (folded). */
    private static final Pattern RANGE_JOIN = Pattern.compile("\\s+الي\\s+");
    /** "من" before the first figure makes "من 415,000 إلى 587,000" a change, whose ends answer apart. */
    private static final Pattern FROM = Pattern.compile("(?<![\\p{L}])من\\s+$");
    /** "بين" before the first figure makes "بين 120 و130" one range, joined by و. */
    private static final Pattern BETWEEN = Pattern.compile("(?<![\\p{L}])بين\\s+$");
    private static final Pattern AND_JOIN = Pattern.compile("\\s+و\\s*");
    /** A multiplier after a number, and the word after it: "أضعاف وزنها". */
    private static final Pattern MULTIPLE = Pattern.compile("\\s+(" + ArabicCalendarWords.alternation(
            ArabicNumberWords.MULTIPLIERS) + ")(?![\\p{L}])(?:\\s+([\\p{L}]+))?");
    /** "كل" right before a length of time makes it how often: "كل خمس سنوات". */
    private static final Pattern EVERY = Pattern.compile("(?<![\\p{L}])كل\\s+$");
    /** A span that ends in a unit of duration (folded): خمس سنوات، 5 أيام. */
    private static final Pattern ENDS_IN_DURATION = Pattern.compile(".*(?<![\\p{L}])(?:"
            + ArabicCalendarWords.DURATION_ALTERNATION + ")");

    private NumberSpans() {
    }

    /** The numbers of a text, in text order. */
    static List<Span> find(String text, ArabicTextNormalizer.Folded folded) {
        String f = folded.text();
        List<Span> spans = new ArrayList<>();
        SpanFinder.addAll(spans, DIGITS.matcher(f), folded, f, 0);
        numberWords(spans, text, folded);
        spans.sort(Comparator.comparingInt(Span::start));
        ranges(spans, f, folded);
        spans.replaceAll(s -> withEvery(s, f, folded));
        spans.replaceAll(s -> withMultiple(s, f, folded));
        return spans;
    }

    /**
     * Two figures joined by "إلى" are one range: "فقدت 30 إلى 50 ألفاً" answers how many were lost
     * with both ends, as the hyphen range 100-150 does. Not after "من": "ازدادت من 415,000 إلى
     * 587,000" is a change from one figure to another, and either end may be what is asked. After
     * "بين" two figures joined by و are a range too ("قتل ما بين 120 و130 شخصاً"); elsewhere و joins
     * two counts of different things ("89 قتيلاً و277 جريحاً").
     */
    private static void ranges(List<Span> spans, String f, ArabicTextNormalizer.Folded folded) {
        for (int i = spans.size() - 2; i >= 0; i--) {
            Span first = spans.get(i);
            Span second = spans.get(i + 1);
            int from = SpanFinder.indexOf(folded, first.start());
            int to = SpanFinder.indexOf(folded, second.start());
            int firstEnd = from + first.folded().length();
            String join = firstEnd <= to ? f.substring(firstEnd, to) : "";
            String before = f.substring(Math.max(0, from - 5), from);
            if (RANGE_JOIN.matcher(join).matches() && !FROM.matcher(before).find()
                    || AND_JOIN.matcher(join).matches()
                            && (BETWEEN.matcher(before).find() || sharesUnit(first, second))) {
                spans.set(i, new Span(first.start(), second.end(), f.substring(from, to) + second.folded()));
                spans.remove(i + 1);
            }
        }
    }

    /**
     * "تصل ذروتها عند 687 و760 نانومتر": a bare figure joined by و to a figure with its unit is measured
     * in that unit, and the two are one answer, as a range is. A figure with a noun of its own
     * ("89 قتيلاً و277 جريحاً") or a bare second figure counts something else.
     */
    private static boolean sharesUnit(Span first, Span second) {
        return BARE_FIGURE.matcher(first.folded()).matches() && !BARE_FIGURE.matcher(second.folded()).matches()
                && MEASURED_FIGURE.matcher(second.folded()).matches();
    }

    /**
     * "تجري الانتخابات كل خمس سنوات": a length of time after "كل" says how often, and "كل" is part of
     * what it says; without it "خمس سنوات" would answer how long.
     */
    private static Span withEvery(Span span, String f, ArabicTextNormalizer.Folded folded) {
        if (!ENDS_IN_DURATION.matcher(span.folded()).matches()) {
            return span;
        }
        int from = SpanFinder.indexOf(folded, span.start());
        int base = Math.max(0, from - 6);
        Matcher m = EVERY.matcher(f.substring(base, from));
        if (!m.find()) {
            return span;
        }
        int start = base + m.start();
        return new Span(folded.start(start), span.end(), f.substring(start, from) + span.folded());
    }

    /**
     * "تأكل عشرة أضعاف وزنها": a number before a multiplier ({@link ArabicNumberWords#MULTIPLIERS}) says
     * how many times something it names, and "عشرة" alone answers how much it eats wrongly. The span
     * keeps the multiplier and the word after it, when that is no function word ("ثلاثة أضعاف ما كان"
     * keeps "ثلاثة أضعاف").
     */
    private static Span withMultiple(Span span, String f, ArabicTextNormalizer.Folded folded) {
        int from = SpanFinder.indexOf(folded, span.start());
        Matcher m = MULTIPLE.matcher(f).region(from + span.folded().length(), f.length());
        if (!m.lookingAt()) {
            return span;
        }
        int end = m.group(2) != null && !ArabicStopWords.contains(m.group(2)) ? m.end(2) : m.end(1);
        return new Span(span.start(), folded.end(end), f.substring(from, end));
    }

    /**
     * Runs of number words (ثلاثة آلاف، عشرات) not already inside a digit span, without a و، ب or ل
     * glued to the first (وأربعة answers "أربعة"), with the unit of a duration that follows them
     * (ثلاث سنوات), as a figure keeps it ({@link #UNIT}). A compound ordinal of the teens is one span with
     * its ordinal ({@link ArabicNumberWords#ordinalTeen}): "رئيس تركيا الثاني عشر" is the twelfth, and
     * its عشر alone, a ten, answered "الرئيس رقم كم".
     */
    private static void numberWords(List<Span> spans, String text, ArabicTextNormalizer.Folded folded) {
        String f = folded.text();
        Matcher m = ArabicTextNormalizer.LETTER_WORD.matcher(f);
        int runStart = -1;
        int runEnd = -1;
        int previousStart = -1;
        int previousEnd = -1;
        while (m.find()) {
            boolean number = ArabicNumberWords.isNumberWord(m.group()) && !joined(f, m.start(), m.end())
                    && !andOneOf(m.group(), text, folded, m.start());
            boolean adjacent = runStart >= 0 && f.substring(runEnd, m.start()).isBlank();
            int ordinalStart = previousStart >= 0 && f.substring(previousEnd, m.start()).isBlank()
                    && ArabicNumberWords.ordinalTeen(f.substring(previousStart, previousEnd), m.group())
                    ? previousStart : -1;
            previousStart = m.start();
            previousEnd = m.end();
            if (ordinalStart >= 0) {
                // The ordinal broke any run before it: the teen is a span of its own.
                addRun(spans, f, folded, ordinalStart, m.end());
            } else if (number && adjacent) {
                runEnd = m.end();
            } else if (adjacent && ArabicCalendarWords.DURATION_UNITS.contains(m.group())
                    && !one(f.substring(runStart, runEnd))) {
                addRun(spans, f, folded, runStart, m.end());
                runStart = -1;
            } else {
                addRun(spans, f, folded, runStart, runEnd);
                runStart = number ? m.start() + ArabicNumberWords.procliticLength(m.group()) : -1;
                runEnd = number ? m.end() : -1;
            }
        }
        addRun(spans, f, folded, runStart, runEnd);
    }

    /**
     * Whether a zero-width joiner or non-joiner glues the word to the next or previous one: it is a
     * part of a longer word, as Persian and transliterations write them ("ميه‌تانتيه" holds no مئة).
     */
    private static boolean joined(String f, int start, int end) {
        return start > 0 && isJoiner(f.charAt(start - 1)) || end < f.length() && isJoiner(f.charAt(end));
    }

    /**
     * Whether a word that folds to واحد is written وأحد: و and أحد, "and one of" (وأحد السنوريات الأربعة،
     * وأحد أشهر), which counts nothing; the number one is written واحد.
     */
    private static boolean andOneOf(String word, String text, ArabicTextNormalizer.Folded folded, int start) {
        return word.startsWith("واحد") && text.charAt(folded.start(start + 1)) == 'أ';
    }

    private static boolean isJoiner(char c) {
        return c == '\u200C' || c == '\u200D';
    }

    /** "أحد أشهر" is "one of the most famous": one month is "شهر واحد", the unit before the number. */
    private static boolean one(String run) {
        return ArabicNumberWords.value(run).filter(v -> v == 1).isPresent();
    }

    private static void addRun(List<Span> spans, String f, ArabicTextNormalizer.Folded folded, int s, int e) {
        if (s < 0) {
            return;
        }
        int start = folded.start(s);
        boolean inside = spans.stream().anyMatch(sp -> sp.start() <= start && start < sp.end());
        if (!inside) {
            spans.add(new Span(start, folded.end(e), f.substring(s, e)));
        }
    }
}
