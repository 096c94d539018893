package io.isnad.ingest.arabic;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Month names in the Arabic naming systems (Egyptian/Gulf يناير…, Levantine كانون الثاني…, Maghreb
 * جانفي…) and in English, Arabic weekdays and words for relative days, all in folded form
 * ({@link ArabicTextNormalizer}).
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

    /** English month names by number, for rendering an Arabic date in English. */
    public static final List<String> ENGLISH_MONTHS = List.of("January", "February", "March", "April", "May",
            "June", "July", "August", "September", "October", "November", "December");

    /** Weekdays, folded, with and without the article. */
    public static final Set<String> WEEKDAYS = Set.of("السبت", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء",
            "الخميس", "الجمعه", "سبت", "احد", "اثنين", "ثلاثاء", "اربعاء", "خميس", "جمعه");

    /** Words that date an event relative to the article: today, yesterday, tomorrow, last/next. */
    public static final Set<String> RELATIVE_DAYS = Set.of("اليوم", "امس", "البارحه", "غدا", "غد", "الليله",
            "فجر", "صباح", "مساء", "ظهر");

    /** Calendar era words written after a year: م (AD), هـ (AH), ق.م (BC). */
    public static final Set<String> ERAS = Set.of("م", "ه", "ق.م", "ميلادي", "ميلاديه", "هجري", "هجريه");

    /** Months, longest first, as a regular-expression alternation over folded text. */
    public static final String MONTH_ALTERNATION = String.join("|", MONTHS.keySet().stream()
            .sorted((a, b) -> b.length() - a.length()).toList());

    private ArabicCalendarWords() {
    }
}
