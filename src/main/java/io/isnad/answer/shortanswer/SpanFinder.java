package io.isnad.answer.shortanswer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.github.benmanes.caffeine.cache.Cache;

import io.isnad.answer.question.QuestionType;
import io.isnad.index.Caches;
import io.isnad.ingest.arabic.ArabicCalendarWords;
import io.isnad.ingest.arabic.ArabicNumberWords;
import io.isnad.ingest.arabic.ArabicPersonTitles;
import io.isnad.ingest.arabic.ArabicPlaceNames;
import io.isnad.ingest.arabic.ArabicQuestionWords;
import io.isnad.ingest.arabic.ArabicRootSkeleton;
import io.isnad.ingest.arabic.ArabicSpeechVerbs;
import io.isnad.ingest.arabic.ArabicStopWords;
import io.isnad.ingest.arabic.ArabicTextNormalizer;

/**
 * Finds the spans of a text that can answer a typed question: dates and times (both digit systems,
 * both month naming systems, weekdays, relative days, clock times, decades, centuries, periods of
 * years), numbers (digits and number words, with their scale and unit, a duration with its unit of
 * time), names introduced by a title, and places introduced by a place noun. Matching runs on folded text and the
 * offsets are mapped back, so each span is an exact substring of the original.
 */
public final class SpanFinder {

    /** A month of either calendar: Hijri months date the events of Arabic history (العاشر من محرم). */
    private static final String MONTH = "(?<![\\p{L}])(?:" + ArabicCalendarWords.MONTH_ALTERNATION + "|"
            + ArabicCalendarWords.HIJRI_MONTH_ALTERNATION + ")(?![\\p{L}])";
    /** A month named in both systems: تشرين الأول/أكتوبر, تشرين الأول (أكتوبر). */
    private static final String MONTHS = MONTH + "(?:\\s*/\\s*" + MONTH + ")?(?:\\s*\\(" + MONTH + "\\))?";
    private static final String DAY = "\\d{1,2}(?:st|nd|rd|th)?";
    /**
     * The day word before a day given by its ordinal, kept with it: "اليوم العاشر من شهر محرم" is a
     * date, whose "اليوم" is no "today".
     */
    private static final String DAY_WORD = "(?:(?<![\\p{L}])(?:ال)?يوم\\s+)?";
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
    /** A year word before a year, folded: عام 1914، in 1914. */
    private static final String YEAR_WORD = "(?:(?:" + ArabicCalendarWords.YEAR_WORD_ALTERNATION + "|year|in)\\s+)";
    /**
     * The part of a period a date is often given with: أواخر عام 2010، أوائل 2002، صيف سنة 1521
     * (folded: أوائل is اوايل). Not "بداية من 1519", "starting from 1519", whose date is the year.
     */
    private static final String PERIOD_PART = "(?:(?<![\\p{L}])(?:اواخر|اوايل|بدايه|مطلع|منتصف|اواسط|نهايه|خريف|ربيع|صيف|شتاء)"
            + "\\s+(?!من\\s))?";
    /** A century with the era it may be given in: القرن التاسع عشر، القرن الثالث قبل الميلاد، 19th century. */
    private static final String CENTURY = "(?:القرن|قرن)\\s+[\\p{L}\\d]+(?:\\s+(?:عشر|والعشرين))?(?:\\s+(?:"
            + ArabicCalendarWords.alternation(ArabicCalendarWords.CENTURY_ERAS) + "|م|ه|ق\\.?\\s?م)(?![\\p{L}]))?"
            + "|(?<!\\d)\\d{1,2}(?:st|nd|rd|th)\\s+century(?:\\s+(?:bc|ad|bce|ce)(?![\\p{L}]))?";
    /**
     * A decade: الثمانينيات، عقد الستينات، ثمانينيات القرن الماضي، 1980s. A one-letter proclitic may be
     * glued on and is left out ("وثمانينيات"), as before a figure.
     */
    private static final String DECADE = "(?:(?:ال)?عقد\\s+)?(?<![\\p{L}&&[^وبلك]])(?<!\\p{L}[وبلك])(?:"
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
     * A month alone is not a date: مارس is also a verb.
     */
    private static final Pattern DATE = Pattern.compile(PERIOD_PART + "(?:" + String.join("|",
            DECADE,
            CLOCK,
            "(?<![\\d.,])\\d+(?:[.,]\\d+)*(?:\\s*(?:الف|الاف|مليون|ملايين|مليار|مليارات))?\\s+(?:"
                    + ArabicCalendarWords.DURATION_ALTERNATION + ")\\s+(?:"
                    + ArabicCalendarWords.alternation(ArabicCalendarWords.AGO_WORDS) + ")(?![\\p{L}])",
            "(?:" + DAY + "|" + DAY_WORD + "(?:" + String.join("|", ArabicNumberWords.ORDINALS) + "))\\s+(?:من\\s+)?"
                    + "(?:شهر\\s+)?" + MONTHS + YEAR_AFTER_MONTH + "?",
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
            "(?:(?:" + ArabicCalendarWords.YEAR_WORD_ALTERNATION + ")\\s+)(?<![\\d.,])\\d{2,4}" + NOT_A_FRACTION + ERA,
            "(?<![\\d.,])\\d{2,4}" + REQUIRED_ERA) + ")");

