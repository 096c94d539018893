package io.isnad.answer.shortanswer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.isnad.answer.question.QuestionAnalysis;
import io.isnad.answer.question.QuestionAnalyzer;
import io.isnad.answer.question.QuestionType;
import io.isnad.ingest.arabic.ArabicCalendarWords;
import io.isnad.ingest.arabic.ArabicDialectWords;
import io.isnad.ingest.arabic.ArabicNumberWords;
import io.isnad.ingest.arabic.ArabicPersonTitles;
import io.isnad.ingest.arabic.ArabicQuestionWords;
import io.isnad.ingest.arabic.ArabicStopWords;
import io.isnad.ingest.arabic.ArabicTextNormalizer;

/**
 * Picks the span of a sentence that answers a typed question: of the spans of the asked kind,
 * those the question does not already contain ("متى… عام 2016" is not answered by 2016); for a
 * how-many question, the numbers tied to the asked noun (or, in a sentence without a figure, the
 * dual of the asked noun: جامعتان), and for a how-long question its lengths of time; for a
 * when-question, the date in the calendar it names and, of a life's two dates, the one it asks
 * about (born, died); of those, the
 * one the question's words stand closest around in the sentence (not counting a word of the next
 * clause), the question's verb or event counting most. Then the
 * extent: the counted noun of "كم X" kept with its number, the unit of "كم ميلاً" and of "how many seconds"
 * left out, the year alone for a year question.
 *
 * <p>The parts: {@link SpanFinder} finds the spans of each kind, {@link DateChoice} and
 * {@link NumberChoice} keep those a when- or how-many question asks for, {@link DualCounts} reads a
 * dual as two, {@link FigureTies} ties a figure to the asked noun, and {@link SpanCloseness} weighs
 * the question's words around each span.
 */
public final class ShortAnswerFinder {

    /** "بل", which corrects a negated statement ({@link #corrected}). */
    private static final String CORRECTION_WORD = "بل";
    private static final Pattern CORRECTION = Pattern.compile("(?<![\\p{L}])" + CORRECTION_WORD + "(?![\\p{L}])");
    private static final Pattern NEGATION = Pattern.compile("(?<![\\p{L}])(?:"
            + String.join("|", ArabicStopWords.VERBAL_NEGATIONS) + ")(?![\\p{L}])");
    /** How far before بل its negation may stand, in characters: one clause. */
    private static final int NEGATION_REACH = 80;
    /** A figure and the one word of its unit: 18 سنة، 5 أطفال. */
    private static final Pattern FIGURE_AND_UNIT = Pattern.compile("(\\d+(?:[.,]\\d+)*)\\s+[\\p{L}]+");
    private static final Pattern YEAR_WORD = Pattern.compile("(" + ArabicCalendarWords.YEAR_WORD_ALTERNATION + "|year)\\s+");

    private ShortAnswerFinder() {
    }

    /** The answering span of {@code sentence}, offsets relative to it, or empty. */
    public static Optional<Span> find(String sentence, QuestionType type, String question) {
        return find(sentence, type, question, question, List.of(), List.of());
    }

    /**
     * As {@link #find(String, QuestionType, String, QuestionAnalysis, QuestionAnalysis, List, List)}, with the
     * question and the typed one analysed here.
     */
    static Optional<Span> find(String sentence, QuestionType type, String question, String typed,
            List<String> translatedFocus, List<String> translatedCounted) {
        QuestionAnalysis asked = QuestionAnalyzer.analyze(question);
        return find(sentence, type, question, asked, typed.equals(question) ? asked : QuestionAnalyzer.analyze(typed),
                translatedFocus, translatedCounted);
    }

