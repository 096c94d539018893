package io.isnad.answer.shortanswer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.isnad.answer.question.QuestionType;
import io.isnad.ingest.arabic.ArabicCalendarWords;
import io.isnad.ingest.arabic.ArabicNumberWords;
import io.isnad.ingest.arabic.ArabicPlaceNames;
import io.isnad.ingest.arabic.ArabicPlurals;
import io.isnad.ingest.arabic.ArabicQuestionWords;
import io.isnad.ingest.arabic.ArabicRootSkeleton;
import io.isnad.ingest.arabic.ArabicTextNormalizer;

/**
 * Which of a sentence's figures answers a how-many question ({@link ShortAnswerFinder}), by what the
 * question asks (a length of time, a share, a count rather than a year or a calendar date), and the
 * extent of the chosen figure: the counted noun after it and a bound before it.
 */
final class NumberChoice {

    /** A year written alone (عام 2014، 1990م): a date, not a count. */
    private static final Pattern BARE_YEAR = Pattern.compile("(?:(?:" + ArabicCalendarWords.YEAR_WORD_ALTERNATION
            + ")\\s+)?(?:1\\d{3}|20\\d{2})(?:\\s*م)?");
    /** A year with its year word or its era: عام 2014، 1990م, dated by its own words. */
    private static final Pattern OWN_DATE = Pattern.compile("(?:" + ArabicCalendarWords.YEAR_WORD_ALTERNATION
            + ")\\s+.*|.*\\d\\s*م");
    /**
     * What stands before a year, folded: the word before it, or the other year of a period and the
     * dash or "و" that joins them (1600–1800، 1751 و1800).
     */
    private static final Pattern BEFORE_YEAR = Pattern.compile("(?:([\\p{L}]+)|\\d{3,4}\\s*(?:[-–]|و))\\s*$");
    /**
     * What {@link #BEFORE_YEAR} reads besides letters and digits: its spaces ({@code \s}), its dashes,
     * and the line ends its {@code $} may stand before.
     */
    private static final String RUN_MARKS = " \t\n\u000B\f\r-\u2013\u0085\u2028\u2029";
    private static final Pattern NEXT_WORD = Pattern.compile("\\s+([\\p{L}\\p{M}]+)");
    /** A figure written in digits (folded), which stands without the unit it counts. */
    private static final Pattern DIGIT = Pattern.compile("\\d");
    /** A question about a share, folded. */
    private static final Pattern ASKS_SHARE = Pattern.compile("نسبه|مئويه|percent");
    /** A figure given as a share. */
    private static final Pattern SHARE = Pattern.compile("[%٪]|" + String.join("|", ArabicNumberWords.PERCENT_WORDS)
            + "|percent");
    /** What stands between a figure and its share in brackets: "68511 (43.8%)". */
    private static final Pattern BRACKET = Pattern.compile("\\s*\\(\\s*");
    /** A figure in digits with its scale, then the first word of its unit: "587,000 كيلومتر مربع". */
    private static final Pattern FIGURE_THEN_UNIT = Pattern.compile("(\\d+(?:[.,]\\d+)*(?:\\s*(?:الف|الاف|مليون|ملايين|مليار)ا?)?)"
            + "\\s*(\\p{L}+)(?:\\s+\\p{L}+)?");
    /** A bound written before a figure, folded: أكثر من، أقل من. */
    private static final Pattern BOUND = Pattern.compile("(?<![\\p{L}])(?:اكثر|اقل)\\s+من\\s+$");
    /** A span's last word, after the space before it (folded). */
    private static final Pattern LAST_WORD = Pattern.compile("\\s+(\\p{L}+)$");
    /** The bound {@link #withBound} puts before a span's figure, at the span's start (folded). */
    private static final Pattern BOUND_FIRST = Pattern.compile("^(?:اكثر|اقل)\\s+من\\s+");
    /**
     * A question that asks how long (كم سنة، كم عاماً، كم من الوقت، كم دام، ما مدة، how long, for how many
     * years), folded and lower-cased: a length of time answers it, not a date or a bare count. After a partitive
     * ({@link ArabicQuestionWords#COUNT_PARTITIVES}) the unit may take the article: the Moroccan "شحال ديال
     * الايام" asks how many days as "كم يوماً" does.
     */
    private static final Pattern ASKS_DURATION = Pattern.compile("(?<![\\p{L}])(?:(?:"
            + String.join("|", ArabicQuestionWords.HOW_MANY) + ")\\s+(?:(?:(?:"
            + String.join("|", ArabicQuestionWords.COUNT_PARTITIVES) + ")\\s+(?:ال)?)?(?:الوقت|"
            + ArabicCalendarWords.DURATION_ALTERNATION + ")|"
            + ArabicCalendarWords.alternation(ArabicCalendarWords.DURATION_VERBS) + ")|"
            + ArabicCalendarWords.alternation(ArabicCalendarWords.DURATION_NOUNS)
            + "|how\\s+long|how\\s+much\\s+time|how\\s+many\\s+(?:" + ArabicCalendarWords.DURATION_ALTERNATION
            + "))(?![\\p{L}])");
    /** A span that ends in a unit of duration: ثلاث سنوات، 5 أيام، خمس إلى عشر سنوات. */
    private static final Pattern DURATION = Pattern.compile(".*(?<![\\p{L}])(?:" + ArabicCalendarWords.DURATION_ALTERNATION
            + ")");