    /**
     * A part of the day or a clock time alone: the time of a date, when one follows it. A part of
     * the day joined to its weekday ("مساء الأحد") is that day's date, one span.
     */
    private static final Pattern TIME_OF_DAY = Pattern.compile("(?:" + String.join("|", ArabicCalendarWords.TIMES_OF_DAY)
            + ")|" + CLOCK);
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
    /** What joins the years of a period after "من"/"from": "من 1914 إلى 1918", "from 1914 to 1918". */
    private static final Pattern UNTIL = Pattern.compile("\\s+(?:الي|حتي|to|until)\\s+");
    private static final Pattern FROM_PERIOD = Pattern.compile("(?<![\\p{L}])(?:من|from)\\s+$");
    /** What joins them after "بين"/"between": "بين 1914 و1918", "between 1914 and 1918". */
    private static final Pattern AND_PERIOD = Pattern.compile("\\s+(?:و|and\\s+)\\s*");
    private static final Pattern BETWEEN_PERIOD = Pattern.compile(
            "(?<![\\p{L}])(?:بين|between)\\s+(?:(?:" + ArabicCalendarWords.alternation(ArabicCalendarWords.YEAR_PAIRS)
            + ")\\s+)?$");

    private static final String SCALE = "(?:\\s*(?:الف|الاف|مليون|ملايين|مليوني|مليونين|مليار|مليارات|بليون|thousand"
            + "|million|billion|%|٪|" + String.join("|", ArabicNumberWords.PERCENT_WORDS) + "|percent|per cent))?";
    /**
     * A currency and the country adjective that names which one it is: "30 مليون جنيه إسترليني" is
     * not an Egyptian pound, and "دولار أمريكي" not a Canadian dollar. The adjective is a nisba of
     * four letters or more without the article (جنيه مصري، ريال سعودي), so no function word is taken
     * ("دولار على", "دولار التي").
     */
    private static final String CURRENCY = "(?:دولار|يورو|جنيه|ريال|دينار|درهم)(?:\\s+(?![وف]?ال)[\\p{L}]{3,}ي(?![\\p{L}]))?";
    /**
     * The unit a quantity is counted in, kept with it as an answer names it: 1115 كم، 600 سنة، 3.79
     * مليون ميل مربع، 760 نانومتر، 565 °C (folded to lower case).
     */
    private static final String UNIT = "(?:\\s*(?:كم2|كم²|كم|كيلومتر(?:ات)?(?:\\s+مربع)?|ميل(?:\\s+مربع)?"
            + "|(?:نانو|ملي|سنتي)?متر(?:\\s+مربع)?|كغ|كيلوغرام|طن|" + CURRENCY + "|"
            + ArabicCalendarWords.DURATION_ALTERNATION + "|km|miles?|meters?|dollars?|°\\s?[cf])(?![\\p{L}]))?";
    /** A figure with its separators, or a clock time (3:08). */
    private static final String FIGURE = "\\d+(?:[.,:]\\d+)*";
    /**
     * 1,200 / ٣٫٥ / 100-150 / 3:08 / 20 ألفاً / 45% / بـ104 (digits are folded to ASCII first; a one-letter
     * proclitic may be glued to the number).
     */
    private static final Pattern DIGITS = Pattern.compile("(?<!\\d)(?<![\\p{L}&&[^بلوك]])(?<!\\p{L}[بلوك])"
            + FIGURE + "(?:-" + FIGURE + ")?" + SCALE + UNIT + "(?![\\p{L}\\d])");
    /** A figure with nothing after it, and a figure with its scale or unit ({@link #sharesUnit}). */
    private static final Pattern BARE_FIGURE = Pattern.compile(FIGURE);
    private static final Pattern MEASURED_FIGURE = Pattern.compile(FIGURE + SCALE + UNIT);
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");
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