    /**
     * As {@link #find(String, QuestionType, String)}, with more words that stand for the question's
     * focus in the sentence's language: the Arabic translations of an English question's words, so
     * that "how many were wounded" ties the number to جريحاً as the Arabic question would.
     *
     * @param asked the analysis of {@code question}, made once per question by the caller
     * @param typed the analysis of the question as the user typed it: in a follow-up, {@code question}
     *        without the words carried from the earlier one ({@link FigureTies#tiedToFocus} weighs its own
     *        first); {@code asked} itself otherwise
     * @param translatedCounted the Arabic translations of the noun an English how-many question
     *        counts ({@link QuestionAnalysis#tallied}: "how many children" → طفل), which tie a number
     *        followed by one of them as "كم طفلا" ties "5 أطفال"
     */
    public static Optional<Span> find(String sentence, QuestionType type, String question, QuestionAnalysis asked,
            QuestionAnalysis typed, List<String> translatedFocus, List<String> translatedCounted) {
        if (!type.typed()) {
            return Optional.empty();
        }
        if (type == QuestionType.PLACE && QuestionAnalyzer.asksSeveralPlaces(asked)) {
            return Optional.empty();
        }
        List<String> ownWords = withStandardWords(
                type == QuestionType.NUMBER ? withoutWhole(asked.focus(), asked.words()) : asked.focus());
        List<String> focus = new ArrayList<>(ownWords);
        focus.addAll(translatedFocus);
        QuestionAnalysis analysis = asked.withFocus(focus);
        List<String> counted = new ArrayList<>(translatedCounted);
        if (!asked.tallied().isEmpty()) {
            counted.add(asked.tallied());
        }
        List<String> typedWords = typed == asked ? ownWords : withStandardWords(typed.focus());
        return choose(sentence, TypedQuestion.of(question, type, focus), analysis, counted, ownWords, typedWords)
                .map(span -> switch (type) {
                    case NUMBER -> NumberChoice.withBound(sentence, NumberChoice.withTranslatedNoun(sentence,
                            withCountedNoun(sentence, NumberChoice.withoutAskedUnit(sentence, span,
                                    asked.counted()), asked, question), translatedCounted));
                    case DATE -> asksYear(asked.words()) ? DateChoice.yearOnly(sentence, span)
                            : DateChoice.asksWeekday(String.join(" ", asked.words()))
                                    ? DateChoice.weekdayBefore(sentence, span)
                                    : DateChoice.asksSince(String.join(" ", asked.words()))
                                            ? DateChoice.withSince(sentence, DateChoice.oneMonthName(sentence, span))
                                            : DateChoice.oneMonthName(sentence, span);
                    default -> span;
                });
    }

    /**
     * The part of a number's short answer that an English question's rendering gives: "How many seconds were
     * left?" is answered "17" in English, the unit or noun the question names left out ({@link
     * NumberChoice#withoutTranslatedUnit}, {@link NumberChoice#withoutTranslatedNoun}), while the quoted span
     * keeps the unit the article writes with the figure, "17 ثانية": the news readers mark a count with its noun
     * ("5 أطفال" for "How many children…"), XQuAD's readers mark the bare figure ("17"). A population's نسمة
     * ({@link ArabicNumberWords#PERSONS}), which the span keeps after any count of people ("2,000 نسمة"), is left
     * out whatever the question names: English writes "a population of 2,000", not "2,000 inhabitants". A bound
     * before the figure stays ("more than 60"). The span itself when the question names no unit of it.
     *
     * @param translatedCounted the Arabic translations of the noun an English how-many question counts
     */
    public static Span renderedFigure(String sentence, Span span, List<String> translatedCounted) {
        Span figure = NumberChoice.withoutBound(sentence, span);
        Span bare = NumberChoice.withoutTranslatedUnit(sentence, figure, translatedCounted);
        if (bare == figure) {
            List<String> nouns = new ArrayList<>(translatedCounted);
            nouns.add(ArabicNumberWords.PERSONS);
            bare = NumberChoice.withoutTranslatedNoun(sentence, figure, nouns);
        }
        return bare == figure ? span : NumberChoice.withBound(sentence, bare);
    }