    private NumberChoice() {
    }

    /**
     * Of the figures of a sentence (those the question does not hold), those that may answer the
     * question: no calendar date's day or year, no bare year beside another figure, a share when it
     * asks for one and none that is another figure's share, a length of time when it asks how long.
     */
    static List<Span> asked(String sentence, List<Span> spans, String foldedQuestion) {
        return byDuration(sentence, byShare(sentence, withoutYears(SpanFinder.notInCalendarDates(sentence, spans)),
                foldedQuestion), foldedQuestion);
    }

    /** Whether a folded question asks how long ({@link #ASKS_DURATION}). */
    static boolean asksDuration(String foldedQuestion) {
        return ASKS_DURATION.matcher(foldedQuestion.toLowerCase(Locale.ROOT)).find();
    }

    /**
     * Whether a folded figure gives a length of time as {@link #byDuration} chooses one: a figure with
     * its unit of duration, a period bounded by two years, or a clock figure (a time left on the clock,
     * "3:08"). Any other figure the how-long question was answered with is a count or a date.
     */
    static boolean isLength(String foldedFigure) {
        return DURATION.matcher(foldedFigure).matches()
                || DateChoice.YEAR.matcher(foldedFigure).results().count() == 2
                || DateChoice.isClockFigure(foldedFigure);
    }

    /**
     * Whether a folded figure is a length of time by its unit alone ({@link #DURATION}: ثلاث سنوات، 36 ساعة): a
     * figure that may not answer how many of anything else. Two figures read as a period's years (120 و130،
     * 711.988) are none.
     */
    static boolean isTimeCount(String foldedFigure) {
        return DURATION.matcher(foldedFigure).matches();
    }

    /**
     * A how-long question (كم سنة استمرت، كم من الوقت، how long) is answered by a length of time
     * when the sentence gives one ("ثلاث سنوات"), not by a year or another count beside it; else by
     * the period the sentence bounds with two years ({@link SpanFinder}: "من 1870 إلى 1939"), whose
     * first year alone says when it began, not how long it lasted.
     */
    private static List<Span> byDuration(String sentence, List<Span> spans, String foldedQuestion) {
        if (!asksDuration(foldedQuestion)) {
            return spans;
        }
        List<Span> durations = spans.stream().filter(s -> DURATION.matcher(s.folded()).matches()).toList();
        if (!durations.isEmpty()) {
            return durations;
        }
        List<Span> periods = SpanFinder.find(sentence, QuestionType.DATE).stream()
                .filter(d -> DateChoice.YEAR.matcher(d.folded()).results().count() == 2).toList();
        return periods.isEmpty() ? spans : periods;
    }