    /**
     * The article, alone or after a glued preposition or conjunction ({@link ArabicRootSkeleton#ARTICLE_FORMS}):
     * a name does not open with it; after a title such a word is the title's qualifier or complement.
     */
    private static final String ARTICLE_START = "(?:" + String.join("|", ArabicRootSkeleton.ARTICLE_FORMS) + ")";
    private static final String NO_ARTICLE = "(?!" + ARTICLE_START + ")";
    /**
     * The preposition ل glued to a noun right after a title opens the title's complement, not a name:
     * "نائب الرئيس التنفيذي لعمليات كرة القدم"، "رئيس وزراء لجمهورية ألمانيا". A foreign name that starts
     * with ل has a long vowel after it (لوثار، ليدي، لاري); an Arabic one such as لطفي is given up.
     */
    private static final String NO_GLUED_LAM = "(?!ل[^اوي\\s])";
    private static final Pattern ARTICLE = Pattern.compile(ARTICLE_START);
    /**
     * Where a title may start: after no letter or after a one-letter proclitic (والرئيس، ووزير)
     * alone, not inside a word ("رئيس" of "الرئيس").
     */
    private static final String WORD_START = "(?<![\\p{L}&&[^" + ArabicRootSkeleton.PROCLITICS + "]])(?<!\\p{L}["
            + ArabicRootSkeleton.PROCLITICS + "])";
    /** A title as a whole word. */
    private static final String TITLE = WORD_START + "(?:" + String.join("|", ArabicPersonTitles.all()) + ")(?![\\p{L}])";
    /**
     * A title without the article (رئيس، وزير) stands in a construct with the noun after it, which
     * is part of the title and no name when it is indefinite too: "رئيس وزراء…"، "رئيس منظمة
     * الرصد"، "وزير خارجية…". With the article the title is followed by its name directly.
     */
    private static final String TITLE_WITH_CONSTRUCT = WORD_START + "(?:(?:"
            + String.join("|", ArabicPersonTitles.all().stream().filter(t -> t.startsWith("ال")).toList()) + ")(?![\\p{L}])|(?:"
            + String.join("|", ArabicPersonTitles.all().stream().filter(t -> !t.startsWith("ال")).toList())
            + ")(?![\\p{L}])(?>(?:\\s+(?!ال)[\\p{L}]{2,})?))";
    /**
     * A title, the words qualifying it, then the name. The qualifiers agree with the title and so
     * carry the article (الرئيس السوري، وزير الدفاع الإيراني), also after a glued ل (أمين المجلس الأعلى
     * للأمن القومي الإيراني علي شمخاني), except the noun after "باسم"
     * ("المتحدث باسم وزارة الخارجية"); they are taken whole, since a name is never what is left by
     * giving one back: "رئيس منظمة الرصد." names nobody, and neither does "المتحدث الإيراني في أول
     * تعليق". The name's words are no title (the next title starts another name: "عباس عراقجي
     * الرئيس السوري بشار الأسد"), and it does not open with a preposition glued to the article
     * ("المدير العام للفريق").
     */
    private static final Pattern TITLED_NAME = Pattern.compile(TITLE_WITH_CONSTRUCT
            + "(?:\\s+(?:باسم(?:\\s+(?!ال)[\\p{L}]{2,})?|ال[\\p{L}]+|لل[\\p{L}]+))*+"
            + "\\s+" + NO_ARTICLE + NO_GLUED_LAM + "((?:(?!" + TITLE + ")[\\p{L}]{2,}\\s?){1,3})");
    /**
     * A name set off by commas after a title whose own words run on: "آخر رئيس وزراء لجمهورية ألمانيا
     * الديمقراطية (الشرقية)، لوثار دي ميزيير، وهو…". Two to four words that are neither a title nor
     * open with the article, closed by a second comma, within six words of the title.
     */
    private static final Pattern TITLE_THEN_NAME_IN_COMMAS = Pattern.compile(TITLE_WITH_CONSTRUCT
            + "(?:\\s+[^\\s،.:؟?!]+){0,6}?\\s*،\\s*(" + NO_ARTICLE + "(?!" + TITLE + ")[\\p{L}]{2,}"
            + "(?:\\s+(?!" + TITLE + ")[\\p{L}]{2,}){1,3})(?=\\s*،)");
    /**
     * The words right before a comma that a title or a nickname phrase follows, the name of news
     * apposition: "وفقاً لمعلومات من رامي عبد الرحمن، رئيس منظمة الرصد"، "بأن كيومرث بور هاشمي، المعروف
     * بلقب…". Up to three words; {@link #nameBeforeApposition}
     * keeps those after the last function word or title, when two or more are left.
     */
    private static final Pattern WORDS_BEFORE_APPOSITION = Pattern.compile(
            "((?:[\\p{L}]+\\s+){0,2}[\\p{L}]+)\\s*،\\s*(?:" + TITLE + "|(?:"
                    + String.join("|", ArabicPersonTitles.nicknamePhrases()) + ")(?![\\p{L}]))");
    /**
     * A name in quotes that a title follows, the other order of news apposition: اعتبر "إسماعيل بقائي"
     * المتحدث باسم الوزارة.
     */
    private static final Pattern QUOTED_NAME_BEFORE_TITLE = Pattern.compile("[\"«“]((?:[\\p{L}]{2,}\\s?){1,3})[\"»”]\\s*،?\\s*(?:"
            + String.join("|", ArabicPersonTitles.all()) + ")(?![\\p{L}])");