    /**
     * A question's focus words with the Standard word of each dialect word among them ({@link
     * ArabicDialectWords#standardOf}): the article writes "أصيب" or "الجرحى", never "انصاب", so "شكد
     * واحد انصاب" ties its answer to the wounded only through the Standard verb (and its news
     * synonyms). The Standard word is the question's own, as the dialect word it stands for.
     */
    private static List<String> withStandardWords(List<String> focus) {
        List<String> words = new ArrayList<>(focus);
        focus.forEach(w -> ArabicDialectWords.standardOf(w).ifPresent(words::add));
        return words;
    }

    /**
     * A how-many question's focus words without the whole it names after "من إجمالي" or "من مجموع" ("نسبة
     * الأكراد من إجمالي سكان العراق": إجمالي and سكان): every share of the sentence is one of that whole, so its
     * word neither ties a share nor weighs in closeness. "95% من السكان" (the Muslims' share) was tied by it,
     * where "والأكراد إلى 15%" names the part asked. All the words when nothing else is left.
     */
    private static List<String> withoutWhole(List<String> focus, List<String> words) {
        List<String> whole = new ArrayList<>();
        for (int i = 1; i + 1 < words.size(); i++) {
            if (words.get(i - 1).equals("من") && ArabicNumberWords.WHOLE_WORDS.contains(words.get(i))) {
                whole.add(words.get(i));
                whole.add(words.get(i + 1));
            }
        }
        List<String> rest = focus.stream().filter(w -> !whole.contains(w)).toList();
        return rest.isEmpty() ? focus : rest;
    }

    /**
     * The figure with the noun it counts ({@link #keptNoun}), and with the adjective the question writes after
     * that noun when the sentence writes it after the kept noun too ({@link NumberChoice#withAskedAdjective}):
     * "كام دولة عربية…؟" asks how many Arab states, and "أربع دول عربية" answers it, where "أربع دول" leaves out
     * the kind the question counts.
     */
    private static Span withCountedNoun(String sentence, Span figure, QuestionAnalysis asked, String question) {
        String noun = keptNoun(asked, question);
        Span counted = NumberChoice.withCountedNoun(sentence, figure, noun);
        if (counted == figure) {
            return figure;
        }
        int at = asked.words().indexOf(noun);
        return at < 0 || at + 1 >= asked.words().size() ? counted
                : NumberChoice.withAskedAdjective(sentence, counted, asked.words().get(at + 1));
    }

    /**
     * The noun a number keeps after it ({@link NumberChoice#withCountedNoun}): the noun after كم
     * ("كم مقاطعة" → "22 مقاطعة"), or, when the question asks "ما عدد X" with no how-many word, X:
     * "what is the number of nominations" is answered by the number of them, "3 ترشيحات", where
     * "كم عدد X" (how many X) is answered by the figure.
     */
    private static String keptNoun(QuestionAnalysis asked, String question) {
        if (!asked.counted().isEmpty()) {
            return asked.counted();
        }
        boolean howMany = ArabicTextNormalizer.LETTER_WORD.matcher(ArabicTextNormalizer.normalize(question)).results()
                .anyMatch(w -> ArabicQuestionWords.HOW_MANY.contains(w.group()));
        return howMany ? "" : asked.tallied();
    }

    /**
     * The text of a date short answer's sentence after the date as the article writes it: a month named in both
     * systems is answered by its first name ("الأول من ديسمبر" of "الأول من ديسمبر/كانون الأول، أكدت…"), and what
     * follows the date is read past the second ("أكدت…").
     *
     * @param after the sentence's text after the short answer
     */
    public static String afterDate(String after) {
        return DateChoice.pastSecondMonthName(after);
    }

    /**
     * Whether a question asks for a year: في أي عام، ما السنة التي، in what year.
     *
     * @param words the question's words as its analysis folded them ({@link QuestionAnalysis#words}): the phrases
     *        are read across them, so the question is not folded again
     */
    public static boolean asksYear(List<String> words) {
        return DateChoice.asksYear(String.join(" ", words));
    }

