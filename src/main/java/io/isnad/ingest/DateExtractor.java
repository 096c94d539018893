package io.isnad.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.isnad.ingest.arabic.ArabicCalendarWords;
import io.isnad.ingest.arabic.ArabicTextNormalizer;

/**
 * Finds a calendar date (day, month and year) written in Arabic or English, with Western,
 * Arabic-Indic or Persian digits and Gregorian or Levantine month names.
 */
final class DateExtractor {

    private static final Map<String, Integer> MONTHS = ArabicCalendarWords.MONTHS;
    private static final String MONTH = "(" + ArabicCalendarWords.MONTH_ALTERNATION + ")";
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