    /**
     * A place named after the noun that introduces it: العاصمة التركية أنقرة، مدينة حلب، بلدة خان السبل
     * (a name of two words after a construct head, {@link ArabicPlaceNames}). Not after موقع: in news it
     * is mostly a website or a position ("موقع وكالة مهر"), seldom a place.
     */
    private static final Pattern NAMED_PLACE = Pattern.compile("(?<![\\p{L}])[وب]?(?:"
            + ArabicQuestionWords.PLACE_NOUNS.stream().filter(noun -> !noun.endsWith("موقع"))
                    .collect(Collectors.joining("|"))
            + ")(?:\\s+ال[\\p{L}]+(?:ي|يه))?\\s+((?:" + ArabicPlaceNames.headAlternation()
            + ")\\s+(?:ال)?[\\p{L}]{2,}|(?:ال)?[\\p{L}]{3,})");
    /**
     * A word right after a preposition (في دمشق، إلى أنقرة، بحلب), and the word after it: where the
     * lexicon knows it as a place ({@link KnownNames#place}), the place a sentence gives without a
     * place noun.
     */
    private static final Pattern AFTER_PREPOSITION = Pattern.compile(
            "(?<![\\p{L}])(?:(?:و?(?:" + Stream.of("في", "من", "إلى", "نحو", "قرب").map(ArabicTextNormalizer::normalize)
                    .collect(Collectors.joining("|")) + ")\\s+)|و?ب)([\\p{L}]{3,})(?=(?:\\s+([\\p{L}]{2,}))?)");

    /**
     * A place given by its side of a larger one: في غرب آسيا، في الشمال الغربي من القارة، بشمال
     * سوريا. It answers "where" as a named place does, and is often the whole of what a sentence says.
     */
    private static final String SIDE = "(?:ال)?(?:شمال|جنوب|شرق|غرب|وسط)(?:ي|يه)?";
    private static final Pattern SIDE_OF_PLACE = Pattern.compile("(?<![\\p{L}])و?(?:في\\s+|ب)(" + SIDE + "(?:\\s+"
            + SIDE + ")?(?:\\s+من)?\\s+(?:ال)?[\\p{L}]{3,})");