    /**
     * A question about a share (نسبة، النسبة المئوية، what percentage) is answered by a percentage
     * when the sentence gives one, not by the count beside it ("711.988 نسمة، منهم 2,8٪"). The
     * converse does not hold: "ما كمية…" or "كم عدد السكان…" may well be answered by a percentage,
     * but not by one in brackets right after a figure, which is that figure's share: "منها 68511
     * (43.8%)" answers "كم عدد العائلات" with 68511.
     */
    private static List<Span> byShare(String sentence, List<Span> spans, String foldedQuestion) {
        if (!ASKS_SHARE.matcher(foldedQuestion).find()) {
            List<Span> counts = new ArrayList<>();
            for (int i = 0; i < spans.size(); i++) {
                Span s = spans.get(i);
                if (i == 0 || !SHARE.matcher(s.folded()).find() || spans.get(i - 1).end() > s.start()
                        || !BRACKET.matcher(sentence.substring(spans.get(i - 1).end(), s.start())).matches()) {
                    counts.add(s);
                }
            }
            return counts.isEmpty() ? spans : counts;
        }
        List<Span> shares = spans.stream().filter(s -> SHARE.matcher(s.folded()).find()).toList();
        return shares.isEmpty() ? spans : shares;
    }

    /**
     * A bare year is not a count: "كم… " answered with 2014 from "في عام 2014 أخرج 25 جثة" is
     * wrong. Years are dropped when the sentence holds another number.
     */
    private static List<Span> withoutYears(List<Span> spans) {
        List<Span> counts = spans.stream().filter(s -> !BARE_YEAR.matcher(s.folded()).matches()).toList();
        return counts.isEmpty() ? spans : counts;
    }

    /**
     * The figures of a sentence without the years it writes as dates: a year with its year word or
     * era (لسنة 2014، 1990م), after a word that dates it ({@link ArabicCalendarWords#datesYear}: في
     * 2000، منذ 1946) or an end of a period (1600–1800). Such a year tells when, and answers no
     * how-many question: "How many times has Polonia won the cup?" is not answered by "الفوز
     * ببطولة اكستراكلازا في 2000", and a sentence holding nothing else holds no count. A year
     * standing alone may be one: "حضره 2000 ضيف".
     */
    static List<Span> withoutDatedYears(String sentence, List<Span> figures) {
        if (figures.stream().noneMatch(s -> BARE_YEAR.matcher(s.folded()).matches())) {
            return figures;
        }
        // Folded once for the sentence, not once for each year: the text before a year is read in place.
        ArabicTextNormalizer.Folded folded = ArabicTextNormalizer.foldWithOffsets(sentence);
        Matcher before = BEFORE_YEAR.matcher(folded.text());
        return figures.stream().filter(s -> !datedYear(folded, before, s)).toList();
    }

    /**
     * @param before {@link #BEFORE_YEAR} over {@code folded}, the folded sentence; read up to the
     *        span's start, as over the folded text before it
     */
    private static boolean datedYear(ArabicTextNormalizer.Folded folded, Matcher before, Span span) {
        if (!BARE_YEAR.matcher(span.folded()).matches()) {
            return false;
        }
        if (OWN_DATE.matcher(span.folded()).matches()) {
            return true;
        }
        int end = folded.indexOf(span.start());
        before.region(lastRunStart(folded.text(), end), end);
        return before.find() && (before.group(1) == null || ArabicCalendarWords.datesYear(before.group(1)));
    }