    /**
     * Whether a question asks the time on the clock: في أي ساعة، الساعة كم، what time.
     *
     * @param words the question's words as its analysis folded them ({@link QuestionAnalysis#words}): the phrases
     *        are read across them, so the question is not folded again
     */
    public static boolean asksClockTime(List<String> words) {
        return DateChoice.asksClockTime(String.join(" ", words));
    }

    /** Whether a question asks how long: كم سنة، كم من الوقت، كم دام، ما مدة، how long. */
    public static boolean asksDuration(String question) {
        return NumberChoice.asksDuration(ArabicTextNormalizer.normalize(question));
    }

    /**
     * Whether a short answer is a figure with its unit of duration (ثلاث سنوات، 36 ساعة), as {@link #givesLength}
     * reads one but for a period bounded by two years or a clock figure, which two other figures or a
     * decimal may look like (120 و130، 711.988).
     */
    public static boolean countsTime(String answer) {
        return NumberChoice.isTimeCount(ArabicTextNormalizer.normalize(answer).toLowerCase(Locale.ROOT));
    }

    /**
     * Whether a short answer gives a length of time: a figure with its unit (ثلاث سنوات، 36 ساعة), a
     * period of two years (من 1870 إلى 1939) or a clock figure (3:08).
     */
    public static boolean givesLength(String answer) {
        return NumberChoice.isLength(ArabicTextNormalizer.normalize(answer).toLowerCase(Locale.ROOT));
    }

    /**
     * Whether {@link #find} finds a span of {@code question}'s type in {@code sentence}: the same
     * test without analysing the question or weighing the spans, for ranking many candidate
     * sentences. A place the lexicon knows after a preposition ({@link SpanFinder#knownPlaces}), which
     * {@link #find} falls back to, does not count: it would rank a sentence that merely mentions a
     * known place as answering where ("…in Damascus" over "…will also visit the Turkish capital
     * Ankara"), which lost the seed sets' where-follow-ups.
     */
    public static boolean holdsAnswer(String sentence, TypedQuestion question) {
        return fit(sentence, question, List.of()).holdsAnswer();
    }

    /**
     * How a candidate sentence fits a typed question, with its spans found once for both answers:
     * the sentence chooser asks them of every sentence it ranks.
     *
     * @param holdsAnswer {@link #holdsAnswer}
     * @param countsTallied whether a span of the sentence that would answer a how-many question is a
     *        figure of the noun the question counts: the noun (singular, plural or a word of the news
     *        synonym table) right after it or a word away ("ثلاث مراحل" for "كم مرحلة"), or just before
     *        it ("عدد الضحايا بلغ 89"), as {@link FigureTies#tiedToFocus} ties it; a dual of the noun (مرحلتين)
     *        counts too. A sentence whose figures count something else ("ثلاثة رهائن") holds an answer
     *        of the asked kind, but not to this question
     */
    public record Fit(boolean holdsAnswer, boolean countsTallied) {
    }

    /**
     * How {@code sentence} fits {@code question} ({@link Fit}).
     *
     * @param tallied the noun the question counts ({@link QuestionAnalysis#tallied}), with an English
     *        question's Arabic translations of it; none: it counts no noun
     */
    public static Fit fit(String sentence, TypedQuestion question, List<String> tallied) {
        if (!question.type().typed()) {
            return new Fit(false, false);
        }
        List<Span> found = found(sentence, question, SpanFinder.find(sentence, question.type()));
        List<Span> spans = candidates(sentence, question, found, tallied);
        return new Fit(!spans.isEmpty(), !spans.isEmpty() && question.type() == QuestionType.NUMBER
                && !tallied.isEmpty() && countsTallied(sentence, tallied, found, spans));
    }

