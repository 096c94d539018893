package io.isnad.ingest.arabic;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Month names in the Arabic naming systems (Egyptian/Gulf يناير…, Levantine كانون الثاني…, Maghreb
 * جانفي…) and in English, Arabic weekdays, words for relative days and times of day, the hours of a
 * clock, decades, eras and units of duration, all in folded form ({@link ArabicTextNormalizer}).
 */
public final class ArabicCalendarWords {

    /** Month name (folded) to month number, 1 to 12. */
    public static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8),
            Map.entry("september", 9), Map.entry("october", 10), Map.entry("november", 11),
            Map.entry("december", 12),
            Map.entry("يناير", 1), Map.entry("فبراير", 2), Map.entry("مارس", 3), Map.entry("ابريل", 4),
            Map.entry("مايو", 5), Map.entry("يونيو", 6), Map.entry("يوليو", 7), Map.entry("اغسطس", 8),
            Map.entry("سبتمبر", 9), Map.entry("اكتوبر", 10), Map.entry("نوفمبر", 11), Map.entry("ديسمبر", 12),
            Map.entry("يونيه", 6), Map.entry("يوليه", 7),
            Map.entry("كانون الثاني", 1), Map.entry("شباط", 2), Map.entry("اذار", 3), Map.entry("نيسان", 4),
            Map.entry("ايار", 5), Map.entry("حزيران", 6), Map.entry("تموز", 7), Map.entry("اب", 8),
            Map.entry("ايلول", 9), Map.entry("تشرين الاول", 10), Map.entry("تشرين الثاني", 11),
            Map.entry("كانون الاول", 12),
            // Maghreb (from French) and Moroccan spellings.
            Map.entry("جانفي", 1), Map.entry("فيفري", 2), Map.entry("افريل", 4), Map.entry("ماي", 5),
            Map.entry("جوان", 6), Map.entry("جويليه", 7), Map.entry("يوليوز", 7), Map.entry("اوت", 8),
            Map.entry("غشت", 8), Map.entry("شتنبر", 9), Map.entry("نونبر", 11), Map.entry("دجنبر", 12));

    /**
     * The months of the Hijri calendar, folded (محرم، ربيع الأول، ذو الحجة), which Arabic dates
     * events of its history in: "العاشر من محرم سنة 61 للهجرة". To their English names; apart from
     * {@link #MONTHS}, whose numbers are Gregorian months. Not صفر, which is also zero: "فاز 2 صفر"
     * is a score.
     */
    public static final Map<String, String> HIJRI_MONTHS = Map.ofEntries(Map.entry("محرم", "Muharram"),
            Map.entry("ربيع الاول", "Rabi al-Awwal"), Map.entry("ربيع الثاني", "Rabi al-Thani"),
            Map.entry("ربيع الاخر", "Rabi al-Thani"), Map.entry("جمادي الاولي", "Jumada al-Ula"),
            Map.entry("جمادي الاول", "Jumada al-Ula"), Map.entry("جمادي الاخره", "Jumada al-Akhirah"),
            Map.entry("جمادي الثانيه", "Jumada al-Akhirah"), Map.entry("جمادي الاخر", "Jumada al-Akhirah"),
            Map.entry("جمادي الثاني", "Jumada al-Akhirah"), Map.entry("رجب", "Rajab"), Map.entry("شعبان", "Shaban"),
            Map.entry("رمضان", "Ramadan"), Map.entry("شوال", "Shawwal"), Map.entry("ذو القعده", "Dhu al-Qadah"),
            Map.entry("ذي القعده", "Dhu al-Qadah"), Map.entry("ذو الحجه", "Dhu al-Hijjah"),
            Map.entry("ذي الحجه", "Dhu al-Hijjah"));

    /**
     * The word "month", folded, that a month's name may follow: after it every name is the month,
     * also one that is a word of its own ("في شهر مارس": مارس is also "practised", so a month alone
     * is no date).
     */
    public static final String MONTH_WORD = "شهر";

    /**
     * The months of {@link #MONTHS} whose name is also a common word or a name (مارس "practised", اب
     * "father", نيسان the carmaker, ماي; may, march, august): a question's word is read as such a month only
     * after {@link #MONTH_WORD} or "month" ({@link #monthsAsked}).
     */
    private static final Set<String> MONTHS_ALSO_WORDS = Set.of("مارس", "اب", "ماي", "نيسان", "may", "march",
            "august");

    /**
     * A Hijri month that is one only after {@link #MONTH_WORD}: صفر is also zero ("فاز 2 صفر"). To its
     * English name, as {@link #HIJRI_MONTHS}.
     */
    public static final Map<String, String> MONTHS_ONLY_AFTER_MONTH_WORD = Map.of("صفر", "Safar");

    /** English month names by number, for rendering an Arabic date in English. */
    public static final List<String> ENGLISH_MONTHS = List.of("January", "February", "March", "April", "May",
            "June", "July", "August", "September", "October", "November", "December");

    /**
     * The weekdays, folded, with their article, Saturday first as the Arabic week starts and in the order of
     * {@link #ENGLISH_WEEKDAYS}, so that a weekday's place in either list is its day: الجمعة and Friday are both 6.
     */
    public static final List<String> WEEKDAYS_IN_ORDER = List.of("السبت", "الاحد", "الاثنين", "الثلاثاء",
            "الاربعاء", "الخميس", "الجمعه");

    /**
     * The weekdays with their article, as a date writes them (يوم الجمعة، الأحد الماضي): without it most are words
     * of another sense too (أحد "one", اثنين "two").
     */
    private static final Set<String> WEEKDAYS_WITH_ARTICLE = Set.copyOf(WEEKDAYS_IN_ORDER);

    /** "The days of the week", folded: "أي يوم من أيام الأسبوع" asks which weekday. */
    public static final String DAYS_OF_THE_WEEK = "ايام الاسبوع";
    /** Weekdays, folded, with and without the article. */
    public static final Set<String> WEEKDAYS = Stream.concat(WEEKDAYS_IN_ORDER.stream(),
            WEEKDAYS_IN_ORDER.stream().map(day -> day.substring("ال".length())))
            .collect(Collectors.toUnmodifiableSet());

    /**
     * Whether a folded word is a weekday written without its article (أحد، اثنين، خميس): as a date's span it stands
     * so only when no يوم precedes it, and then it is the word's other sense, a number ("وبلغ أحد هؤلاء الملوك", one
     * of these kings) or a name, not a day ({@link #WEEKDAYS_WITH_ARTICLE}).
     */
    public static boolean bareWeekday(String folded) {
        return WEEKDAYS.contains(folded) && !WEEKDAYS_WITH_ARTICLE.contains(folded);
    }

    /** English weekday names, Saturday first as the Arabic week starts, for rendering an Arabic weekday. */
    public static final List<String> ENGLISH_WEEKDAYS = List.of("Saturday", "Sunday", "Monday", "Tuesday",
            "Wednesday", "Thursday", "Friday");

    /** Words that date an event relative to the article: today, yesterday, tomorrow, last/next. */
    public static final Set<String> RELATIVE_DAYS = Set.of("اليوم", "امس", "البارحه", "غدا", "غد", "الليله");

    /**
     * The relative days that also name a day the text speaks of, "the day", when a word marks them
     * so ({@link #refersToADayOfTheText}).
     */
    private static final Set<String> DAYS_OF_THE_TEXT = Set.of("اليوم", "الليله");

    /**
     * Words after اليوم or الليلة that make it a day of the story rather than the report's: the same
     * day (اليوم نفسه، الليلة ذاتها), the day on which (اليوم الذي), the next or last day (اليوم التالي،
     * اليوم الأخير), a day counted (اليوم الأول من الهدنة).
     */
    private static final Set<String> DAY_OF_THE_TEXT_AFTER = Stream.concat(Stream.of("نفسه", "نفسها", "ذاته", "ذاتها",
            "الذي", "التي", "التالي", "التاليه", "السابق", "السابقه", "الموالي", "الاخير", "الاخيره"),
            ArabicNumberWords.ORDINALS.stream()).collect(Collectors.toUnmodifiableSet());

    /** Words before it that do the same: نفس اليوم، ذات الليلة، ذلك اليوم، تلك الليلة (also بنفس، وفي ذلك). */
    private static final Set<String> DAY_OF_THE_TEXT_BEFORE = Set.of("نفس", "ذات", "ذلك", "تلك");

    /**
     * The preposition ب, glued after a conjunction or alone before نفس or ذات: وبنفس اليوم، بذات الليلة. Not ل
     * nor the article, which do not stand before these two.
     */
    private static final List<String> BI = List.of("ب");

    /**
     * Parts of the day a time is given with, before the day they belong to: صباح يوم الخميس، مساء
     * الأحد. Alone they still date an event of the article's day.
     */
    public static final Set<String> TIMES_OF_DAY = Set.of("فجر", "صباح", "مساء", "ظهر");

    /** Adverbs that place a clock time in the day: الساعة العاشرة صباحاً، 8:30 مساءً. */
    public static final Set<String> CLOCK_PERIODS = Set.of("صباحا", "مساء", "مساءا", "ظهرا", "عصرا", "ليلا",
            "فجرا", "بعد الظهر");

    /**
     * Words that tell the hour or the part of the day, folded: the parts of the day and the clock's adverbs
     * ({@link #TIMES_OF_DAY}, {@link #CLOCK_PERIODS}), the night and noon, and their English words.
     */
    private static final Set<String> HOURS_TOLD = Stream.of(TIMES_OF_DAY.stream(), CLOCK_PERIODS.stream(),
            Stream.of("ليل", "ليله", "عصر", "ظهيره", "morning", "afternoon", "evening", "night", "midnight",
                    "noon", "dawn", "dusk", "overnight", "am", "pm", "oclock")).flatMap(w -> w)
            .collect(Collectors.toUnmodifiableSet());

    /** Fractions of an hour said after it: الساعة الثالثة والنصف، الساعة العاشرة إلا ربعاً. */
    public static final Set<String> CLOCK_FRACTIONS = Set.of("والنصف", "والربع", "والثلث", "الا ربعا", "الا ربع",
            "الا ثلثا", "الا ثلث");

    /** The hours of a clock in words, as "الساعة …" names them (feminine ordinals). */
    public static final Set<String> CLOCK_HOURS = Set.of("الواحده", "الثانيه", "الثالثه", "الرابعه", "الخامسه",
            "السادسه", "السابعه", "الثامنه", "التاسعه", "العاشره", "الحاديه عشره", "الثانيه عشره");

    /**
     * A clock's time: hours and minutes (4:51، 10.30), an hour before am or pm (3pm, 9 a.m.), or الساعة before
     * a figure or an hour's word.
     */
    private static final Pattern CLOCK_TIME = Pattern.compile("(?<![\\d.,:])\\d{1,2}[:.]\\d{2}(?!\\d|[.,]\\d)"
            + "|\\d\\s*[ap]\\.?m(?![\\p{L}])"
            + "|(?<![\\p{L}])الساعه\\s+(?:\\d|(?:" + alternation(CLOCK_HOURS) + ")(?![\\p{L}]))");

    /**
     * Decades by their tens, with and without the article and in both plural spellings:
     * الثمانينيات، الثمانينات، ثمانينيات (القرن الماضي).
     */
    public static final Set<String> DECADES = Stream.of("عشرين", "ثلاثين", "اربعين", "خمسين", "ستين", "سبعين",
                    "ثمانين", "تسعين")
            .flatMap(tens -> Stream.of(tens + "ات", tens + "يات"))
            .flatMap(decade -> Stream.of(decade, "ال" + decade))
            .collect(Collectors.toUnmodifiableSet());

    /** The word a year is written after, folded: عام 1914، السنة 2010. */
    public static final Set<String> YEAR_WORDS = Set.of("عام", "سنه", "العام", "السنه");

    /** The dual of the year word that names the two ends of a period: بين عامي 1914 و1918. */
    public static final Set<String> YEAR_PAIRS = Set.of("عامي", "سنتي", "العامين", "السنتين", "the years");

    /**
     * The words that make القرن a century of the calendar, folded: an ordinal (القرن الثالث، القرن
     * الحادي عشر، القرن العشرين) or a word placing it from today (القرن الماضي). Any other word after it
     * ("القرن في"، "القرن لكونه") is the noun of another phrase, no date.
     */
    public static final Set<String> CENTURY_NAMES = Stream.concat(ArabicNumberWords.ORDINALS.stream(),
            Stream.of("الحادي", "العشرين", "الماضي", "الحالي", "المنصرم", "الفائت", "السابق", "المقبل", "القادم",
                    "الجاري")).collect(Collectors.toUnmodifiableSet());

    /** Eras written after a century, in words: القرن الثالث قبل الميلاد، القرن الثامن الميلادي. */
    public static final Set<String> CENTURY_ERAS = Set.of("قبل الميلاد", "بعد الميلاد", "الميلادي", "للميلاد",
            "الهجري", "للهجره", "قبل الهجره", "bc", "ad", "bce", "ce");

    /**
     * Units a length of time is counted in: singular, plural, the accusative after a number
     * (عاماً) and the dual (سنتين), Arabic and English. After a number they make it a duration,
     * which keeps its unit as an answer: ثلاث سنوات، 5 أيام، عشرين عاماً.
     */
    public static final Set<String> DURATION_UNITS = Set.of(
            "سنه", "سنوات", "سنين", "سنتين", "سنتان", "عام", "عاما", "اعوام", "عامين", "عامان",
            "شهر", "شهرا", "اشهر", "شهور", "شهرين", "شهران", "اسبوع", "اسبوعا", "اسابيع", "اسبوعين", "اسبوعان",
            "يوم", "يوما", "ايام", "يومين", "يومان", "ساعه", "ساعات", "ساعتين", "ساعتان",
            "دقيقه", "دقايق", "دقيقتين", "دقيقتان", "ثانيه", "ثوان", "ثواني",
            "قرن", "قرنا", "قرون", "قرنين", "قرنان", "عقد", "عقدا", "عقود", "عقدين", "عقدان",
            "year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "minute", "minutes",
            "second", "seconds", "decade", "decades", "century", "centuries");

    /**
     * Hijri era words, folded: a question naming one asks for the Hijri year of a date given in
     * both calendars (فتح مصر سنة 358هـ الموافقة لسنة 969م).
     */
    public static final Set<String> HIJRI_ERAS = Set.of("ه", "هجري", "هجريه", "الهجري", "الهجريه", "للهجره",
            "hijri", "ah");

    /** Gregorian era words, folded: the other calendar of a date given in both. */
    public static final Set<String> GREGORIAN_ERAS = Set.of("م", "ميلادي", "ميلاديه", "الميلادي", "الميلاديه",
            "للميلاد", "gregorian", "ad");

    /**
     * Whether a folded word is the era word of a year of either calendar (هـ، هجري، للهجرة، م، الميلادية, AD): a
     * date's own word, whichever calendar it names.
     */
    public static boolean isEra(String folded) {
        return HIJRI_ERAS.contains(folded) || GREGORIAN_ERAS.contains(folded);
    }

    /**
     * Words a question asks for the start of a life with, folded (ولد، مولده، ولادته، ميلاده، born; the
     * dialects' انولد، اتولد): of a life's two dates, "(1332 - 1406م)", the first answers it; a date a
     * sentence gives after one ("ولد في 6 يناير 1883") answers nothing else. Matched at the start of a
     * word; not the bare ميلاد, which is also the era of "قبل الميلاد".
     */
    public static final Set<String> BIRTH_WORDS = Set.of("ولد", "مولد", "ولاد", "مواليد", "ميلاده", "ميلادها", "انولد",
            "اتولد", "born", "birth");

    /**
     * Words a question asks for the origin of something with, folded (تأسست، أسس، أنشئ، شُيّد، founded,
     * built, born, and {@link #BIRTH_WORDS}): a founding, building or birth is dated by its year, so a
     * sentence naming only a weekday or a day of a month ("استهدفت، الخميس، حفل تخريج طلاب الكلية
     * الحربية") dates some later news of it. Not بني, also "the sons of" (بني أمية), nor words for an
     * opening, launch or forming, which news dates by the day.
     */
    private static final Set<String> ORIGIN_WORDS = ArabicTextNormalizer.foldedSet(Stream.concat(BIRTH_WORDS.stream(),
            Stream.of("تأسس", "تأسست", "أسس", "أسست", "تأسيس", "أنشئ", "أنشئت", "إنشاء", "شيد", "شيدت", "بنيت",
                    "founded", "founding", "established", "built", "constructed")));

    /** Words a question asks for the end of a life with, folded (توفي، وفاته، مات، die, died): the second date. */
    public static final Set<String> DEATH_WORDS = Set.of("توفي", "وفاه", "وفات", "مات", "die", "death");

    /**
     * What a sentence tells a death with, folded, matched at the start of a word: {@link #DEATH_WORDS},
     * news's words for the killed ({@link ArabicNewsSynonyms#KILLED_FOLDED}: قتل، مقتل، مصرع، استشهد), هلك,
     * "perished", which history writes of the dead of a plague or a battle ("40,000 من الناس قد هلكوا"), and the
     * killings told by their manner: an assassination (اغتيل، اغتالت، اغتيال) and an execution (أعدم، إعدام).
     */
    private static final Set<String> DEATH_TOLD = Stream.of(DEATH_WORDS.stream(),
            Stream.of("هلك", "اغتي", "اغتال", "اعدم", "اعدام"), ArabicNewsSynonyms.KILLED_FOLDED.stream())
            .flatMap(w -> w).collect(Collectors.toUnmodifiableSet());

    /**
     * Verbs after a length of time that make it a date in the past, folded: "منذ 66 مليون سنة خلت" is
     * 66 million years ago, the answer to when.
     */
    public static final Set<String> AGO_WORDS = Set.of("خلت", "مضت");

    /** Nouns for a length of time that a how-long question asks with: ما مدة الحصار، ما هي المدة التي. */
    public static final Set<String> DURATION_NOUNS = Set.of("مده", "المده", "duration");

    /**
     * Verbs of lasting, folded, that a how-many word asks how long with: كم دام الحكم، كم استمرت
     * الحرب.
     */
    public static final Set<String> DURATION_VERBS = Set.of("دام", "دامت", "استمر", "استمرت", "امتد", "امتدت",
            "استغرق", "استغرقت");

    /** Months, longest first, as a regular-expression alternation over folded text. */
    public static final String MONTH_ALTERNATION = alternation(MONTHS.keySet());

    /** Hijri months, longest first, as a regular-expression alternation over folded text. */
    public static final String HIJRI_MONTH_ALTERNATION = alternation(HIJRI_MONTHS.keySet());

    /** Year words, longest first, as a regular-expression alternation over folded text. */
    public static final String YEAR_WORD_ALTERNATION = alternation(YEAR_WORDS);

    /** Units of duration, longest first, as a regular-expression alternation over folded text. */
    public static final String DURATION_ALTERNATION = alternation(DURATION_UNITS);

    /**
     * A figure, folded, that is not the count of a unit of duration written right after it: 27 (نوفمبر)، 2016، 4:51
     * date something, 36 (ساعة) only says how long.
     */
    private static final Pattern FIGURE_NOT_A_LENGTH = Pattern.compile("(?<![\\d.,:])\\d++(?:[.,:]\\d++)*+(?!\\s*(?:"
            + DURATION_ALTERNATION + ")(?![\\p{L}]))");

    /**
     * The noun of a ruler's time, folded: "في عهد سليمان خان الأول" (in the reign of Suleiman I), whose next word
     * names the ruler when it has no article (not "العهد الجديد"، "ولي العهد").
     */
    public static final String REIGN = "عهد";

    /**
     * Words that place an event in time against another event or a span, with or without a date:
     * عندما، حين، بعد، قبل، منذ، خلال، أثناء، إثر، عقب، إبان، مطلع، أواخر. A when-question may be answered
     * by such a clause ("عندما يتفاقم الانسداد…") rather than by a date.
     */
    public static final Set<String> TIME_LINKS = Set.of("عندما", "حينما", "حين", "لما", "بعد", "بعدما", "قبل",
            "قبيل", "منذ", "مذ", "خلال", "اثناء", "اثر", "عقب", "ابان", "حتي", "مطلع", "اواخر", "اوايل", "اوائل",
            "منتصف", "نهايه", "بدايه", "فتره", "مرحله", "عصر", "عهد", "حقبه", "زمن", "وقت", "تاريخ");
    /** "Since", folded: the {@link #TIME_LINKS} that open a span from a past time until now. */
    private static final Set<String> SINCE = Set.of("منذ", "مذ");

    /**
     * The links that put the event a yes/no question asks of against another it takes as given (those of {@link
     * #TIME_LINKS} that tie one event to another, with عند and لحظة, "at the moment of"), and their English words:
     * "هل أجلت إيران موظفي قنصليتها بعد تعرضها للهجوم؟" asks whether the staff were evacuated, not whether the
     * consulate was attacked. Folded.
     */
    public static final Set<String> BACKGROUND_LINKS = Set.of("بعد", "قبل", "خلال", "اثناء", "عقب", "حين", "عند",
            "لحظه", "after", "before", "during", "following", "when", "while");

    /** A figure of three or four digits, as years are written (folded text: digits are ASCII). */
    private static final Pattern YEAR_FIGURE = Pattern.compile("(?<!\\d)\\d{3,4}(?!\\d)");

    /**
     * A code written with one to three Latin letters before its figure (folded text: lower case, ASCII digits):
     * a road, an aircraft, a launch pad or a missile (M5, F-16, LC-34, S-300). Its figure names the thing and
     * dates nothing; a longer word glued to a figure may be a month ("December5") and is left as it is.
     */
    private static final Pattern LETTERED_CODE = Pattern.compile("(?<![\\p{L}\\d])[a-z]{1,3}-?\\d+");

    /** The century, folded and without its article: القرن الماضي. */
    private static final String CENTURY = "قرن";

    /** The words written between a day and its month: الخامس من ديسمبر، the 5th of December. */
    private static final Set<String> DAY_MONTH_LINKS = Set.of("من", "of");

    /** The ending of an English ordinal figure: 5th, 1st. */
    private static final Pattern ENGLISH_ORDINAL_SUFFIX = Pattern.compile("(?<=\\d)(st|nd|rd|th)$");

    /** The preposition a year is written after as the time of an event: فازوا في 2000. */
    private static final String IN = "في";

    private ArabicCalendarWords() {
    }

    /**
     * Whether a text places anything in time: a figure (a year, a day, a clock time; not a {@link
     * #LETTERED_CODE lettered code}'s, M5), a month of either calendar, a weekday, a relative day, a time of
     * day, a unit of duration, a year word, or a word that places one event against another ({@link
     * #TIME_LINKS}). A sentence without any of these cannot say when something happened.
     */
    public static boolean placesInTime(String text) {
        return writesTime(text, ArabicCalendarWords::timeWord);
    }

    /**
     * Whether a text dates anything by the calendar or the clock: a figure, a month, a weekday, a relative
     * day, a time of day or a year word, as {@link #placesInTime} reads them, but not a word that only
     * places one event against another ("بعد زيارته لدمشق"), a unit of duration, nor a figure that counts
     * one ({@link #FIGURE_NOT_A_LENGTH}: "استمرت لأكثر من 36 ساعة" says how long, not when). Such a text
     * cannot give the date a query asks for by name ("… visit date", "On what date…?").
     */
    public static boolean datesByCalendar(String text) {
        return writesTime(text, ArabicCalendarWords::calendarWord);
    }

    private static boolean writesTime(String text, Predicate<String> timeWord) {
        String folded = foldedWithoutCodes(text);
        // A figure before a unit of duration is read by the unit's word, a time word only where a length places.
        if (FIGURE_NOT_A_LENGTH.matcher(folded).find()) {
            return true;
        }
        if (Stream.concat(MONTHS.keySet().stream(), HIJRI_MONTHS.keySet().stream())
                .anyMatch(m -> m.contains(" ") && folded.contains(m))) {
            return true;
        }
        // A word as written, without its conjunction (وبعد: بعد also starts like a preposition), and
        // without conjunction, preposition and article (بالأمس، للعام).
        return ArabicTextNormalizer.UNPUNCTUATED_WORD.matcher(folded).results().map(MatchResult::group)
                .anyMatch(w -> timeWord.test(w) || timeWord.test(ArabicProclitics.withoutConjunction(w, 1))
                        || timeWord.test(ArabicProclitics.withoutConjunctionAndPreposition(w)));
    }

    /**
     * The text folded, lower case, with its {@link #LETTERED_CODE lettered codes} left out: "الطريق السريع M5"
     * writes a figure, but no time (docs/answers.md, "unans45").
     */
    private static String foldedWithoutCodes(String text) {
        return LETTERED_CODE.matcher(ArabicTextNormalizer.normalize(text).toLowerCase(Locale.ROOT)).replaceAll(" ");
    }

    /**
     * Whether a text tells the hour of the day: a clock's time ({@link #CLOCK_TIME}: 4:51، الساعة العاشرة) or a
     * part of the day ({@link #HOURS_TOLD}: فجر الخميس، مساءً، in the morning, 3 pm), bare or after its
     * conjunction, preposition or article. A weekday or a date alone ("اليوم الخميس") does not say at what hour.
     */
    public static boolean tellsHour(String text) {
        String folded = foldedWithoutCodes(text).replace("o'clock", "oclock");
        return CLOCK_TIME.matcher(folded).find()
                || ArabicTextNormalizer.UNPUNCTUATED_WORD.matcher(folded).results().map(MatchResult::group)
                        .anyMatch(w -> oneOf(HOURS_TOLD, w));
    }

    /**
     * Whether a text names a length of time by its unit ({@link #DURATION_UNITS}), as written or after a
     * conjunction, preposition or article (لعقد، القرن، بالساعات): "لفترة طويلة في القرن التاسع عشر" may
     * say how long, "في 27 نوفمبر" cannot. A relative day (اليوم، "the same day") is no length, though
     * its stem is the unit يوم, nor is a year word before a year's figure ({@link #namesYearByWord}: "وفي عام
     * 2016 استعادت السيطرة" dates the retaking, it does not say how long it took).
     */
    public static boolean namesLength(String text) {
        List<String> words = ArabicTextNormalizer.words(text);
        return IntStream.range(0, words.size())
                .filter(i -> !RELATIVE_DAYS.contains(ArabicProclitics.withoutConjunction(words.get(i), 1)))
                .filter(i -> !namesYearByWord(words, i))
                .anyMatch(i -> oneOf(DURATION_UNITS, words.get(i)));
    }

    /**
     * Whether the word at {@code at} is a year word (عام، سنة, bare or with its conjunction, preposition or
     * article) right before a year's figure of three or four digits: عام 2016، وفي سنة 2011. Such a word names
     * the year, not a length counted in years, which a figure before the unit gives (20 عاماً).
     */
    private static boolean namesYearByWord(List<String> words, int at) {
        return at + 1 < words.size() && oneOf(YEAR_WORDS, words.get(at))
                && YEAR_FIGURE.matcher(words.get(at + 1)).matches();
    }

    /**
     * The day of a month a text names: a figure of 1 to 31 or an ordinal ({@link ArabicNumberWords#ORDINALS})
     * right before a month name, with or without من / of between (5 ديسمبر، الخامس من ديسمبر، 5 December),
     * or a figure right after an English month (December 5, December 5th); 0 when it names none. A
     * two-word month's second word (تشرين الثاني) is no day.
     *
     * @param words the text's words as {@link ArabicTextNormalizer#words} folds them
     */
    public static int dayOfMonth(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            int monthLength = monthLength(words, i);
            if (monthLength == 0) {
                continue;
            }
            int before = i > 1 && DAY_MONTH_LINKS.contains(words.get(i - 1)) ? i - 2 : i - 1;
            int day = before >= 0 ? dayValue(words.get(before)) : 0;
            int after = i + monthLength;
            boolean english = words.get(i).chars().allMatch(c -> c < 128);
            if (day == 0 && monthLength == 1 && english && after < words.size()) {
                day = dayValue(words.get(after));
            }
            if (day > 0) {
                return day;
            }
        }
        return 0;
    }

    /**
     * Whether a text writes the day {@code day} of some month: as a figure (bare or with a glued
     * preposition or conjunction, في5 is not written but ب5 is) or as its ordinal (في الخامس من…).
     */
    public static boolean writesDay(String text, int day) {
        return ArabicTextNormalizer.words(text).stream().anyMatch(w -> dayValue(w) == day
                || dayValue(ArabicProclitics.withoutConjunctionAndPreposition(w)) == day);
    }

    /** How many words the month name starting at {@code i} has (1 or 2), or 0 when none starts there. */
    private static int monthLength(List<String> words, int i) {
        if (i + 1 < words.size() && MONTHS.containsKey(words.get(i) + " " + words.get(i + 1))) {
            return 2;
        }
        return MONTHS.containsKey(words.get(i)) ? 1 : 0;
    }

    /**
     * Per word of a text, whether it is a word of a date that is also a word of another sense: a weekday with
     * its article, bare or after its conjunction (الجمعة "the gathering", والأحد "and the one"); a month's name
     * in either naming system, or either word of one of two (كانون الأول "the first"), a name that is also a
     * common word left out (مارس); the ordinal of a day before its month (الأول من ديسمبر). A question's word
     * that a sentence holds only in these (assembly → جمعية, first → أول) is a homograph met by chance, not
     * something the sentence tells of.
     *
     * @param words the text's words as {@link ArabicTextNormalizer#words} folds them
     */
    public static boolean[] dateWords(List<String> words) {
        boolean[] dating = new boolean[words.size()];
        for (int i = 0; i < words.size(); i++) {
            int month = monthLength(words, i);
            if (month == 2 || month == 1 && !MONTHS_ALSO_WORDS.contains(words.get(i))) {
                Arrays.fill(dating, i, i + month, true);
            }
            String word = ArabicProclitics.withoutConjunction(words.get(i), 0);
            boolean dayBeforeMonth = ArabicNumberWords.ORDINALS.contains(word) && i + 2 < words.size()
                    && DAY_MONTH_LINKS.contains(words.get(i + 1)) && monthLength(words, i + 2) > 0;
            dating[i] |= WEEKDAYS_WITH_ARTICLE.contains(word) || dayBeforeMonth;
        }
        return dating;
    }

    /** Whether an English word names a weekday or a month (Friday, december), in any case. */
    public static boolean namesDayOrMonth(String englishWord) {
        String lower = englishWord.toLowerCase(Locale.ROOT);
        return MONTHS.containsKey(lower) && lower.chars().allMatch(c -> c < 128)
                || ENGLISH_WEEKDAYS.stream().anyMatch(d -> d.equalsIgnoreCase(lower));
    }

    /**
     * The weekdays (0 Saturday to 6 Friday, as {@link #ENGLISH_WEEKDAYS}) a text writes: an Arabic weekday with
     * its article, bare or after its conjunction or preposition (الجمعة، والخميس، بالسبت), or an English
     * weekday's name, in any case. A weekday without its article is left out: أحد and اثنين are also "one"
     * and "two".
     */
    public static Set<Integer> weekdaysWritten(String text) {
        return weekdays(ArabicTextNormalizer.words(text));
    }

    /**
     * The weekdays a question names, read as {@link #weekdaysWritten} reads a text.
     *
     * @param words the question's words as {@link ArabicTextNormalizer#words} folds them
     */
    public static Set<Integer> weekdays(List<String> words) {
        Set<Integer> days = new HashSet<>();
        for (String word : words) {
            String unjoined = ArabicProclitics.withoutConjunction(word, 0);
            if (ArabicProclitics.ARTICLE_AFTER_PREPOSITION.stream().anyMatch(unjoined::startsWith)) {
                int day = WEEKDAYS_IN_ORDER.indexOf("ال" + ArabicProclitics.withoutConjunctionAndPreposition(word));
                if (day >= 0) {
                    days.add(day);
                }
            }
            for (int day = 0; day < ENGLISH_WEEKDAYS.size(); day++) {
                if (ENGLISH_WEEKDAYS.get(day).equalsIgnoreCase(word)) {
                    days.add(day);
                }
            }
        }
        return days;
    }

    /**
     * Whether a text writes a relative day ({@link #RELATIVE_DAYS}: اليوم، أمس، غدا), bare or after its
     * conjunction, preposition or article, which may be any weekday the text does not name.
     */
    public static boolean writesRelativeDay(String text) {
        return ArabicTextNormalizer.words(text).stream().anyMatch(w -> oneOf(RELATIVE_DAYS, w));
    }

    /** A day of a month a folded word gives: a figure of 1 to 31 (5, 5th) or an ordinal, or 0. */
    private static int dayValue(String word) {
        int ordinal = ArabicNumberWords.ORDINALS.indexOf(word);
        if (ordinal >= 0) {
            return ordinal + 1;
        }
        String figure = ENGLISH_ORDINAL_SUFFIX.matcher(word).replaceFirst("");
        if (figure.isEmpty() || figure.length() > 2 || !figure.chars().allMatch(Character::isDigit)) {
            return 0;
        }
        int value = Integer.parseInt(figure);
        return value >= 1 && value <= 31 ? value : 0;
    }

    /**
     * The months (1 to 12) a question names, in any of {@link #MONTHS}' naming systems (تموز، يوليو، جويليه,
     * July), bare or with its conjunction, preposition and article; a name that is also a common word ({@link
     * #MONTHS_ALSO_WORDS}) only right after {@link #MONTH_WORD} or "month". Empty when it names none.
     *
     * @param words the question's words as {@link ArabicTextNormalizer#words} folds them
     */
    public static Set<Integer> monthsAsked(List<String> words) {
        return months(words, true);
    }

    /**
     * The months (1 to 12) a text writes, in any naming system, a name that is also a common word included:
     * a sentence writing مارس may date its event in March.
     */
    public static Set<Integer> monthsWritten(String text) {
        return months(ArabicTextNormalizer.words(text), false);
    }

    private static Set<Integer> months(List<String> words, boolean strict) {
        Set<Integer> months = new HashSet<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (i + 1 < words.size()) {
                String bare = ArabicProclitics.withoutConjunctionAndPreposition(word);
                Integer twoWords = MONTHS.get(bare + " " + words.get(i + 1));
                if (twoWords != null) {
                    months.add(twoWords);
                    continue;
                }
            }
            String month = MONTHS.containsKey(word) ? word : ArabicProclitics.withoutConjunctionAndPreposition(word);
            if (MONTHS.containsKey(month) && !(strict && MONTHS_ALSO_WORDS.contains(month)
                    && (i == 0 || !List.of(MONTH_WORD, "month").contains(words.get(i - 1))))) {
                months.add(MONTHS.get(month));
            }
        }
        return months;
    }

    /**
     * Nouns of a calendar unit a question may ask its time by (أي يوم، وش اليوم، في أي شهر، what day, on what
     * date), folded: each is answered only by a time. Not تاريخ, also "history" (ما تاريخ اتفاقات أستانا؟),
     * nor the nouns of a span (فترة، عهد، عقد، قرن، period, era), which an era's name answers without a time word.
     */
    private static final Set<String> ASKED_UNITS = Set.of("يوم", "اليوم", "شهر", "الشهر", "ساعه", "الساعه", "موعد",
            "day", "date", "month", "hour");

    /**
     * Whether a question names a calendar unit ({@link #ASKED_UNITS}), bare or with its conjunction or
     * preposition (باليوم، وبأي شهر).
     *
     * @param words the question's words as {@link ArabicTextNormalizer#words} folds them
     */
    public static boolean asksCalendarUnit(List<String> words) {
        return words.stream().anyMatch(w -> oneOf(ASKED_UNITS, w));
    }

    /** The date's nouns, folded: بأي تاريخ، which date. */
    private static final Set<String> DATE_NOUNS = Set.of("تاريخ", "التاريخ", "date");

    /**
     * Whether a question asks "which date" anywhere in it: a which-word ({@link ArabicQuestionWords#WHICH}, one
     * with a glued preposition, {@link ArabicQuestionWords#WHICH_AFTER_PREPOSITION}, or English which, what) right
     * before the date's noun ({@link #DATE_NOUNS}): "الطيران الروسي ضرب بحلب…، بأي تاريخ بالضبط؟", "On what date…?".
     * تاريخ after a which-word is a day of the calendar; after ما it is as often a history (ما تاريخ اتفاقات أستانا؟).
     *
     * @param words the question's words as {@link ArabicTextNormalizer#words} folds them
     */
    public static boolean asksWhichDate(List<String> words) {
        return IntStream.range(1, words.size()).anyMatch(i -> DATE_NOUNS.contains(words.get(i))
                && asksWhich(words.get(i - 1)));
    }

    /**
     * Whether a folded word asks "which" of the noun after it: {@link ArabicQuestionWords#WHICH}, one with a glued
     * preposition ({@link ArabicQuestionWords#WHICH_AFTER_PREPOSITION}), or English which, what.
     */
    private static boolean asksWhich(String folded) {
        return ArabicQuestionWords.WHICH.contains(folded)
                || ArabicQuestionWords.WHICH_AFTER_PREPOSITION.contains(folded) || ENGLISH_WHICH.contains(folded);
    }

    /** The month's nouns, folded: في أي شهر، which month, الشهر الماضي. */
    private static final Set<String> MONTH_NOUNS = Set.of(MONTH_WORD, "الشهر", "month");

    /**
     * Whether a question asks its time by the month's noun ({@link #MONTH_NOUNS}: في أي شهر، which month), bare
     * or with its conjunction or preposition (وبأي شهر).
     *
     * @param words the question's words as {@link ArabicTextNormalizer#words} folds them
     */
    public static boolean asksMonth(List<String> words) {
        return words.stream().anyMatch(w -> oneOf(MONTH_NOUNS, w));
    }

    /**
     * Whether a text names a month: by any of its names ({@link #monthsWritten}) or by the month's noun (الشهر
     * الماضي، this month). A year alone ("وفي عام 2016 استعادت السيطرة") does not say in which month.
     */
    public static boolean namesMonth(String text) {
        List<String> words = ArabicTextNormalizer.words(text);
        return !months(words, false).isEmpty() || words.stream().anyMatch(w -> oneOf(MONTH_NOUNS, w));
    }

    /**
     * The words a question asks of a death with, folded, whole: not {@link #DEATH_WORDS}' stems, which also
     * start توفير (a providing) and diesel.
     */
    private static final Set<String> DEATH_ASKED = Set.of("توفي", "توفيت", "وفاه", "وفاته", "وفاتها", "مات", "ماتت",
            "die", "died", "dies", "death");

    /**
     * Whether a question asks of a death ({@link #DEATH_ASKED}, bare or after its conjunction or preposition:
     * توفي، بوفاته، died).
     *
     * @param words the question's words as {@link ArabicTextNormalizer#words} folds them
     */
    public static boolean asksDeath(List<String> words) {
        return words.stream().anyMatch(w -> oneOf(DEATH_ASKED, w));
    }

    /**
     * Whether a text tells of a death by a word of death or of the killed ({@link #DEATH_TOLD}: توفي، وفاة، قتل،
     * مصرع), bare or after its conjunction or preposition. One that does not ("أجرى الوزير اتصالاً هاتفياً،
     * مساء الخميس") dates something else of the person.
     */
    public static boolean tellsOfDeath(String text) {
        return ArabicTextNormalizer.words(text).stream().anyMatch(w -> {
            String bare = ArabicProclitics.withoutConjunctionAndPreposition(w);
            return DEATH_TOLD.stream().anyMatch(stem -> w.startsWith(stem) || bare.startsWith(stem));
        });
    }

    /**
     * Whether a question asks for the origin of something ({@link #ORIGIN_WORDS}), one of its words bare or
     * with its conjunction or preposition (وتأسست): what it asks is dated by a year.
     */
    public static boolean asksOrigin(List<String> words) {
        return words.stream().anyMatch(w -> oneOf(ORIGIN_WORDS, w)) || IntStream.range(1, words.size())
                .anyMatch(i -> words.get(i - 1).equals(FOUND) && OBJECT_ARTICLES.contains(words.get(i)));
    }

    /**
     * Whether a question asks for years in the plural after a which-word ({@link #asksWhich}, bare or with its
     * conjunction and preposition: "During which years…", خلال أي سنوات، في أي الأعوام): a period of several years,
     * which one year does not give ({@link #namesYears}).
     */
    public static boolean asksYears(List<String> words) {
        return IntStream.range(1, words.size()).anyMatch(i -> YEARS.contains(words.get(i))
                && asksWhich(ArabicProclitics.withoutConjunctionAndPreposition(words.get(i - 1))));
    }

    /**
     * Whether a text names a period of years: two different year figures (بين 1500 و 1850، 1347–1351), the dual of
     * the year's noun that names a period's two ends ({@link #YEAR_PAIRS}: بين عامي), a decade or a century, bare or
     * with its conjunction, preposition and article (الخمسينيات، في القرن الرابع عشر). One year ("عام 622م") dates
     * one event and gives no period.
     */
    public static boolean namesYears(String text) {
        String folded = foldedWithoutCodes(text);
        if (YEAR_FIGURE.matcher(folded).results().map(MatchResult::group).distinct().count() > 1) {
            return true;
        }
        return ArabicTextNormalizer.UNPUNCTUATED_WORD.matcher(folded).results().map(MatchResult::group)
                .map(w -> List.of(w, ArabicProclitics.withoutConjunctionAndPreposition(w)))
                .anyMatch(forms -> forms.stream().anyMatch(w -> YEAR_PAIRS.contains(w) || DECADES.contains(w)
                        || CENTURY.equals(w) || CENTURY.equals(ArabicTextNormalizer.withoutArticle(w))));
    }

    /** The English which-words ({@link #asksWhich}), lower-cased. */
    private static final Set<String> ENGLISH_WHICH = Set.of("which", "what");
    /** The plurals of the year's noun, folded, with the article or without: years, سنوات، الأعوام. */
    private static final Set<String> YEARS = Set.of("years", "سنوات", "السنوات", "اعوام", "الاعوام");

    /**
     * English "found", the verb of founding, and the articles its object opens with: "found" is also the past of
     * "find", which a when-question asks in the passive with nothing after it ("When was the body found?"), so it
     * asks an origin only before its object ("When did Rami Abdel Rahman found the Syrian Observatory…?").
     */
    private static final String FOUND = "found";
    private static final Set<String> OBJECT_ARTICLES = Set.of("the", "a", "an");

    /** The units an English question asks a rate per: a year, per day, each month. */
    private static final Set<String> RATE_UNITS = Set.of("year", "day", "month", "week", "annum");
    /** English words that ask a rate by themselves. */
    private static final Set<String> RATE_WORDS = Set.of("yearly", "annual", "annually", "daily", "monthly", "weekly");
    /** English words before a unit that ask it per unit: per year, each day, every month. */
    private static final Set<String> PER = Set.of("per", "each", "every");
    /**
     * Words before "a day" that make it a length or a time, not a rate: after a day, for a year, half a day, in a
     * year (within one).
     */
    private static final Set<String> NO_RATE_BEFORE = Set.of("after", "before", "for", "within", "over", "than",
            "about", "nearly", "almost", "only", "just", "half", "once", "in");
    /** Words after "a day" that make it a length or a time, not a rate: a day later, a year ago, a day and a half. */
    private static final Set<String> NO_RATE_AFTER = Set.of("later", "after", "before", "ago", "earlier", "and", "or",
            "of", "half", "into", "long", "old", "since", "when");
    /** The stems of the Arabic adjectives and adverbs of a rate: سنويا، السنوية، يوميا، شهري، أسبوعيا. */
    private static final List<String> RATE_STEMS = List.of("سنوي", "يومي", "شهري", "اسبوعي");
    /** The folded words before a unit's noun that write a rate: في السنة، كل عام. */
    private static final Set<String> RATE_OPENERS = Set.of("في", "كل");
    /** The units' nouns a rate is written per, folded, with the article or without: في السنة، كل يوم. */
    private static final Set<String> RATE_NOUNS = Set.of("سنه", "عام", "يوم", "شهر", "اسبوع");

    /**
     * Whether an English question asks a rate per unit of time: a word of rate (yearly, annual, daily), or a
     * unit after per, each or every, or after "a" where it is no length or time ("passengers a year", "aid trucks
     * a day"; not "after a day and a half", "a day later", "for a year").
     *
     * @param words the question's words as {@link ArabicTextNormalizer#words} folds them
     */
    public static boolean asksRate(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (RATE_WORDS.contains(word)) {
                return true;
            }
            boolean unitNext = i + 1 < words.size() && RATE_UNITS.contains(words.get(i + 1));
            if (unitNext && PER.contains(word)) {
                return true;
            }
            boolean article = word.equals("a") || word.equals("an");
            if (unitNext && article && (i == 0 || !NO_RATE_BEFORE.contains(words.get(i - 1)))
                    && (i + 2 >= words.size() || !NO_RATE_AFTER.contains(words.get(i + 2)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a text writes a rate per unit of time: an adjective or adverb of rate (سنويا، اليومية), bare or
     * with its conjunction, preposition and article, or a unit's noun after في or كل or with a glued بال (في السنة،
     * كل عام، باليوم). "في عام 2015" dates a year and "يوم الأحد" a day: neither is a rate.
     */
    public static boolean tellsRate(String text) {
        List<String> words = ArabicTextNormalizer.words(text);
        for (int i = 0; i < words.size(); i++) {
            String bare = ArabicTextNormalizer.withoutArticle(ArabicProclitics.withoutConjunctionAndPreposition(
                    words.get(i)));
            if (RATE_STEMS.stream().anyMatch(bare::startsWith)
                    || words.get(i).startsWith("بال") && RATE_NOUNS.contains(words.get(i).substring(3))) {
                return true;
            }
            if (i + 1 < words.size() && RATE_OPENERS.contains(words.get(i))) {
                String next = words.get(i + 1);
                boolean articled = next.startsWith("ال");
                if (RATE_NOUNS.contains(articled ? next.substring(2) : next)
                        && (articled || words.get(i).equals("كل"))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a folded word is one of {@code words}, as written or after its conjunction or preposition (وبأي شهر). */
    private static boolean oneOf(Set<String> words, String word) {
        return words.contains(word) || words.contains(ArabicProclitics.withoutConjunctionAndPreposition(word));
    }

    /**
     * Whether a text names a year: a figure of three or four digits, a year word or its dual (العام
     * الماضي، بين عامي), a decade or a century (الخمسينيات، القرن الماضي), bare or with its conjunction,
     * preposition and article (للعام). A text that dates its events by a weekday or a day of a month
     * alone ("يوم الثلاثاء"، "في 27 نوفمبر") cannot say in what year they happened.
     */
    public static boolean namesYear(String text) {
        String folded = foldedWithoutCodes(text);
        if (YEAR_FIGURE.matcher(folded).find()) {
            return true;
        }
        return ArabicTextNormalizer.UNPUNCTUATED_WORD.matcher(folded).results().map(MatchResult::group)
                .anyMatch(w -> yearWord(w) || yearWord(ArabicProclitics.withoutConjunctionAndPreposition(w)));
    }

    /**
     * Whether the text before a date ends in "since" (منذ، مذ, with a glued و or ف), maybe with the year's noun
     * between (منذ عام 2014): the date then begins a state that still holds, a time in the past.
     */
    public static boolean endsInSince(String textBefore) {
        List<String> words = ArabicTextNormalizer.words(textBefore);
        int last = words.size() - 1;
        if (last >= 0 && isYearWord(words.get(last))) {
            last--;
        }
        return last >= 0 && SINCE.contains(ArabicProclitics.withoutConjunction(words.get(last), 2));
    }

    /**
     * Whether a folded word is the year's noun ({@link #YEAR_WORDS}: سنة، عام), bare or with its conjunction or
     * preposition (وبأي سنة، لعام).
     */
    public static boolean isYearWord(String word) {
        return oneOf(YEAR_WORDS, word);
    }

    private static boolean yearWord(String word) {
        return YEAR_WORDS.contains(word) || YEAR_PAIRS.contains(word) || DECADES.contains(word)
                || CENTURY.equals(word) || "year".equals(word);
    }

    /**
     * Whether a word written right before a year makes it a date, not a count: a year word, bare or
     * with its preposition or conjunction (لسنة 2014، وعام 1990), the dual that names a period's two
     * ends (بين عامي 1751 و1800), a word that places an event in time (منذ، حتى، خلال، قبل) or في.
     *
     * @param word folded
     */
    public static boolean datesYear(String word) {
        return datingWord(word) || datingWord(ArabicProclitics.withoutConjunctionAndPreposition(word));
    }

    /**
     * Whether a relative day ({@code day}: اليوم، الليلة) between the words {@code before} and
     * {@code after} is a day the text speaks of, not the day of the report: "وهو اليوم نفسه الذي دخلت
     * فيه الهدنة حيز التنفيذ" says when in the story, and is no answer to when something happened.
     *
     * @param before the folded word before it, or ""
     * @param after the folded word after it, or ""
     */
    public static boolean refersToADayOfTheText(String day, String before, String after) {
        return DAYS_OF_THE_TEXT.contains(day) && (DAY_OF_THE_TEXT_AFTER.contains(after)
                || DAY_OF_THE_TEXT_BEFORE.contains(
                        ArabicProclitics.withoutFirst(ArabicProclitics.withoutConjunction(before, 0), BI, 0)));
    }

    private static boolean datingWord(String word) {
        return IN.equals(word) || YEAR_WORDS.contains(word) || YEAR_PAIRS.contains(word) || TIME_LINKS.contains(word);
    }

    private static boolean timeWord(String word) {
        return calendarWord(word) || DURATION_UNITS.contains(word) || AGO_WORDS.contains(word)
                || TIME_LINKS.contains(word);
    }

    private static boolean calendarWord(String word) {
        return MONTHS.containsKey(word) || HIJRI_MONTHS.containsKey(word) || WEEKDAYS.contains(word)
                || RELATIVE_DAYS.contains(word) || TIMES_OF_DAY.contains(word) || CLOCK_PERIODS.contains(word)
                || YEAR_WORDS.contains(word);
    }

    /**
     * Words as a regular-expression alternation, longest first so that a word is not matched by
     * its own beginning (اشهر before شهر).
     */
    public static String alternation(Set<String> words) {
        return String.join("|", words.stream().sorted((a, b) -> b.length() - a.length()).toList());
    }
}
