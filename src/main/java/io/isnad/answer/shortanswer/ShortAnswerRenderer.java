package io.isnad.answer.shortanswer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.isnad.ingest.arabic.ArabicCalendarWords;
import io.isnad.ingest.arabic.ArabicNumberWords;
import io.isnad.ingest.arabic.ArabicTextNormalizer;

/**
 * Renders an Arabic short answer in English without a model, where that can be done from the
 * words alone: digits, number words with their scale, month names and weekdays, and the places and
 * people the lexicon knows, in its English spelling (a name word by word: بشار الأسد → Bashar Assad). Anything else stays unrendered (empty), and the Arabic
 * span is shown alone.
 */
public final class ShortAnswerRenderer {

    /**
     * A figure (a clock time too: 3:08), a word (a Latin one with its hyphens: Rabi al-Awwal), a percent
     * sign, the slash or bracket before a year in the other calendar (1157 هـ / 1744، 1037م (429 هـ)). Two figures
     * joined by a hyphen or an en dash (a range 100-150, a score 23–16) are one token, kept whole.
     */
    private static final Pattern TOKEN = Pattern.compile(
            "\\d+(?:[.,:]\\d+)*(?:[-–]\\d+(?:[.,:]\\d+)*)?|[a-zA-Z]+(?:-[a-zA-Z]+)*|[\\p{L}]+|%|[/()]");

    private static final List<String> HIJRI_MONTHS_OF_TWO_WORDS = ArabicCalendarWords.HIJRI_MONTHS.keySet().stream()
            .filter(m -> m.contains(" ")).sorted(Comparator.comparingInt(String::length).reversed()).toList();

    /**
     * The word "month" before a month's name, which an English date does not write: شهر مارس is March,
     * شهر ربيع الأول Rabi al-Awwal; after it صفر is the month Safar (group 1), not zero.
     */
    private static final Pattern MONTH_WORD_BEFORE_MONTH = Pattern.compile("(?<![\\p{L}])"
            + ArabicCalendarWords.MONTH_WORD + "\\s+(?:(" + DateSpans.MONTH_ONLY_AFTER_MONTH_WORD + ")|(?="
            + DateSpans.MONTH + "))");
    /**
     * The day word before a day given by its ordinal: "اليوم العاشر من شهر محرم" is the 10th of
     * Muharram, whose اليوم is no "today".
     */
    private static final Pattern DAY_WORD_BEFORE_ORDINAL = Pattern.compile(DateSpans.DAY_WORD + "(?=(?:"
            + String.join("|", ArabicNumberWords.ORDINALS) + ")(?![\\p{L}]))");

    private ShortAnswerRenderer() {
    }