    /**
     * Whether {@code sentence} names a place the lexicon knows right after a preposition ({@link
     * SpanFinder#knownPlaces}) that the where-question {@code question} does not name itself: the
     * short answer {@link #find} falls back to when a sentence names no place after a place noun
     * ("التقى… الأسد في دمشق" for "وين اجتمع عراقجي ويا بشار الأسد؟").
     */
    public static boolean givesKnownPlace(String sentence, TypedQuestion question) {
        return question.type() == QuestionType.PLACE
                && !candidates(sentence, question, SpanFinder.knownPlaces(sentence), List.of()).isEmpty();
    }

    /**
     * The spans of {@code sentence} of the asked kind ({@code spanned}, {@link SpanFinder#find}); for a
     * how-many question, without the years it writes as dates ({@link NumberChoice#withoutDatedYears}),
     * so that a sentence holding only such years is read as one without a figure: it holds no count,
     * and a dual may be its answer. For a who-question asking who led ({@link ArabicPersonTitles#isLeadingVerb}:
     * "منو جان يقودهم؟"), also the leaders named after "led by" ({@link PersonSpans#ledBy}: "بقيادة إسلاميين").
     */
    private static List<Span> found(String sentence, TypedQuestion question, List<Span> spanned) {
        return switch (question.type()) {
            case NUMBER -> NumberChoice.withoutDatedYears(sentence, spanned);
            case PERSON -> question.asksLeader() ? withLeaders(sentence, spanned) : spanned;
            default -> spanned;
        };
    }

    /** {@code spanned} with the leaders {@code sentence} names after "led by", in text order. */
    private static List<Span> withLeaders(String sentence, List<Span> spanned) {
        List<Span> leaders = PersonSpans.ledBy(sentence);
        if (leaders.isEmpty()) {
            return spanned;
        }
        List<Span> spans = new ArrayList<>(spanned);
        spans.addAll(leaders);
        spans.sort(Comparator.comparingInt(Span::start));
        return spans;
    }

    /** {@link Fit#countsTallied}, given a how-many question's spans of the sentence: those found and those kept. */
    private static boolean countsTallied(String sentence, List<String> tallied, List<Span> found, List<Span> spans) {
        // No figure found: the spans are duals of the question's words.
        return found.isEmpty() ? DualCounts.countsNoun(sentence, spans, tallied)
                : FigureTies.countsTallied(sentence, spans, tallied);
    }

    /**
     * The spans of the asked kind that the question does not already contain, nor for a name a word
     * of its focus ({@link #namedInQuestion}); for a where-question, those that may answer it
     * ({@link PlaceSpans#ofAsked}); for a how-many question with no figure in the
     * sentence, the dual of a word of the question or of {@code counted}, the noun it counts with
     * an English question's Arabic translations of it.
     */
    private static List<Span> candidates(String sentence, TypedQuestion question, List<Span> found,
            List<String> counted) {
        String foldedQuestion = question.folded();
        boolean name = question.type() == QuestionType.PERSON || question.type() == QuestionType.PLACE;
        Predicate<Span> asked = s -> inQuestion(s, foldedQuestion, question.type())
                || name && namedInQuestion(s, question.named());
        List<Span> spans = found.stream()
                .filter(asked.negate())
                .filter(s -> !question.holder().otherThan(sentence, s))
                .map(s -> withoutAskedUnit(sentence, s, foldedQuestion))
                .toList();
        spans = corrected(sentence, spans);
        if (question.type() == QuestionType.PLACE) {
            return PlaceSpans.ofAsked(sentence, spans, asked, foldedQuestion);
        }
        if (question.type() == QuestionType.DATE) {
            List<Span> dates = DateChoice.asked(sentence, spans, foldedQuestion);
            return dates.isEmpty() && found.isEmpty() && DateChoice.asksClockTime(foldedQuestion)
                    ? DateChoice.clockTimes(SpanFinder.find(sentence, QuestionType.NUMBER)).stream()
                            .filter(s -> !inQuestion(s, foldedQuestion, QuestionType.NUMBER)).toList()
                    : dates;
        }
        if (question.type() != QuestionType.NUMBER) {
            return spans;
        }
        return spans.isEmpty() && found.isEmpty() ? DualCounts.duals(sentence, question, counted)
                : NumberChoice.asked(sentence, spans, foldedQuestion);
    }