    /**
     * Spans found before, by sentence and type. Every question about an article reads its best
     * sentences again, and these patterns cost a quarter of answering one on the seed articles;
     * the spans depend on nothing else, so a found entry is never stale. Bounded to a few MB.
     */
    private static final Cache<Sentence, List<Span>> FOUND = Caches.builder().maximumSize(20_000).build();

    private SpanFinder() {
    }

    private record Sentence(String text, QuestionType type) {
    }

    /** The spans of {@code text} that can answer a question of {@code type}, in text order. */
    public static List<Span> find(String text, QuestionType type) {
        return FOUND.get(new Sentence(text, type), key -> List.copyOf(scan(key.text(), key.type())));
    }

    /**
     * The places of {@code text} that the lexicon knows, right after a preposition, in text order (a
     * name of two words first: ريف دمشق). They answer a where-question whose sentence names no place
     * after a place noun; they are not among {@link #find}'s spans, which rank sentences too
     * ({@link ShortAnswerFinder#holdsAnswer}).
     */
    public static List<Span> knownPlaces(String text) {
        ArabicTextNormalizer.Folded folded = ArabicTextNormalizer.foldWithOffsets(text);
        String f = folded.text();
        List<Span> spans = new ArrayList<>();
        Matcher m = AFTER_PREPOSITION.matcher(f);
        while (m.find()) {
            int end = m.group(2) != null && KnownNames.place(m.group(1) + " " + m.group(2)) ? m.end(2)
                    : KnownNames.place(m.group(1)) && !placeNoun(m.group(1)) ? m.end(1) : -1;
            if (end > 0) {
                spans.add(new Span(folded.start(m.start(1)), folded.end(end), f.substring(m.start(1), end)));
            }
        }
        return spans;
    }

    /**
     * Whether the one word after a place noun says what the place is like or does rather than naming it:
     * a verb ("دولة ويوجه ضربات") or an adjective in the nisba or feminine ending that agrees with an
     * indefinite noun ("دولة عربية"، "منطقة قريبة"، "دول أخرى"). A place the lexicon knows (غزة، دبي) is a
     * name whatever its ending, unless it is a people's adjective (عربية); a word with the article (حي
     * الجمالية) is left as it is.
     */
    private static boolean describesPlace(String word) {
        if (word.indexOf(' ') >= 0 || word.startsWith("ال") || KnownNames.place(word) && !KnownNames.demonym(word)) {
            return false;
        }
        return ArabicRootSkeleton.looksConjugated(word) || word.endsWith("ه") || word.endsWith("ي");
    }

    /** منطقة، المنطقة: the lexicon translates "region", but the word names no place by itself. */
    private static boolean placeNoun(String word) {
        return ArabicQuestionWords.PLACE_NOUNS.contains(ArabicTextNormalizer.withoutArticle(word));
    }

    private static List<Span> scan(String text, QuestionType type) {
        ArabicTextNormalizer.Folded folded = ArabicTextNormalizer.foldWithOffsets(text);
        String f = folded.text();
        List<Span> spans = new ArrayList<>();
        switch (type) {
            case DATE -> {
                addAll(spans, DATE.matcher(f), folded, f, 0);
                withOtherCalendar(spans, f, folded);
                withoutTimesBeforeDates(spans, f, folded);
                periods(spans, f, folded);
            }
            case NUMBER -> {
                addAll(spans, DIGITS.matcher(f), folded, f, 0);
                numberWords(spans, text, folded);
                spans.sort(Comparator.comparingInt(Span::start));
                ranges(spans, f, folded);
                spans.replaceAll(s -> withEvery(s, f, folded));
                spans.replaceAll(s -> withMultiple(s, f, folded));
            }
            case PLACE -> {
                addAll(spans, NAMED_PLACE.matcher(f), folded, f, 1);
                List<Span> sides = new ArrayList<>();
                addAll(sides, SIDE_OF_PLACE.matcher(f), folded, f, 1);
                // "في الجنوب الغربي على…": a side with no place after it is no answer.
                sides.removeIf(s -> ArabicStopWords.contains(s.folded().substring(s.folded().lastIndexOf(' ') + 1)));
                spans.addAll(sides);
                spans.sort(Comparator.comparingInt(Span::start));
                spans.removeIf(s -> ArabicStopWords.contains(s.folded()) || ArabicQuestionWords.PLACE_NOUNS.contains(s.folded())
                        || describesPlace(s.folded()));
            }
            case PERSON -> {
                addAll(spans, TITLED_NAME.matcher(f), folded, f, 1);
                addAll(spans, QUOTED_NAME_BEFORE_TITLE.matcher(f), folded, f, 1);
                addAll(spans, TITLE_THEN_NAME_IN_COMMAS.matcher(f), folded, f, 1);
                nameBeforeApposition(spans, f, folded);
                spans.sort(Comparator.comparingInt(Span::start));
                spans.replaceAll(s -> withoutStopWords(s, text, folded));
                spans.removeIf(s -> s.start() == s.end());
                withoutRepeats(spans);
            }
            default -> {
            }
        }
        return spans;
    }