    /** The English rendering of {@code span}, or empty when a word of it cannot be rendered. */
    public static Optional<String> english(String span) {
        // The Arabic percent sign is the Latin one in English.
        String folded = ArabicTextNormalizer.normalize(span).replace('٪', '%');
        Optional<String> name = KnownNames.english(folded);
        if (name.isPresent()) {
            return name;
        }
        folded = MONTH_WORD_BEFORE_MONTH.matcher(folded).replaceAll(
                m -> m.group(1) == null ? "" : ArabicCalendarWords.MONTHS_ONLY_AFTER_MONTH_WORD.get(m.group(1)));
        folded = DAY_WORD_BEFORE_ORDINAL.matcher(folded).replaceAll("");
        for (var month : ArabicCalendarWords.MONTHS.entrySet()) {
            if (month.getKey().contains(" ")) {
                folded = folded.replace(month.getKey(), ArabicCalendarWords.ENGLISH_MONTHS.get(month.getValue() - 1));
            }
        }
        // Longest first: جمادى الأولى, not جمادى الأول and a stray ى.
        for (String month : HIJRI_MONTHS_OF_TWO_WORDS) {
            folded = folded.replace(month, ArabicCalendarWords.HIJRI_MONTHS.get(month));
        }
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(folded);
        while (m.find()) {
            tokens.add(m.group());
        }
        List<String> out = new ArrayList<>();
        boolean bracket = false;
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            // A slash or bracket stays before a year (1157 AH / 1744), not between the two names of
            // a month (October/October is one month).
            if (token.equals("/") || token.equals("(")) {
                boolean year = i + 1 < tokens.size() && Character.isDigit(tokens.get(i + 1).charAt(0));
                if (year) {
                    out.add(token);
                    bracket |= token.equals("(");
                }
                continue;
            }
            if (token.equals(")")) {
                if (bracket) {
                    out.add(token);
                    bracket = false;
                }
                continue;
            }
            // ثلاثة عشر is 13, not "3 10"; ثلاثة وعشرون 23.
            Optional<Long> compound = i + 1 < tokens.size()
                    ? ArabicNumberWords.compound(tokens.get(i), tokens.get(i + 1)) : Optional.empty();
            if (compound.isPresent()) {
                i++;
            }
            Optional<String> word = compound.isPresent() ? compound.map(String::valueOf) : word(tokens.get(i));
            if (word.isEmpty()) {
                return Optional.empty();
            }
            // A month named in both systems (كانون الأول/ديسمبر) is one month in English.
            if (!word.get().isEmpty() && (out.isEmpty() || !out.getLast().equals(word.get()))) {
                out.add(word.get());
            }
        }
        if (out.size() > 1 && (out.getLast().equals("last") || out.getLast().equals("next"))) {
            out.addFirst(out.removeLast());
        }
        if (!out.isEmpty() && out.getFirst().equals("between")) {
            // "ما بين عامي 1805 إلى 1848": between 1805 and 1848.
            out.replaceAll(w -> w.equals("to") ? "and" : w);
        }
        return out.isEmpty() ? Optional.empty()
                : Optional.of(String.join(" ", out).replace(" %", "%").replace("( ", "(").replace(" )", ")"));
    }

    /** One word in English; "" for a word that adds nothing in English (من، عام); empty when unknown. */
    private static Optional<String> word(String w) {
        if (Character.isDigit(w.charAt(0)) || w.equals("%")) {
            return Optional.of(w);
        }
        if (w.chars().allMatch(c -> c < 0x250)) {
            return Optional.of(w);
        }
        Integer month = ArabicCalendarWords.MONTHS.get(w);
        if (month != null) {
            return Optional.of(ArabicCalendarWords.ENGLISH_MONTHS.get(month - 1));
        }
        String hijri = ArabicCalendarWords.HIJRI_MONTHS.get(w);
        if (hijri != null) {
            return Optional.of(hijri);
        }
        int ordinal = ArabicNumberWords.ORDINALS.indexOf(w);
        if (ordinal >= 0) {
            return Optional.of(String.valueOf(ordinal + 1));
        }
        int weekday = ArabicCalendarWords.WEEKDAYS_IN_ORDER.indexOf(w.startsWith("ال") ? w : "ال" + w);
        if (weekday >= 0) {
            return Optional.of(ArabicCalendarWords.ENGLISH_WEEKDAYS.get(weekday));
        }
        if (ArabicCalendarWords.YEAR_PAIRS.contains(w)) {
            // "بين عامي 1908 و1914": between 1908 and 1914.
            return Optional.of("");
        }
        return switch (w) {
            // The Gregorian era goes without saying in English; the Hijri one and "before Christ" do not.
            case "من", "عام", "سنه", "العام", "يوم", "م", "في", "ميلادي", "ميلاديه", "الميلادي", "للميلاد" -> Optional.of("");
            case "ه", "هجري", "هجريه", "الهجري", "الهجريه", "للهجره" -> Optional.of("AH");
            case "ق" -> Optional.of("BC");
            case "الف", "الاف", "الفا" -> Optional.of("thousand");
            case "مليون", "ملايين", "مليونا" -> Optional.of("million");
            case "مليار", "مليارات" -> Optional.of("billion");
            // المئة، المائة، بالمئة، بالمائة, folded.
            case "الميه", "المايه", "بالميه", "بالمايه" -> Optional.of("percent");
            case "نسمه" -> Optional.of("inhabitants");
            case "اكثر" -> Optional.of("more than");
            case "اقل" -> Optional.of("less than");
            case "بين", "مابين" -> Optional.of("between");
            // The "ما" of "ما بين", the only span word it is.
            case "ما" -> Optional.of("");
            case "الي" -> Optional.of("to");
            case "و" -> Optional.of("and");
            case "الماضي" -> Optional.of("last");
            case "المقبل", "القادم" -> Optional.of("next");
            case "اليوم" -> Optional.of("today");
            case "امس" -> Optional.of("yesterday");
            default -> ArabicNumberWords.value(w).map(String::valueOf).or(() -> KnownNames.english(w));
        };
    }
}