    /**
     * Where the run of letters, digits, spaces and dashes ending at {@code end} starts: a match of
     * {@link #BEFORE_YEAR} holds nothing else and ends at {@code end}, so none starts before it, and
     * looking there only spares trying every earlier position of a long sentence.
     */
    private static int lastRunStart(String text, int end) {
        int start = end;
        while (start > 0) {
            int c = text.codePointBefore(start);
            if (!Character.isLetter(c) && !(c >= '0' && c <= '9') && RUN_MARKS.indexOf(c) < 0) {
                break;
            }
            start -= Character.charCount(c);
        }
        return start;
    }

    /**
     * A figure the question gives and the sentence holds (a year, a date: "في نهاية عام 2009 كم كان
     * تعداد سكان العالم؟") marks the clause that speaks of what the question asks: of "وصل تعداد سكان
     * العالم نهاية 2009 إلى نحو 6.9 مليار نسمة، وتشير تقديرات… أن عدد سكان العالم تجاوز 7 مليار في…
     * 2012" the answer is the figure beside 2009, though the next clause repeats the question's words
     * beside its own. The figures in the clause of one of {@code given} are kept, all when it holds none.
     */
    static List<Span> inClauseOfGiven(String sentence, List<Span> spans, List<Span> given) {
        List<Span> kept = spans.stream().filter(s -> given.stream().anyMatch(g -> sameClause(sentence, g, s))).toList();
        return kept.isEmpty() ? spans : kept;
    }