    /**
     * A name of two or three words before a comma and a title or nickname phrase ({@link #WORDS_BEFORE_APPOSITION}):
     * what follows the last function word or title among the three words before the comma, less the
     * words with the article that open it (the title before a name: "المتحدث باسم الوزارة سمير
     * خليل، المتحدث…"), when it is two words or more and holds the article once at most ("عبد
     * الرحمن"): "أكدت القوات المسلحة، اللواء…" is a verb and its subject.
     */
    private static void nameBeforeApposition(List<Span> spans, String f, ArabicTextNormalizer.Folded folded) {
        Matcher m = WORDS_BEFORE_APPOSITION.matcher(f);
        while (m.find()) {
            List<Integer> starts = new ArrayList<>();
            Matcher w = WORD.matcher(f).region(m.start(1), m.end(1));
            while (w.find()) {
                if (endsName(w.group())) {
                    starts.clear();
                } else {
                    starts.add(w.start());
                }
            }
            while (!starts.isEmpty() && ARTICLE.matcher(f).region(starts.getFirst(), f.length()).lookingAt()) {
                starts.removeFirst();
            }
            if (starts.size() >= 2 && starts.stream().filter(start -> f.startsWith("ال", start)).count() < 2) {
                int start = starts.get(0);
                spans.add(new Span(folded.start(start), folded.end(m.end(1)), f.substring(start, m.end(1))));
            }
        }
    }

    /**
     * A function word (also with a glued و or ف: وهذا), a title or a speech verb, folded: no word of a
     * name, so a name ends (or starts after) it.
     */
    private static boolean endsName(String word) {
        return ArabicStopWords.containsGlued(word) || ArabicPersonTitles.contains(word) || ArabicSpeechVerbs.contains(word);
    }

    /**
     * Whether a word the folding made "علي" is written with a dotted ي, the name Ali ("أمين المجلس… علي
     * شمخاني"), not the preposition على, which the folding spells alike.
     */
    private static boolean ali(String folded, String written) {
        return folded.equals("علي") && written.endsWith("ي");
    }

    /** One name found by two patterns ("المتحدث باسم الوزارة سمير خليل، المتحدث…") is one span. */
    private static void withoutRepeats(List<Span> spans) {
        for (int i = spans.size() - 1; i > 0; i--) {
            if (spans.get(i).start() == spans.get(i - 1).start()) {
                spans.remove(spans.get(i).end() < spans.get(i - 1).end() ? i : i - 1);
            }
        }
    }