    /**
     * What follows بل corrects what a negation shortly before it said: in "لم تغادر يوم أمس الاثنين، بل
     * يوم الخميس الماضي" the planes left on Thursday. A span between the negation and بل is no answer
     * when another follows بل.
     */
    private static List<Span> corrected(String sentence, List<Span> spans) {
        // Every candidate sentence of a typed question passes here, and the pattern, which opens with
        // a look-behind, is tried at each of its characters: a sentence without the letters of بل, or
        // no span to correct, is left as it is without that search.
        if (spans.isEmpty() || !sentence.contains(CORRECTION_WORD)) {
            return spans;
        }
        Matcher but = CORRECTION.matcher(sentence);
        while (but.find()) {
            int at = but.start();
            Matcher no = NEGATION.matcher(sentence).region(Math.max(0, at - NEGATION_REACH), at);
            int negated = -1;
            while (no.find()) {
                negated = no.start();
            }
            int from = negated;
            if (from >= 0 && spans.stream().anyMatch(s -> s.start() > at)) {
                return spans.stream().filter(s -> s.end() <= from || s.start() > at).toList();
            }
        }
        return spans;
    }

    /**
     * Whether {@code question} already holds {@code span} ({@link #inQuestion}): then the span is what it
     * asks about, not its answer.
     */
    public static boolean givenByQuestion(Span span, TypedQuestion question) {
        return inQuestion(span, question.folded(), question.type());
    }

    /**
     * A span the question already holds is what it asks about, with or without its year word: "a
     * drought more extreme than in 2005" is not answered by "سنة 2005"; a figure with its unit
     * without the unit too: "kids under the age of 18" is not answered by "18 سنة".
     */
    private static boolean inQuestion(Span span, String foldedQuestion, QuestionType type) {
        Matcher m = YEAR_WORD.matcher(span.folded());
        if (foldedQuestion.contains(m.lookingAt() ? span.folded().substring(m.end()) : span.folded())) {
            return true;
        }
        if (type != QuestionType.NUMBER) {
            return false;
        }
        Matcher figure = FIGURE_AND_UNIT.matcher(span.folded());
        return figure.matches() && NumberChoice.holdsFigure(foldedQuestion, figure.group(1));
    }