    /** Whether no clause ends between the two spans ({@link SpanCloseness#endsClause}). */
    private static boolean sameClause(String sentence, Span a, Span b) {
        int from = Math.min(a.end(), b.end());
        int to = Math.max(a.start(), b.start());
        for (int i = from; i < to; i++) {
            if (SpanCloseness.endsClause(sentence, i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * "كم مقاطعة…؟" is answered by "22 مقاطعة": the noun the question counts is kept with the
     * number when the sentence puts it right after it, in the plural too ("كم مرة…" → "ثماني
     * مرات"). Not a unit of measure or tally after a figure in digits ({@link ArabicNumberWords#isUnitNoun}:
     * كيلومتراً، نقطة، مرة، نوعاً): "كم نقطة…" asks for the figure, "308", as "how many points" does,
     * where "31 امرأة" names the women counted. A number word keeps even a unit: it agrees with
     * its noun in gender and reads cut short without it (ثماني مرات، ثلاثة أنواع). A population
     * keeps نسمة whatever the question names ({@link ArabicNumberWords#PERSONS}): "128 مليون نسمة". It is
     * added after the span is chosen, so the words around the figure weigh as before.
     */
    static Span withCountedNoun(String sentence, Span span, String counted) {
        ArabicTextNormalizer.Folded rest = ArabicTextNormalizer.foldWithOffsets(sentence.substring(span.end()));
        Matcher m = NEXT_WORD.matcher(rest.text());
        if (!m.lookingAt()) {
            return span;
        }
        String next = m.group(1);
        if (!next.equals(ArabicNumberWords.PERSONS) && !namesCounted(span, next, counted)) {
            return span;
        }
        int end = span.end() + rest.end(m.end(1));
        return new Span(span.start(), end, span.folded() + " " + next);
    }

    /**
     * A counted noun's kind, when the question asks it: "كام دولة عربية…؟" is answered by "أربع دول عربية", not
     * "أربع دول", which counts states of any kind. The word after the span (a figure with the noun it counts,
     * {@link #withCountedNoun}) is kept when it is the adjective the question writes after its counted noun: a
     * nisba adjective ({@link ArabicPlaceNames#nisbaShaped}: عربية، أوروبية، عسكرية), with or without the article
     * and in its singular or sound plural (أوروبيين for أوروبي). Only a nisba: a word after the counted noun may
     * be a verb ("كم شخصا قتل" beside "89 شخصا قتلوا"), which the answer leaves out.
     *
     * @param adjective the question's word after its counted noun, folded
     */
    static Span withAskedAdjective(String sentence, Span span, String adjective) {
        Optional<String> asked = ArabicPlaceNames.nisbaStem(ArabicTextNormalizer.withoutArticle(adjective));
        ArabicTextNormalizer.Folded rest = ArabicTextNormalizer.foldWithOffsets(sentence.substring(span.end()));
        Matcher m = NEXT_WORD.matcher(rest.text());
        if (asked.isEmpty() || !m.lookingAt()
                || !asked.equals(ArabicPlaceNames.nisbaStem(ArabicTextNormalizer.withoutArticle(m.group(1))))) {
            return span;
        }
        return new Span(span.start(), span.end() + rest.end(m.end(1)), span.folded() + " " + m.group(1));
    }

    /**
     * Whether {@code next}, the word after the figure of {@code span}, is the noun the question
     * counts, and one the answer keeps: no unit after a figure in digits.
     */
    private static boolean namesCounted(Span span, String next, String counted) {
        if (counted.isEmpty() || ArabicNumberWords.isUnitNoun(counted) && DIGIT.matcher(span.folded()).find()) {
            return false;
        }
        return isNoun(next, counted);
    }

    /** Whether {@code word} is the noun {@code counted}, in its singular or plural or by its first letters. */
    private static boolean isNoun(String word, String counted) {
        return FigureTies.FocusWord.of(counted).matches(word, ArabicRootSkeleton.of(word))
                || ArabicPlurals.sameNoun(word, counted);
    }

    /**
     * "كم كيلومتراً مربعاً…؟", "كم ميلاً…؟": a question that names the unit it measures in asks for the
     * figure, as "كم نقطة" asks for "308" ({@link #withCountedNoun} keeps no such unit either); the
     * span leaves out its unit when that is the question's, in any case ending ("646 ميلاً" for "كم
     * ميلاً"، "587,000 كيلومتر مربع" for "كم كيلومتراً"). Another unit stays: "كم متراً" is not
     * answered by "5" of "5 كم".
     *
     * @param counted the noun after the question's كم ({@link io.isnad.answer.question.QuestionAnalysis#counted}), folded
     */
    static Span withoutAskedUnit(String sentence, Span span, String counted) {
        if (counted.isEmpty() || !ArabicNumberWords.isUnitNoun(counted)) {
            return span;
        }
        Matcher m = FIGURE_THEN_UNIT.matcher(span.folded());
        if (!m.matches()) {
            return span;
        }
        String unit = m.group(2);
        String asked = ArabicTextNormalizer.withoutAccusativeAlif(counted, 1);
        if (!unit.startsWith(asked) && !asked.startsWith(unit)) {
            return span;
        }
        return figureOnly(sentence, span, m);
    }

    /**
     * "How many seconds were left…?" is answered by "17", not by the span "17 ثانية" (a length of time is found
     * with its unit): an English how-many question names what it counts before the figure, and the answer is the
     * figure, as "how many points" is answered by "308". So the span's unit after a figure in digits is left out
     * when it is the noun the question counts, in one of its Arabic translations. An Arabic question's counted
     * noun is {@link #withoutAskedUnit}'s and {@link #withCountedNoun}'s: ARCD's golds keep a counted unit of time
     * ("كم سنة" → "7000 سنة"), so "كم X" is not read this way (docs/answers.md, "short56").
     *
     * @param translatedCounted the Arabic translations of the noun an English question counts; empty for an
     *        Arabic question
     */
    static Span withoutTranslatedUnit(String sentence, Span span, List<String> translatedCounted) {
        Matcher m = FIGURE_THEN_UNIT.matcher(span.folded());
        if (translatedCounted.isEmpty() || !m.matches()) {
            return span;
        }
        String unit = m.group(2);
        return translatedCounted.stream().anyMatch(c -> isNoun(unit, c)) ? figureOnly(sentence, span, m) : span;
    }

    /**
     * "How many children were among the dead?" is answered by "5 أطفال", as "كم طفلاً" is ({@link
     * #withCountedNoun}): an English how-many question's counted noun, in one of its Arabic translations, is kept
     * with the figure when the sentence writes it right after; the English rendering gives the figure alone
     * ({@link ShortAnswerFinder#renderedFigure}). A figure in digits only: a number word stays bare ("ثلاثة"
     * for "How many species…"), as XQuAD's readers mark it in Arabic, which its rendering "3" does not match.
     *
     * @param translatedCounted the Arabic translations of the noun an English question counts; empty for an
     *        Arabic question
     */
    static Span withTranslatedNoun(String sentence, Span span, List<String> translatedCounted) {
        if (!DIGIT.matcher(span.folded()).find()) {
            return span;
        }
        for (String counted : translatedCounted) {
            Span kept = withCountedNoun(sentence, span, counted);
            if (kept != span) {
                return kept;
            }
        }
        return span;
    }

    /**
     * The figure of a span that ends with the noun an English question counts ("5 أطفال" for "how many
     * children" → 5), without the noun; the span itself otherwise.
     */
    static Span withoutTranslatedNoun(String sentence, Span span, List<String> translatedCounted) {
        Matcher m = LAST_WORD.matcher(span.folded());
        if (!m.find() || m.start() == 0
                || translatedCounted.stream().noneMatch(c -> isNoun(m.group(1), c))) {
            return span;
        }
        ArabicTextNormalizer.Folded original = ArabicTextNormalizer.foldWithOffsets(
                sentence.substring(span.start(), span.end()));
        return new Span(span.start(), span.start() + original.end(m.start()), span.folded().substring(0, m.start()));
    }

    /** The figure of a span that {@link #FIGURE_THEN_UNIT} matched, without its unit. */
    private static Span figureOnly(String sentence, Span span, Matcher m) {
        ArabicTextNormalizer.Folded original = ArabicTextNormalizer.foldWithOffsets(
                sentence.substring(span.start(), span.end()));
        return new Span(span.start(), span.start() + original.end(m.end(1)), m.group(1));
    }

    /**
     * "أكثر من 70,000" is not 70,000: a bound before a figure is part of the quantity the sentence
     * states, so the answer keeps it (the renderer gives "more than 70,000"). "حوالي" and "نحو"
     * are left out: an approximate figure is still the figure.
     */
    static Span withBound(String sentence, Span span) {
        ArabicTextNormalizer.Folded before = ArabicTextNormalizer.foldWithOffsets(sentence.substring(0, span.start()));
        Matcher m = BOUND.matcher(before.text());
        if (!m.find()) {
            return span;
        }
        return new Span(before.start(m.start()), span.end(), m.group() + span.folded());
    }

    /** The figure of a span {@link #withBound} gave its bound, without it; the span itself when it has none. */
    static Span withoutBound(String sentence, Span span) {
        ArabicTextNormalizer.Folded folded = ArabicTextNormalizer.foldWithOffsets(
                sentence.substring(span.start(), span.end()));
        Matcher m = BOUND_FIRST.matcher(folded.text());
        if (!m.find() || m.end() == folded.text().length()) {
            return span;
        }
        return new Span(span.start() + folded.start(m.end()), span.end(), folded.text().substring(m.end()));
    }

    /**
     * Whether {@code text} holds {@code figure} as a whole figure: not inside a longer one (18 in 118,
     * 2.18 or 18.5). Scanned rather than matched by a pattern built per span, as this runs for every
     * figure of every sentence ranked.
     */
    static boolean holdsFigure(String text, String figure) {
        for (int at = text.indexOf(figure); at >= 0; at = text.indexOf(figure, at + 1)) {
            int end = at + figure.length();
            boolean joinedBefore = at > 0 && (isDigit(text.charAt(at - 1)) || isSeparator(text.charAt(at - 1)));
            boolean joinedAfter = end < text.length() && (isDigit(text.charAt(end))
                    || isSeparator(text.charAt(end)) && end + 1 < text.length() && isDigit(text.charAt(end + 1)));
            if (!joinedBefore && !joinedAfter) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isSeparator(char c) {
        return c == '.' || c == ',';
    }
}