    private static void addAll(List<Span> spans, Matcher m, ArabicTextNormalizer.Folded folded, String f, int group) {
        while (m.find()) {
            int s = m.start(group);
            int e = m.end(group);
            while (e > s && Character.isWhitespace(f.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                spans.add(new Span(folded.start(s), folded.end(e), f.substring(s, e)));
            }
        }
    }

    /** A name ends before the first function word or title the pattern swept in ("بقائي إن", "عراقجي الرئيس"). */
    private static Span withoutStopWords(Span span, String text, ArabicTextNormalizer.Folded folded) {
        Matcher m = WORD.matcher(span.folded());
        int keep = 0;
        int foldedStart = indexOf(folded, span.start());
        while (m.find()) {
            String written = text.substring(folded.start(foldedStart + m.start()), folded.end(foldedStart + m.end()));
            if (endsName(m.group()) && !ali(m.group(), written)) {
                break;
            }
            keep = m.end();
        }
        return new Span(span.start(), folded.end(foldedStart + keep), span.folded().substring(0, keep));
    }

    private static int indexOf(ArabicTextNormalizer.Folded folded, int originalStart) {
        int i = 0;
        while (folded.start(i) < originalStart) {
            i++;
        }
        return i;
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
            int from = indexOf(folded, first.start());
            int to = indexOf(folded, second.start());
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
        int from = indexOf(folded, span.start());
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
        int from = indexOf(folded, span.start());
        Matcher m = MULTIPLE.matcher(f).region(from + span.folded().length(), f.length());
        if (!m.lookingAt()) {
            return span;
        }
        int end = m.group(2) != null && !ArabicStopWords.contains(m.group(2)) ? m.end(2) : m.end(1);
        return new Span(span.start(), folded.end(end), f.substring(from, end));
    }

    /**
     * "الساعة العاشرة صباح يوم الخميس" is answered by its date: a time of day directly before a
     * date (or before another time before one) is no span of its own, and the date wins; the
     * closeness of the question's words would otherwise often pick the time, which comes first.
     */
    private static void withoutTimesBeforeDates(List<Span> spans, String f, ArabicTextNormalizer.Folded folded) {
        int dateStart = -1;
        for (int i = spans.size() - 1; i >= 0; i--) {
            Span span = spans.get(i);
            int start = indexOf(folded, span.start());
            boolean time = TIME_OF_DAY.matcher(span.folded()).matches();
            int end = start + span.folded().length();
            if (time && dateStart >= end && TIME_TO_DATE.matcher(f.substring(end, dateStart)).matches()) {
                spans.remove(i);
                dateStart = start;
            } else {
                dateStart = time ? -1 : start;
            }
        }
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
            int from = indexOf(folded, span.start());
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
     * "between 1914 and 1918" answer "when" with both ends. The span starts at the first year: the
     * preposition is left out, as for a range of figures ({@link #ranges}). Not two years joined by
     * a dash: "(1332 - 1406م)" is a life, and "when was he born" asks for its first year.
     */
    private static void periods(List<Span> spans, String f, ArabicTextNormalizer.Folded folded) {
        for (int i = spans.size() - 2; i >= 0; i--) {
            Span first = spans.get(i);
            Span second = spans.get(i + 1);
            if (!PERIOD_YEAR.matcher(first.folded()).matches() || !PERIOD_YEAR.matcher(second.folded()).matches()) {
                continue;
            }
            int from = indexOf(folded, first.start());
            int to = indexOf(folded, second.start());
            int firstEnd = from + first.folded().length();
            if (firstEnd > to) {
                continue;
            }
            String join = f.substring(firstEnd, to);
            String before = f.substring(Math.max(0, from - 20), from);
            if (UNTIL.matcher(join).matches() && FROM_PERIOD.matcher(before).find()
                    || AND_PERIOD.matcher(join).matches() && BETWEEN_PERIOD.matcher(before).find()) {
                spans.set(i, new Span(first.start(), second.end(), f.substring(from, to) + second.folded()));
                spans.remove(i + 1);
            }
        }
    }

    /**
     * Runs of number words (ثلاثة آلاف، عشرات) not already inside a digit span, without a و، ب or ل
     * glued to the first (وأربعة answers "أربعة"), with the unit of a duration that follows them
     * (ثلاث سنوات), as a figure keeps it ({@link #UNIT}).
     */
    private static void numberWords(List<Span> spans, String text, ArabicTextNormalizer.Folded folded) {
        String f = folded.text();
        Matcher m = WORD.matcher(f);
        int runStart = -1;
        int runEnd = -1;
        while (m.find()) {
            boolean number = ArabicNumberWords.isNumberWord(m.group()) && !joined(f, m.start(), m.end())
                    && !andOneOf(m.group(), text, folded, m.start());
            boolean adjacent = runStart >= 0 && f.substring(runEnd, m.start()).isBlank();
            if (number && adjacent) {
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
