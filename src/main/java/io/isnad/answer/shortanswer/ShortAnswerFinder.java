package io.isnad.answer.shortanswer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.github.benmanes.caffeine.cache.Cache;

import io.isnad.answer.question.QuestionAnalysis;
import io.isnad.answer.question.QuestionAnalyzer;
import io.isnad.answer.question.QuestionType;
import io.isnad.index.Caches;
import io.isnad.ingest.arabic.ArabicCalendarWords;
import io.isnad.ingest.arabic.ArabicNewsSynonyms;
import io.isnad.ingest.arabic.ArabicNumberWords;
import io.isnad.ingest.arabic.ArabicPlurals;
import io.isnad.ingest.arabic.ArabicQuestionWords;
import io.isnad.ingest.arabic.ArabicRootSkeleton;
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
 * extent: the counted noun of "كم X" kept with its number, the year alone for a year question.
 */
public final class ShortAnswerFinder {

    /** Shortest prefix of a question word looked for in the sentence; Arabic glues affixes on. */
    private static final int STEM_PREFIX = 4;
    /** How many words after a number may name what it counts ("89 قتيلاً", "3 ملايين نسمة"). */
    private static final int COUNTED_NOUN_WINDOW = 2;
    /** "بل", which corrects a negated statement ({@link #corrected}). */
    private static final Pattern CORRECTION = Pattern.compile("(?<![\\p{L}])بل(?![\\p{L}])");
    private static final Pattern NEGATION = Pattern.compile("(?<![\\p{L}])(?:لم|لن|لا|ليس|ليست|ليسوا)(?![\\p{L}])");
    /** How far before بل its negation may stand, in characters: one clause. */
    private static final int NEGATION_REACH = 80;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}\\d]+");
    /**
     * The first focus word the sentence holds is most often the question's verb or event (متى
     * انتهت، متى ولد، كم عدد الاستحواذات): it counts this many times another word.
     */
    private static final double LEAD_WEIGHT = 2;
    /** A question word after the span counts this share of one before it. */
    private static final double AFTER_WEIGHT = 0.5;
    /** A year written alone (عام 2014، 1990م): a date, not a count. */
    private static final Pattern BARE_YEAR = Pattern.compile("(?:(?:" + ArabicCalendarWords.YEAR_WORD_ALTERNATION
            + ")\\s+)?(?:1\\d{3}|20\\d{2})(?:\\s*م)?");
    private static final Pattern NEXT_WORD = Pattern.compile("\\s+([\\p{L}\\p{M}]+)");
    /**
     * A Roman numeral of two letters or more, in its canonical form, as finals, wars and kings are
     * numbered (Super Bowl XXXIII, World War II); one letter is too often a word or an initial.
     */
    private static final Pattern ROMAN = Pattern.compile("(?<![\\p{L}])(?=[MDCLXVI]{2,}(?![\\p{L}]))"
            + "M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})(?![\\p{L}])");
    private static final Map<Character, Integer> ROMAN_DIGITS = Map.of('I', 1, 'V', 5, 'X', 10, 'L', 50, 'C', 100,
            'D', 500, 'M', 1000);
    /** A figure and the one word of its unit: 18 سنة، 5 أطفال. */
    private static final Pattern FIGURE_AND_UNIT = Pattern.compile("(\\d+(?:[.,]\\d+)*)\\s+[\\p{L}]+");
    /** A figure written in digits (folded), which stands without the unit it counts. */
    private static final Pattern DIGIT = Pattern.compile("\\d");
    /** The year of a date, with its era letter: 1366م، 358هـ (folded ه). */
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)\\d{3,4}(?!\\d)(?:\\s*[مه](?![\\p{L}]))?");
    /** A question that asks for a year: في أي عام، ما السنة التي، ما هو العام، in what year. */
    private static final Pattern ASKS_YEAR = Pattern.compile(
            "(?<![\\p{L}])(?:اي|ما|ماهي|ماهو|what|which)\\s+(?:(?:هي|هو)\\s+)?(?:"
            + ArabicCalendarWords.YEAR_WORD_ALTERNATION + "|year)(?![\\p{L}])");
    /** A word of at least three letters before a dual ending. */
    private static final Pattern DUAL = Pattern.compile("[\\p{L}]{3,}(?:ان|ين)");
    /** A question about a share, folded. */
    private static final Pattern ASKS_SHARE = Pattern.compile("نسبه|مئويه|percent");
    /** A figure given as a share. */
    private static final Pattern SHARE = Pattern.compile("[%٪]|" + String.join("|", ArabicNumberWords.PERCENT_WORDS)
            + "|percent");
    /** What stands between a figure and its share in brackets: "68511 (43.8%)". */
    private static final Pattern BRACKET = Pattern.compile("\\s*\\(\\s*");
    /** A bound written before a figure, folded: أكثر من، أقل من. */
    private static final Pattern BOUND = Pattern.compile("(?<![\\p{L}])(?:اكثر|اقل)\\s+من\\s+$");
    /**
     * The words of a date span that name no more than its years (folded): its year word and era,
     * and the words joining the two years of a period (1914 إلى 1918، 1500 و1850).
     */
    private static final Set<String> YEAR_ONLY_WORDS = Stream.concat(ArabicCalendarWords.YEAR_WORDS.stream(),
            Stream.of("year", "in", "م", "ه", "ق", "ميلادي", "ميلاديه", "هجري", "هجريه", "bc", "ad", "bce", "ce", "الي",
                    "حتي", "و", "to", "until", "and")).collect(Collectors.toUnmodifiableSet());
    /**
     * A question that asks how long (كم سنة، كم عاماً، كم من الوقت، كم دام، ما مدة، how long, for how many
     * years), folded and lower-cased: a length of time answers it, not a date or a bare count.
     */
    private static final Pattern ASKS_DURATION = Pattern.compile("(?<![\\p{L}])(?:(?:"
            + String.join("|", ArabicQuestionWords.HOW_MANY) + ")\\s+(?:(?:من\\s+)?(?:الوقت|"
            + ArabicCalendarWords.DURATION_ALTERNATION + ")|"
            + ArabicCalendarWords.alternation(ArabicCalendarWords.DURATION_VERBS) + ")|"
            + ArabicCalendarWords.alternation(ArabicCalendarWords.DURATION_NOUNS)
            + "|how\\s+long|how\\s+much\\s+time|how\\s+many\\s+(?:" + ArabicCalendarWords.DURATION_ALTERNATION
            + "))(?![\\p{L}])");
    /** A span that ends in a unit of duration: ثلاث سنوات، 5 أيام، خمس إلى عشر سنوات. */
    private static final Pattern DURATION = Pattern.compile(".*(?<![\\p{L}])(?:" + ArabicCalendarWords.DURATION_ALTERNATION
            + ")");
    /** A word that joins a clause on: a focus word after it is the next clause's, no clue for the span before. */
    private static final Set<String> CONJUNCTIONS = Set.of("و", "and");
    /** Words a relative clause may run from its pronoun to a name in it: "التي شنها معارضو الرئيس السوري بشار". */
    private static final int RELATIVE_REACH = 6;
    /** What ends a clause between two words. */
    private static final Pattern CLAUSE_END = Pattern.compile("[،,.؛;:]");
    private static final Pattern YEAR_WORD = Pattern.compile("(" + ArabicCalendarWords.YEAR_WORD_ALTERNATION + "|year)\\s+");
    /** What joins the two dates of a life: "(1332 - 1406م)", "(14 مارس 1879 – 18 أبريل 1955)". */
    private static final Pattern LIFE_DASH = Pattern.compile("\\s*[-–—]\\s*");
    /**
     * The words of a sentence that may be duals, by sentence: bounded to a few MB, like the spans
     * ({@code SpanFinder}); a sentence's entry depends on nothing else, so it is never stale.
     */
    private static final Cache<String, List<DualWord>> DUAL_WORDS = Caches.builder().maximumSize(20_000).build();

    private ShortAnswerFinder() {
    }

    /** The answering span of {@code sentence}, offsets relative to it, or empty. */
    public static Optional<Span> find(String sentence, QuestionType type, String question) {
        return find(sentence, type, question, List.of(), List.of());
    }

    /**
     * As {@link #find(String, QuestionType, String)}, with more words that stand for the question's
     * focus in the sentence's language: the Arabic translations of an English question's words, so
     * that "how many were wounded" ties the number to جريحاً as the Arabic question would.
     *
     * @param translatedCounted the Arabic translations of the noun an English how-many question
     *        counts ({@link QuestionAnalysis#tallied}: "how many children" → طفل), which tie a number
     *        followed by one of them as "كم طفلا" ties "5 أطفال"
     */
    public static Optional<Span> find(String sentence, QuestionType type, String question, List<String> translatedFocus,
            List<String> translatedCounted) {
        if (!type.typed()) {
            return Optional.empty();
        }
        QuestionAnalysis asked = QuestionAnalyzer.analyze(question);
        if (type == QuestionType.PLACE && QuestionAnalyzer.asksSeveralPlaces(asked)) {
            return Optional.empty();
        }
        List<String> focus = new ArrayList<>(asked.focus());
        focus.addAll(translatedFocus);
        QuestionAnalysis analysis = new QuestionAnalysis(asked.type(), focus, asked.counted(), asked.tallied(),
                asked.byNoun(), asked.asksName(), asked.head());
        List<String> counted = new ArrayList<>(translatedCounted);
        if (!asked.tallied().isEmpty()) {
            counted.add(asked.tallied());
        }
        return choose(sentence, TypedQuestion.of(question, type, focus), analysis, counted, asked.focus()).map(span -> switch (type) {
            case NUMBER -> withBound(sentence, withCountedNoun(sentence, span, analysis.counted()));
            case DATE -> ASKS_YEAR.matcher(ArabicTextNormalizer.normalize(question).toLowerCase(Locale.ROOT)).find()
                    ? yearOnly(sentence, span) : span;
            default -> span;
        });
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
     *        it ("عدد الضحايا بلغ 89"), as {@link #tiedToFocus} ties it; a dual of the noun (مرحلتين)
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
        List<Span> found = SpanFinder.find(sentence, question.type());
        List<Span> spans = candidates(sentence, question, found);
        return new Fit(!spans.isEmpty(), !spans.isEmpty() && question.type() == QuestionType.NUMBER
                && !tallied.isEmpty() && countsTallied(sentence, tallied, found, spans));
    }

    /** {@link Fit#countsTallied}, given a how-many question's spans of the sentence: those found and those kept. */
    private static boolean countsTallied(String sentence, List<String> tallied, List<Span> found, List<Span> spans) {
        if (found.isEmpty()) {
            // The spans are duals of the question's words: is one the dual of the counted noun?
            List<String> bare = tallied.stream()
                    .map(n -> ArabicTextNormalizer.withoutArticle(ArabicTextNormalizer.normalize(n))).toList();
            return DUAL_WORDS.get(sentence, ShortAnswerFinder::dualWords).stream()
                    .anyMatch(d -> spans.contains(d.span()) && bare.stream().anyMatch(d::of));
        }
        ArabicTextNormalizer.Folded folded = ArabicTextNormalizer.foldWithOffsets(sentence);
        List<int[]> words = words(folded);
        List<FocusWord> nouns = tallied.stream().map(FocusWord::of).toList();
        return spans.stream().anyMatch(s -> !afterYearWord(s, words, folded)
                && (tie(s, words, folded, nouns, nouns) > 0 || unitTiesTo(s, nouns)));
    }

    /**
     * Whether a span names its unit after its figure and the unit is one of {@code nouns}: a length
     * of time is found with it ("600 سنة", "ثلاث سنوات").
     */
    private static boolean unitTiesTo(Span s, List<FocusWord> nouns) {
        Matcher m = WORD.matcher(s.folded());
        boolean first = true;
        while (m.find()) {
            // A word after the figure, or after the first word of a figure in words (ثلاث).
            boolean afterFigure = !first || s.folded().substring(0, m.start()).chars().anyMatch(Character::isDigit);
            first = false;
            if (afterFigure && tiesTo(m.group(), ArabicRootSkeleton.of(m.group()), nouns)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the word right before a figure is a year word: "سنة 1308" dates an event, it counts no
     * years, though its word before would tie it to "كم سنة".
     */
    private static boolean afterYearWord(Span s, List<int[]> words, ArabicTextNormalizer.Folded folded) {
        int[] before = null;
        for (int[] w : words) {
            if (w[1] > s.start()) {
                break;
            }
            before = w;
        }
        return before != null
                && ArabicCalendarWords.YEAR_WORDS.contains(folded.text().substring(before[2], before[3]));
    }

    /**
     * A question as the search for spans reads it, prepared once for the many sentences ranked for
     * it: the kind of answer it asks for, its folded text, and the words whose dual counts two.
     *
     * @param dualOf the question's words of three letters or more, without the article, that are no
     *        stop words ({@link #duals})
     * @param named the question's content words ({@link QuestionAnalysis#focus}), with an English
     *        question's Arabic translations where {@link #find} is given them, without the article,
     *        those of three letters or more: a name among them is no answer ({@link #namedInQuestion})
     * @param holder for an identity who-question, the title and country it names: a name with another
     *        title or country's is no answer
     */
    public record TypedQuestion(QuestionType type, String folded, List<String> dualOf, List<String> named,
            TitleHolder holder) {

        public static TypedQuestion of(String question, QuestionType type) {
            return of(question, type, QuestionAnalyzer.analyze(question).focus());
        }

        static TypedQuestion of(String question, QuestionType type, List<String> focus) {
            String folded = withRomanValues(question, ArabicTextNormalizer.normalize(question));
            List<String> asked = new ArrayList<>();
            Matcher q = WORD.matcher(folded);
            while (q.find()) {
                String bare = ArabicTextNormalizer.withoutArticle(q.group());
                if (bare.length() >= 3 && !ArabicStopWords.contains(q.group())) {
                    asked.add(bare);
                }
            }
            List<String> named = focus.stream().map(ArabicTextNormalizer::withoutArticle).filter(f -> f.length() >= 3)
                    .toList();
            return new TypedQuestion(type, folded, List.copyOf(asked), named,
                    type == QuestionType.PERSON ? TitleHolder.asked(folded, focus) : TitleHolder.NONE);
        }
    }

    /**
     * The folded question with the value of each Roman numeral it writes after it: "How old was
     * Elway in Super Bowl XXXIII?" names the 33 of "السوبر بول 33 في عمر 38", which is what it asks
     * about ({@link #inQuestion}), not its answer.
     */
    private static String withRomanValues(String question, String folded) {
        StringBuilder values = new StringBuilder(folded);
        Matcher m = ROMAN.matcher(question);
        while (m.find()) {
            int value = 0;
            for (int i = 0; i < m.group().length(); i++) {
                int digit = ROMAN_DIGITS.get(m.group().charAt(i));
                boolean subtracted = i + 1 < m.group().length() && digit < ROMAN_DIGITS.get(m.group().charAt(i + 1));
                value += subtracted ? -digit : digit;
            }
            values.append(' ').append(value);
        }
        return values.toString();
    }

    /**
     * The spans of the asked kind that the question does not already contain, nor for a name a word
     * of its focus ({@link #namedInQuestion}); for a how-many question with no figure in the
     * sentence, the dual of the asked noun.
     */
    private static List<Span> candidates(String sentence, TypedQuestion question, List<Span> found) {
        String foldedQuestion = question.folded();
        boolean name = question.type() == QuestionType.PERSON || question.type() == QuestionType.PLACE;
        List<Span> spans = found.stream()
                .filter(s -> !inQuestion(s, foldedQuestion, question.type())
                        && !(name && namedInQuestion(s, question.named())))
                .filter(s -> !question.holder().otherThan(sentence, s))
                .map(s -> withoutAskedUnit(sentence, s, foldedQuestion))
                .toList();
        spans = corrected(sentence, spans);
        if (question.type() == QuestionType.DATE) {
            return withYearAsked(ofLife(sentence, inAskedEra(spans, foldedQuestion), foldedQuestion), foldedQuestion);
        }
        if (question.type() != QuestionType.NUMBER) {
            return spans;
        }
        return spans.isEmpty() && found.isEmpty() ? duals(sentence, question)
                : byDuration(sentence, byShare(sentence, withoutYears(notInCalendarDates(sentence, spans)),
                        foldedQuestion), foldedQuestion);
    }

    /**
     * What follows بل corrects what a negation shortly before it said: in "لم تغادر يوم أمس الاثنين، بل
     * يوم الخميس الماضي" the planes left on Thursday. A span between the negation and بل is no answer
     * when another follows بل.
     */
    private static List<Span> corrected(String sentence, List<Span> spans) {
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
        return figure.matches() && holdsFigure(foldedQuestion, figure.group(1));
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

    private static boolean holdsWord(String text, Set<String> words) {
        return anyWord(text, words::contains);
    }

    /** Whether a word of {@code text}, lower-cased, passes {@code test}. */
    private static boolean anyWord(String text, Predicate<String> test) {
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            if (test.test(m.group())) {
                return true;
            }
        }
        return false;
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

    private static boolean startsWord(String text, Set<String> stems) {
        return anyWord(text, word -> stems.stream().anyMatch(word::startsWith));
    }

    /**
     * A question for a year (في أي عام، ما هو العام) is answered by a date that holds one: not by "العاشر
     * من رمضان" beside "عام 1973".
     */
    private static List<Span> withYearAsked(List<Span> spans, String foldedQuestion) {
        if (!ASKS_YEAR.matcher(foldedQuestion.toLowerCase(Locale.ROOT)).find()) {
            return spans;
        }
        List<Span> years = spans.stream().filter(s -> YEAR.matcher(s.folded()).find()).toList();
        return years.isEmpty() ? spans : years;
    }

    /**
     * A how-long question (كم سنة استمرت، كم من الوقت، how long) is answered by a length of time
     * when the sentence gives one ("ثلاث سنوات"), not by a year or another count beside it; else by
     * the period the sentence bounds with two years ({@link SpanFinder}: "من 1870 إلى 1939"), whose
     * first year alone says when it began, not how long it lasted.
     */
    private static List<Span> byDuration(String sentence, List<Span> spans, String foldedQuestion) {
        if (!ASKS_DURATION.matcher(foldedQuestion.toLowerCase(Locale.ROOT)).find()) {
            return spans;
        }
        List<Span> durations = spans.stream().filter(s -> DURATION.matcher(s.folded()).matches()).toList();
        if (!durations.isEmpty()) {
            return durations;
        }
        List<Span> periods = SpanFinder.find(sentence, QuestionType.DATE).stream()
                .filter(d -> YEAR.matcher(d.folded()).results().count() == 2).toList();
        return periods.isEmpty() ? spans : periods;
    }

    /**
     * The day or year of a calendar date is no count: "بدأت في 18 يونيو عام 1994" holds no answer
     * to "كم فيلماً…", and a sentence holding only such figures must not be preferred as one that
     * answers a how-many question. A year alone (عام 1994، 1388) stays a figure: it may be a count,
     * and {@link #withoutYears} already prefers another figure to it.
     */
    private static List<Span> notInCalendarDates(String sentence, List<Span> spans) {
        List<Span> dates = SpanFinder.find(sentence, QuestionType.DATE).stream()
                .filter(ShortAnswerFinder::calendarDate).toList();
        if (dates.isEmpty()) {
            return spans;
        }
        return spans.stream().filter(s -> dates.stream().noneMatch(d -> d.start() <= s.start() && s.end() <= d.end()))
                .toList();
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
     * Arabic counts two with the dual of the noun itself: "جامعتان" answers "كم عدد الجامعات",
     * "مرتين" answers "كم مرة", "فريقين" answers "كم عدد الفرق". A dual is an indefinite word
     * ending in ان/ين (تان/تين after a feminine noun) whose singular is a word of the question, the
     * same word or of the same root skeleton. Looked for only in a sentence holding no figure or
     * number word: elsewhere an -ين ending is more often a plural than a count. A word the question
     * itself holds is no answer, as with any span: "همدان" of "قاعدة همدان" only looks like a dual
     * of its own root.
     */
    private static List<Span> duals(String sentence, TypedQuestion question) {
        List<String> asked = question.dualOf();
        List<Span> duals = new ArrayList<>();
        for (DualWord dual : DUAL_WORDS.get(sentence, ShortAnswerFinder::dualWords)) {
            if (question.folded().contains(dual.span().folded())) {
                continue;
            }
            if (asked.stream().anyMatch(dual::of)) {
                duals.add(dual.span());
            }
        }
        return duals;
    }

    /**
     * A word of a sentence that may be a dual, and the singular it would be the dual of.
     *
     * @param feminine the singular with a ta marbuta where the dual writes ت before the ending
     *        (جامعتان: جامعة)
     */
    private record DualWord(Span span, String stem, String feminine) {

        /** Whether this is the dual of {@code noun} (folded, without the article), the same word or its plural. */
        boolean of(String noun) {
            return noun.equals(stem) || ArabicPlurals.sameNoun(feminine, noun);
        }
    }

    /**
     * The words of {@code sentence} that look like duals (indefinite, ending in ان/ين), in text
     * order: they depend on the sentence alone, and every how-many question ranks the same
     * sentences of an article again.
     */
    private static List<DualWord> dualWords(String sentence) {
        ArabicTextNormalizer.Folded folded = ArabicTextNormalizer.foldWithOffsets(sentence);
        List<DualWord> duals = new ArrayList<>();
        Matcher m = WORD.matcher(folded.text());
        while (m.find()) {
            String word = m.group();
            if (word.startsWith("ال") || !DUAL.matcher(word).matches()) {
                continue;
            }
            String stem = word.substring(0, word.length() - 2);
            // جامعتان: the ta marbuta of جامعة is written ت before the ending.
            String feminine = stem.endsWith("ت") ? stem.substring(0, stem.length() - 1) + "ه" : stem;
            duals.add(new DualWord(new Span(folded.start(m.start()), folded.end(m.end()), word), stem, feminine));
        }
        return List.copyOf(duals);
    }

    private static Optional<Span> choose(String sentence, TypedQuestion question, QuestionAnalysis analysis,
            List<String> counted, List<String> ownWords) {
        QuestionType type = question.type();
        List<Span> found = SpanFinder.find(sentence, type);
        List<Span> spans = candidates(sentence, question, found);
        if (spans.isEmpty() && type == QuestionType.PLACE) {
            found = SpanFinder.knownPlaces(sentence);
            spans = candidates(sentence, question, found);
        }
        if (spans.size() <= 1) {
            return spans.stream().findFirst();
        }
        ArabicTextNormalizer.Folded folded = ArabicTextNormalizer.foldWithOffsets(sentence);
        List<String> focus = analysis.focus();
        if (type == QuestionType.NUMBER) {
            spans = tiedToFocus(spans, folded, focus, counted);
        }
        List<Token> tokens = tokens(folded);
        if (type == QuestionType.PERSON) {
            spans = outsideOtherRelativeClauses(sentence, spans, tokens, focus);
        }
        Span best = spans.get(0);
        double bestCloseness = -1;
        for (Span s : spans) {
            double closeness = closeness(s, tokens, focus, ownWords, found);
            if (closeness > bestCloseness + 1e-9) {
                bestCloseness = closeness;
                best = s;
            }
        }
        return Optional.of(best);
    }

    /**
     * A name inside a relative clause on a noun the question does not name does what that clause
     * says, not what the question asks: in "قد قُتل خلال الهجمات التي شنها معارضو الرئيس السوري بشار
     * الأسد" the killed is not al-Assad, who stands in the clause on الهجمات, while in "الهجوم الذي
     * شنته قوات…" the clause is on the attack the question asks about. Such names are dropped while
     * another candidate is left. A clause runs back from the name to its relative pronoun within
     * {@value #RELATIVE_REACH} words, and no further than a comma or full stop.
     */
    private static List<Span> outsideOtherRelativeClauses(String sentence, List<Span> spans, List<Token> tokens,
            List<String> focus) {
        List<String> probes = focus.stream().map(ShortAnswerFinder::probe).filter(p -> p.length() >= 3).toList();
        List<Span> kept = spans.stream().filter(s -> !inOtherRelativeClause(sentence, s, tokens, probes)).toList();
        return kept.isEmpty() ? spans : kept;
    }

    private static boolean inOtherRelativeClause(String sentence, Span span, List<Token> tokens, List<String> probes) {
        int first = 0;
        while (first < tokens.size() && tokens.get(first).end() <= span.start()) {
            first++;
        }
        for (int j = first - 1; j >= Math.max(0, first - RELATIVE_REACH); j--) {
            if (CLAUSE_END.matcher(sentence.substring(tokens.get(j).end(), tokens.get(j + 1).start())).find()) {
                return false;
            }
            if (ArabicStopWords.isRelativePronoun(tokens.get(j).folded())) {
                // The head noun opens with a question word's first letters: "مات" (died) is inside الهجمات.
                String head = j > 0 ? ArabicTextNormalizer.withoutArticle(tokens.get(j - 1).folded()) : "";
                return probes.stream().noneMatch(head::startsWith);
            }
        }
        return false;
    }

    /**
     * A name the question gives is what it asks about, not its answer: "مع من التقى عراقجي في دمشق؟"
     * is not answered by "عباس عراقجي", nor "Which city will Araghchi visit after Damascus?" by
     * دمشق. A word of the span is the question's when, without the article, it is one of the
     * question's words (for an English question, their Arabic translations, which are stems) or such
     * a stem with a suffix of up to two letters.
     */
    private static boolean namedInQuestion(Span span, List<String> named) {
        Matcher m = WORD.matcher(span.folded());
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
     * "كم مقاطعة…؟" is answered by "22 مقاطعة": the noun the question counts is kept with the
     * number when the sentence puts it right after it, in the plural too ("كم مرة…" → "ثماني
     * مرات"). Not a unit of measure or tally after a figure in digits ({@link ArabicNumberWords#isUnitNoun}:
     * كيلومتراً، نقطة، مرة، نوعاً): "كم نقطة…" asks for the figure, "308", as "how many points" does,
     * where "31 امرأة" names the women counted. A number word keeps even a unit: it agrees with
     * its noun in gender and reads cut short without it (ثماني مرات، ثلاثة أنواع). A population
     * keeps نسمة whatever the question names ({@link ArabicNumberWords#PERSONS}): "128 مليون نسمة". It is
     * added after the span is chosen, so the words around the figure weigh as before.
     */
    private static Span withCountedNoun(String sentence, Span span, String counted) {
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
     * Whether {@code next}, the word after the figure of {@code span}, is the noun the question
     * counts, and one the answer keeps: no unit after a figure in digits.
     */
    private static boolean namesCounted(Span span, String next, String counted) {
        if (counted.isEmpty() || ArabicNumberWords.isUnitNoun(counted) && DIGIT.matcher(span.folded()).find()) {
            return false;
        }
        return FocusWord.of(counted).matches(next, ArabicRootSkeleton.of(next)) || ArabicPlurals.sameNoun(next, counted);
    }

    /**
     * "أكثر من 70,000" is not 70,000: a bound before a figure is part of the quantity the sentence
     * states, so the answer keeps it (the renderer gives "more than 70,000"). "حوالي" and "نحو"
     * are left out: an approximate figure is still the figure.
     */
    private static Span withBound(String sentence, Span span) {
        ArabicTextNormalizer.Folded before = ArabicTextNormalizer.foldWithOffsets(sentence.substring(0, span.start()));
        Matcher m = BOUND.matcher(before.text());
        if (!m.find()) {
            return span;
        }
        return new Span(before.start(m.start()), span.end(), m.group() + span.folded());
    }

    /** "في أي سنة…" asks for the year of a date, not its day and month ("7 يناير 1943" → 1943). */
    private static Span yearOnly(String sentence, Span span) {
        ArabicTextNormalizer.Folded folded = ArabicTextNormalizer.foldWithOffsets(
                sentence.substring(span.start(), span.end()));
        Matcher m = YEAR.matcher(folded.text());
        if (!m.find() || m.group().length() == folded.text().length()) {
            return span;
        }
        return new Span(span.start() + folded.start(m.start()), span.start() + folded.end(m.end()), m.group());
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
     * A how-many question counts something: of numbers in a sentence, the one whose counted noun
     * (the word after it) or governing noun (the word before it) is a focus word of the question
     * answers it, as "89 قتيلاً" does for "كم عدد القتلى" beside "277 جريحاً". The counted noun
     * weighs more: in "89 قتيلاً و277 جريحاً" the word before 277 is قتيلاً. The governing noun may
     * stand a verb away ("عدد الجرحى بلغ 277"); neither noun is looked for across another figure. Matching is by stem
     * prefix, by root skeleton (القتلى / قتيلاً) or as singular and plural (قارة / قارات). The noun the question
     * counts ({@link QuestionAnalysis#tallied}: كم مرة، كم عدد النساء; an English question's through
     * its Arabic translations: "how many children" ties "5 أطفال"), right after a number, weighs
     * most. All spans when none is tied.
     */
    private static List<Span> tiedToFocus(List<Span> spans, ArabicTextNormalizer.Folded folded, List<String> focus,
            List<String> counted) {
        List<int[]> words = words(folded);
        List<FocusWord> asked = focus.stream().map(FocusWord::of).toList();
        List<FocusWord> countedNoun = counted.stream().map(FocusWord::of).toList();
        int best = 0;
        List<Span> tied = new ArrayList<>();
        for (Span s : spans) {
            int tie = tie(s, words, folded, asked, countedNoun);
            if (tie > best) {
                best = tie;
                tied.clear();
            }
            if (tie == best) {
                tied.add(s);
            }
        }
        return tied;
    }

    /** Each word of the folded text: its original start and end, its folded start and end. */
    private static List<int[]> words(ArabicTextNormalizer.Folded folded) {
        List<int[]> words = new ArrayList<>();
        Matcher m = WORD.matcher(folded.text());
        while (m.find()) {
            words.add(new int[] {folded.start(m.start()), folded.end(m.end()), m.start(), m.end()});
        }
        return words;
    }

    /**
     * How a number is tied to the question's words ({@link #tiedToFocus}): 3 when the word right
     * after it is the noun the question counts, in the singular or the plural ("ثماني مرات" for "كم
     * مرة", beside "مرة واحدة وكأس…" whose next clause names another asked word), 2 by its counted
     * noun, 1 by its governing noun, 0 not at all.
     */
    private static int tie(Span s, List<int[]> words, ArabicTextNormalizer.Folded folded, List<FocusWord> focus,
            List<FocusWord> counted) {
        int tie = 0;
        int after = 0;
        int before = -1;
        for (int i = 0; i < words.size(); i++) {
            int[] w = words.get(i);
            if (w[1] <= s.start()) {
                before = i;
            } else if (w[0] >= s.end() && after < COUNTED_NOUN_WINDOW) {
                after++;
                if (figureAfter(folded, s, w[2])) {
                    after = COUNTED_NOUN_WINDOW;
                    continue;
                }
                String word = folded.text().substring(w[2], w[3]);
                String skeleton = ArabicRootSkeleton.of(word);
                if (after == 1 && tiesTo(word, skeleton, counted)) {
                    tie = 3;
                } else if (tie < 2 && tiesTo(word, skeleton, focus)) {
                    tie = 2;
                }
            }
        }
        for (int i = before; tie == 0 && i >= 0 && i > before - COUNTED_NOUN_WINDOW; i--) {
            int[] w = words.get(i);
            if (figureBetween(folded.text(), w[3], s, folded)) {
                break;
            }
            String word = folded.text().substring(w[2], w[3]);
            tie = tiesTo(word, ArabicRootSkeleton.of(word), focus) ? 1 : 0;
        }
        return tie;
    }

    /**
     * Whether a figure stands between a word (its end in the folded text) and the span: "عدد
     * الجرحى بلغ 277" names the wounded two words before their number, but in "89 قتيلاً و277" the
     * noun before 277 belongs to 89.
     */
    private static boolean figureBetween(String foldedText, int wordEnd, Span span, ArabicTextNormalizer.Folded folded) {
        int spanStart = wordEnd;
        while (spanStart < foldedText.length() && folded.start(spanStart) < span.start()) {
            spanStart++;
        }
        return foldedText.substring(wordEnd, spanStart).chars().anyMatch(Character::isDigit);
    }

    /**
     * Whether a figure stands between the span and a word after it (the word's start in the folded
     * text): in "23–16، بتسجيله 11 نقطة" the points are 11's, not 23's or 16's.
     */
    private static boolean figureAfter(ArabicTextNormalizer.Folded folded, Span span, int wordStart) {
        String text = folded.text();
        for (int i = wordStart - 1; i >= 0 && folded.start(i) >= span.end(); i--) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a number's noun is one the question asks about ({@link FocusWord#matches}), also in the
     * plural where the question has the singular or the other way round ("7 قارات" for "كم قارة"، "27
     * دولة" for "كم عدد الدول"), or in other words of the news synonym table: "89 شهيداً" counts the
     * dead of "كم عدد القتلى".
     *
     * @param skeleton the root skeleton of {@code word}, compared with each focus word's
     */
    private static boolean tiesTo(String word, String skeleton, List<FocusWord> focus) {
        for (FocusWord f : focus) {
            if (f.matches(word, skeleton) || ArabicPlurals.sameNoun(word, f.word())
                    || ArabicNewsSynonyms.sameGroup(word, skeleton, f.word(), f.skeleton())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A focus word with what a word of the sentence is compared with, each read once: its first
     * letters and its root skeleton. A number's nearby words are compared with every focus word, and
     * each focus word with the words near every number.
     */
    private record FocusWord(String word, String probe, String skeleton) {

        static FocusWord of(String word) {
            return new FocusWord(word, ShortAnswerFinder.probe(word), ArabicRootSkeleton.of(word));
        }

        /**
         * Whether {@code word} (of root skeleton {@code skeleton}) holds this word's first letters, or
         * shares its skeleton when that is long enough to count ({@link ArabicRootSkeleton#same}).
         */
        boolean matches(String word, String skeleton) {
            return probe.length() >= 3 && word.contains(probe)
                    || skeleton.length() >= ArabicRootSkeleton.MIN_LENGTH && skeleton.equals(this.skeleton);
        }
    }

    /**
     * Whether a date span names more than a year: a month, a weekday, a day word, a century. A time
     * ago ("66 مليون سنة خلت") is a length of time, which a how-many question may ask for.
     */
    private static boolean calendarDate(Span date) {
        if (holdsWord(date.folded(), ArabicCalendarWords.AGO_WORDS)) {
            return false;
        }
        Matcher m = WORD.matcher(date.folded());
        while (m.find()) {
            if (!YEAR_ONLY_WORDS.contains(m.group())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A bare year is not a count: "كم… " answered with 2014 from "في عام 2014 أخرج 25 جثة" is
     * wrong. Years are dropped when the sentence holds another number.
     */
    private static List<Span> withoutYears(List<Span> spans) {
        List<Span> counts = spans.stream().filter(s -> !BARE_YEAR.matcher(s.folded()).matches()).toList();
        return counts.isEmpty() ? spans : counts;
    }

    /** The first letters of a focus word, without the article, looked for in the sentence. */
    private static String probe(String word) {
        String bare = ArabicTextNormalizer.withoutArticle(word);
        return bare.length() > STEM_PREFIX ? bare.substring(0, STEM_PREFIX) : bare;
    }

    /** A word or figure of the sentence: its original offsets and its folded text. */
    private record Token(int start, int end, String folded) {
    }

    private static List<Token> tokens(ArabicTextNormalizer.Folded sentence) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(sentence.text());
        while (m.find()) {
            tokens.add(new Token(sentence.start(m.start()), sentence.end(m.end()), m.group()));
        }
        return tokens;
    }

    /**
     * How closely the question's words surround a span: for each focus word, the nearest of its
     * occurrences counts 1/(1 + the number of words between it and the span), a word after the
     * span half as much (Arabic puts the event and its subject before the date or figure: "توفي …
     * في 1943"), and the first of the question's own words ({@code ownWords}, not an English
     * question's translations) found in the sentence {@value #LEAD_WEIGHT} times. Summed over the
     * focus words, so the span that the verb, the subject and the object all stand near wins over
     * one that stands right next to a single word. Occurrences inside a candidate span do not
     * count: "عام" of "في أي عام" is not a clue that "عام 1990" is meant.
     */
    private static double closeness(Span span, List<Token> tokens, List<String> focus, List<String> ownWords,
            List<Span> candidates) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.end() > span.start() && t.start() < span.end()) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 0) {
            return 0;
        }
        double sum = 0;
        boolean lead = true;
        for (String word : new LinkedHashSet<>(focus)) {
            String probe = probe(word);
            if (probe.length() < 3) {
                continue;
            }
            double best = 0;
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if ((i >= first && i <= last) || !t.folded().contains(probe) || inside(t, candidates)
                        || i > last && inNextClause(tokens, last, i, probe)) {
                    continue;
                }
                best = Math.max(best, i < first ? 1.0 / (first - i) : AFTER_WEIGHT / (i - last));
            }
            boolean leads = lead && best > 0 && ownWords.contains(word);
            sum += (leads ? LEAD_WEIGHT : 1) * best;
            lead &= best == 0;
        }
        return sum;
    }

    /**
     * Whether the focus word at {@code at}, after a span ending at token {@code last}, belongs to a
     * clause joined on by و: glued to it ("بدأت في 1914 وانتهت في 1918": انتهت is 1918's verb, not
     * 1914's) or standing alone between them.
     */
    private static boolean inNextClause(List<Token> tokens, int last, int at, String probe) {
        String word = tokens.get(at).folded();
        if (word.startsWith("و") && !word.startsWith(probe)) {
            return true;
        }
        for (int i = last + 1; i < at; i++) {
            if (CONJUNCTIONS.contains(tokens.get(i).folded())) {
                return true;
            }
        }
        return false;
    }

    private static boolean inside(Token token, List<Span> spans) {
        return spans.stream().anyMatch(s -> token.start() >= s.start() && token.end() <= s.end());
    }
}
