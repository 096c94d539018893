package io.isnad.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a calendar date (day, month and year) written in Arabic or English, with Western,
 * Arabic-Indic or Persian digits and Gregorian or Levantine month names.
 */
final class DateExtractor {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8),
            Map.entry("september", 9), Map.entry("october", 10), Map.entry("november", 11),
            Map.entry("december", 12),
            Map.entry("يناير", 1), Map.entry("فبراير", 2), Map.entry("مارس", 3), Map.entry("ابريل", 4),
            Map.entry("مايو", 5), Map.entry("يونيو", 6), Map.entry("يوليو", 7), Map.entry("اغسطس", 8),
            Map.entry("سبتمبر", 9), Map.entry("اكتوبر", 10), Map.entry("نوفمبر", 11), Map.entry("ديسمبر", 12),
            Map.entry("كانون الثاني", 1), Map.entry("شباط", 2), Map.entry("اذار", 3), Map.entry("نيسان", 4),
            Map.entry("ايار", 5), Map.entry("حزيران", 6), Map.entry("تموز", 7), Map.entry("اب", 8),
            Map.entry("ايلول", 9), Map.entry("تشرين الاول", 10), Map.entry("تشرين الثاني", 11),
            Map.entry("كانون الاول", 12));

    private static final String MONTH = "(" + String.join("|", MONTHS.keySet().stream()
            .sorted((a, b) -> b.length() - a.length()).toList()) + ")";
    /** 7th, October 2023 / 7 أكتوبر 2023 / 7 تشرين الأول/ أكتوبر 2023. */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(\\d{1,2})(?:st|nd|rd|th)?,?\\s+" + MONTH + "(?:\\s*/\\s*\\S+)?(?:\\s*\\([^)]*\\))?,?\\s+(\\d{4})");
    /** October 7, 2023. */
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(MONTH + "\\s+(\\d{1,2}),?\\s+(\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    Optional<LocalDate> find(String text) {
        String normalized = ArabicTextNormalizer.normalize(text);
        Matcher m = DAY_MONTH_YEAR.matcher(normalized);
        if (m.find()) {
            return date(m.group(3), MONTHS.get(m.group(2)), m.group(1));
        }
        m = MONTH_DAY_YEAR.matcher(normalized);
        if (m.find()) {
            return date(m.group(3), MONTHS.get(m.group(1)), m.group(2));
        }
        m = ISO.matcher(normalized);
        if (m.find()) {
            return date(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> date(String year, int month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