    /**
     * A name the question gives is what it asks about, not its answer: "مع من التقى عراقجي في دمشق؟"
     * is not answered by "عباس عراقجي", nor "Which city will Araghchi visit after Damascus?" by
     * دمشق. A word of the span is the question's when, without the article, it is one of the
     * question's words (for an English question, their Arabic translations, which are stems) or such
     * a stem with a suffix of up to two letters.
     */
    private static boolean namedInQuestion(Span span, List<String> named) {
        Matcher m = ArabicTextNormalizer.LETTER_WORD.matcher(span.folded());
        while (m.find()) {
            String word = ArabicTextNormalizer.withoutArticle(m.group());
            for (String asked : named) {
                if (word.startsWith(asked) && word.length() - asked.length() <= 2) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "In which year…" asks for the year: the answer is "1921", not "عام 1921", the unit the
     * question already names.
     */
    private static Span withoutAskedUnit(String sentence, Span span, String foldedQuestion) {
        Matcher m = YEAR_WORD.matcher(span.folded());
        if (m.lookingAt() && foldedQuestion.contains(m.group(1))) {
            ArabicTextNormalizer.Folded original = ArabicTextNormalizer.foldWithOffsets(
                    sentence.substring(span.start(), span.end()));
            return new Span(span.start() + original.start(m.end()), span.end(), span.folded().substring(m.end()));
        }
        return span;
    }

    /**
     * The focus words a how-many question's figures are weighed by in {@link SpanCloseness}: without the noun
     * it counts ({@code counted}) nor the count noun before it (عدد، تعداد: "كم عدد الأشهر"). They have
     * chosen already, by the ties of {@link FigureTies#tiedToFocus}; among the figures tied alike they would
     * only favour one beside a second mention: of "تقويماً يتألف من عشرة أشهر… وعدد الأشهر 12 شهراً", the
     * calendar "الذي كانت تستخدمه الدولة الرومانية" had ten. All the words when nothing else is left.
     */
    private static List<String> withoutCountWords(List<String> focus, List<String> counted) {
        List<String> rest = focus.stream()
                .filter(w -> !ArabicQuestionWords.COUNT_NOUNS.contains(w) && !counted.contains(w)).toList();
        return rest.isEmpty() ? focus : rest;
    }

    private static Optional<Span> choose(String sentence, TypedQuestion question, QuestionAnalysis analysis,
            List<String> counted, List<String> ownWords, List<String> typedWords) {
        QuestionType type = question.type();
        List<Span> spanned = SpanFinder.find(sentence, type);
        List<Span> found = found(sentence, question, spanned);
        List<Span> spans = candidates(sentence, question, found, counted);
        if (spans.isEmpty() && type == QuestionType.PLACE) {
            found = SpanFinder.knownPlaces(sentence);
            spans = candidates(sentence, question, found, counted);
        }
        if (spans.isEmpty() && type == QuestionType.PERSON) {
            found = PersonSpans.quotedAfterTitle(sentence);
            spans = candidates(sentence, question, found, counted);
        }
        spans = NegatedClauses.agreeing(sentence, spans, question.folded());
        spans = question.holder().chosen(sentence, spans);
        if (spans.size() <= 1) {
            return spans.stream().findFirst();
        }
        ArabicTextNormalizer.Folded folded = ArabicTextNormalizer.foldWithOffsets(sentence);
        List<String> focus = analysis.focus();
        if (type == QuestionType.NUMBER || type == QuestionType.DATE) {
            // Every figure, dated years too: the year a question gives ("في نهاية عام 2009") is one. A
            // when-question's figure marks the clause of its date as well: "أي عام أعلنت… أن عدد سكان
            // العالم تجاوز 7 مليار" is answered by the date beside "7 مليار", not by "نهاية 2009" before it.
            List<Span> figures = type == QuestionType.NUMBER ? spanned : SpanFinder.find(sentence, QuestionType.NUMBER);
            List<Span> given = figures.stream()
                    .filter(s -> inQuestion(s, question.folded(), QuestionType.NUMBER)).toList();
            spans = NumberChoice.inClauseOfGiven(sentence, spans, given);
        }
        if (type == QuestionType.NUMBER) {
            if (!typedWords.equals(ownWords)) {
                // A follow-up's carried words name the story, which its figures share; the words
                // typed say which of them is asked: "وشكد واحد انصاب؟" after a question on an attack
                // is the wounded, though the carried "الإرهاب" stands beside the dead.
                spans = FigureTies.tiedToFocus(spans, folded, typedWords, counted);
            }
            spans = FigureTies.tiedToFocus(spans, folded, focus, counted);
        }
        List<SpanCloseness.Token> tokens = SpanCloseness.tokens(folded);
        if (type == QuestionType.PERSON) {
            spans = SpanCloseness.outsideOtherRelativeClauses(sentence, spans, tokens, focus);
        }
        SpanCloseness.FocusHits hits = SpanCloseness.FocusHits.of(tokens,
                type == QuestionType.NUMBER ? withoutCountWords(focus, counted) : focus);
        Span best = spans.get(0);
        double bestCloseness = -1;
        for (Span s : spans) {
            double closeness = type == QuestionType.DATE
                    ? SpanCloseness.closenessOfDate(sentence, s, tokens, hits, ownWords, found)
                    : SpanCloseness.closeness(sentence, s, tokens, hits, ownWords, found);
            if (closeness > bestCloseness + 1e-9) {
                bestCloseness = closeness;
                best = s;
            }
        }
        return Optional.of(best);
    }
}
