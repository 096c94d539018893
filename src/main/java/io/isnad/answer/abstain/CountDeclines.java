package io.isnad.answer.abstain;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.isnad.answer.AskedQuestion;
import io.isnad.answer.ShortAnswer;
import io.isnad.answer.question.QuestionAnalysis;
import io.isnad.answer.question.QuestionType;
import io.isnad.answer.shortanswer.ShortAnswerFinder;
import io.isnad.answer.shortanswer.Span;
import io.isnad.answer.shortanswer.SpanFinder;
import io.isnad.answer.shortanswer.TypedQuestion;
import io.isnad.ingest.arabic.ArabicCalendarWords;
import io.isnad.ingest.arabic.ArabicNumberWords;
import io.isnad.ingest.arabic.ArabicPlaceNames;
import io.isnad.ingest.arabic.ArabicQuestionWords;
import io.isnad.ingest.arabic.ArabicNewsSynonyms;
import io.isnad.ingest.arabic.ArabicRootSkeleton;
import io.isnad.ingest.arabic.ArabicTextNormalizer;

/**
 * The checks of a how-many question's answer that decline it whatever the abstention model says: the
 * quoted figure counts another group than the asked one (other dead or wounded, the residents, the
 * civilians), no quoted sentence gives a figure of the counted noun, the short answer counts nothing or counts
 * places the question does not ask, a how-long question is answered with no length of time, or the question counts
 * something its judged article never names. One kind of {@link Decline}; the others are in {@link Declines},
 * {@link OfficeDeclines}, {@link TimeDeclines} and {@link ReportDeclines}.
 */
public final class CountDeclines {

    /** Characters after a short answer that hold the word next to it, with its diacritics and a glued pronoun. */
    private static final int NEXT_WORD_CHARS = 24;
    /**
     * The end of a text before a part of a whole: the word that opens the parts ("بينهم"), then the parts before
     * the last, each a figure, its noun and the و glued to the next ("بينهم 31 امرأة و" before "5 أطفال").
     */
    private static final Pattern PARTS_OPENED = Pattern.compile(
            "([\\p{L}\\p{M}]+)\\s+(?:\\p{N}[\\p{N}.,٬]*\\s+[\\p{L}\\p{M}]+\\s+و\\s*)*$");
    /** Characters before a short answer that hold the word opening its parts and two parts before it. */
    private static final int PARTS_CHARS = 64;
    /** The English noun of a game's score, which a figure answers ({@link #noScore}). */
    private static final String SCORE = "score";

    private CountDeclines() {
    }

    /**
     * Whether a how-many question asks for one thing news figures count ({@link
     * ArabicNewsSynonyms#counted}: the killed, the wounded, the residents) and the sentence quoted to
     * answer it names another but not the asked one ("How many people were wounded…?" answered by
     * "قُتل ما بين 120 و130 شخصًا"): its figure counts something else, and the question is declined
     * whatever the abstention model says. As the feature {@code nameMissing} it declined no question
     * (that one scored 0.58 against the threshold 0.42), and it is too rare to refit a weight of its
     * own (docs/answers.md, "Twentieth round, second wave: the figure of the asked relation"). Only
     * the words the user typed count, translated for an English question. A question that asks for
     * no toll is read by {@link #countsOnlyTolls}, and so is one counting a length of time ({@link #countsLength}),
     * whatever words of killing stand beside its noun.
     */
    public static boolean otherToll(AskedQuestion question, List<String> quoted, List<String> translatedFocus,
            List<String> tallied) {
        if (question.analysis().type() != QuestionType.NUMBER) {
            return false;
        }
        Set<Integer> asked = ArabicNewsSynonyms.counted(question.english()
                ? String.join(" ", translatedFocus) : question.asked());
        if (asked.isEmpty() || countsLength(question)) {
            return countsOnlyTolls(question, quoted, tallied);
        }
        Set<Integer> given = ArabicNewsSynonyms.counted(quoted.getFirst());
        return !given.isEmpty() && given.stream().noneMatch(asked::contains);
    }

    /**
     * Whether a how-many or who-question that asks of the killed ({@link ArabicNewsSynonyms#countsKilled}, an English
     * question by its translated focus: "How many Palestinians had been killed in Gaza by the time the ceasefire
     * took effect?"، "كم واحد انقتل…؟") is answered by sentences none of which tells of a death ({@link
     * ArabicCalendarWords#tellsOfDeath}: قتل، مقتل، ضحايا، مات، توفي، هلك): "…وشهد حتى الآن إطلاق سراح ثلاثة
     * رهائن" counts the hostages released, not the dead, and the question is declined whatever the abstention
     * model says, which passed it at .75. {@link #otherToll} declines a sentence that names another toll; this
     * one names none, as {@link TimeDeclines#noDeath} declines a when-question for a death answered by a
     * sentence that tells of none (docs/answers.md, "unans48"). A who-question asking of the killed ("من قتل
     * احاديه بن على؟") is read so too: a sentence telling no death names no killer nor any of the dead, and
     * "كان بن مهيدي لاعبا في كرة القدم…" was passed at .84 for that arcd near miss (docs/answers.md, "cross54").
     * A question counting a length of time ({@link #countsLength}) asks of no dead.
     */
    public static boolean noDeathTold(AskedQuestion question, List<String> quoted, List<String> translatedFocus) {
        QuestionType type = question.analysis().type();
        if (type != QuestionType.NUMBER && type != QuestionType.PERSON || quoted.isEmpty() || countsLength(question)) {
            return false;
        }
        List<String> asked = question.english() ? ArabicTextNormalizer.words(String.join(" ", translatedFocus))
                : question.analysis().words();
        return ArabicNewsSynonyms.countsKilled(asked) && quoted.stream().noneMatch(ArabicCalendarWords::tellsOfDeath);
    }

    /**
     * Whether a how-many question counts a length of time: the noun it counts ({@link QuestionAnalysis#tallied}) is
     * a unit of time ({@link ArabicCalendarWords#namesLength}: كم ساعة، "How many hours…?"). Such a question counts
     * no toll, whatever word of killing its other words hold or translate to: "How many hours of non-stop fighting
     * did the rebels' military operations command cite…?" reads the dead in "fighting" (قتال shares قتل's root
     * skeleton) and in "cite" (استشهد, also "was martyred"), and was declined on the sentence giving "36 ساعة"
     * (docs/answers.md, "fresh63c").
     */
    private static boolean countsLength(AskedQuestion question) {
        String noun = question.analysis().tallied();
        return !noun.isEmpty() && ArabicCalendarWords.namesLength(noun);
    }

    /**
     * Whether a how-many question that counts a thing which is no toll ("كم عدد الطلاب الذين
     * تخرجوا…؟", "كم عدد الطائرات المسيّرة…؟") is quoted a sentence whose figures count the dead or
     * the wounded ("…ارتفاع عدد ضحايا الاعتداء إلى 89 شهيداً… عدد الجرحى بلغ 277") and none the asked
     * thing. Both are read as the short answer ties a figure to its noun ({@link
     * ShortAnswerFinder.Fit#countsTallied}), not by the words alone: "الطائرات المقاتلة" or "وشهد" name no
     * toll that a figure counts. An English noun left untranslated says nothing either way. The
     * sentences are all those the answer quotes: the graduation's sentence may
     * lead and the tolls' stand beside it (docs/answers.md, "Twenty-third round: questions the seed
     * articles cannot answer").
     */
    private static boolean countsOnlyTolls(AskedQuestion question, List<String> quoted, List<String> tallied) {
        List<String> counted = tallied.stream()
                .filter(w -> !ArabicRootSkeleton.of(w).isEmpty()).toList();
        if (counted.isEmpty()) {
            return false;
        }
        TypedQuestion kind = TypedQuestion.of(question.text(), QuestionType.NUMBER, question.searched().focus());
        return quoted.stream().anyMatch(text -> countsToll(text, kind))
                && quoted.stream().noneMatch(text -> countsAsked(text, kind, counted));
    }

    /**
     * Whether a figure of a text counts the asked noun ({@code counted}, which names no toll). Persons ({@link
     * ArabicNewsSynonyms#PERSONS}, "people" translated أشخاص) counted in a text that names a toll ({@link
     * ArabicNewsSynonyms#tollsNamed}) are the toll's, as {@link #countsToll} reads them: "قُتل ما بين 120 و130
     * شخصًا" counts the killed, not the people "How many people does the Syrian Observatory for Human Rights have
     * reporting for it…?" asks of, which names no toll (docs/answers.md, "unans63"). A text naming none may count
     * the asked persons ("وأجلي 300 شخص").
     */
    private static boolean countsAsked(String text, TypedQuestion kind, List<String> counted) {
        List<String> asked = ArabicNewsSynonyms.tollsNamed(text).isEmpty() ? counted
                : counted.stream().filter(word -> !ArabicNewsSynonyms.isPersons(word)).toList();
        return !asked.isEmpty() && ShortAnswerFinder.fit(text, kind, asked).countsTallied();
    }

    /**
     * Whether a figure of a text counts a toll: it is tied to a toll's noun ("89 شهيداً"، "عدد الجرحى بلغ 277"), or
     * to a noun of persons ({@link ArabicNewsSynonyms#PERSONS}) in a text that names a toll by its verb ("قُتل ما بين
     * 120 و130 شخصًا"): news counts the dead as persons as often as by a toll's noun, and that figure counts the
     * killed, not the evacuated nationals "How many Iranian nationals were evacuated…?" asks of (docs/answers.md,
     * "count60").
     */
    private static boolean countsToll(String text, TypedQuestion kind) {
        return ShortAnswerFinder.fit(text, kind, ArabicNewsSynonyms.TOLLS).countsTallied()
                || !ArabicNewsSynonyms.tollsNamed(text).isEmpty()
                        && ShortAnswerFinder.fit(text, kind, ArabicNewsSynonyms.PERSONS).countsTallied();
    }

    /**
     * Whether a how-many question (its type read from كم، قديش، how many, or from the count noun عدد: "ما هو
     * عدد الولايات…؟" asks how many as "كم عدد…؟" does, while "ما نسبة" may be answered in words and names no
     * counted noun) that names what it counts ({@code tallied}) is quoted sentences none of which holds a
     * figure: no number in digits or words ({@link SpanFinder}'s number spans) but
     * the day or year of a calendar date ({@link SpanFinder#notInCalendarDates}), no word
     * of a vague quantity ({@link ArabicNumberWords#isQuantityWord}: عدة، بضعة، مئات) and no dual of a
     * word of the question (جامعتان for "كم عدد الجامعات"، فريقين). A sentence that counts nothing
     * cannot say how many ("قديش كان عدد الطيارات الروسية…؟" answered by Shamkhani's words on the
     * planes leaving), and the question is declined whatever the abstention model says; the model
     * passed such answers at .84 to .96. A question that names no counted noun ("كم هي المساحة
     * التي…؟", answered "مناطق شاسعة") is left to the model (docs/answers.md, "Twenty-second round:
     * dialect words as Standard, with the figureless how-many decline"; "Twenty-sixth round"). A question
     * typed by its noun names a counted noun only after عدد or تعداد ({@link QuestionAnalysis#tallied}), so
     * only such a one is read, as its كم form is (docs/answers.md, "cross50"). The dialects' "how many ones" (كم
     * واحد، قديش واحد: {@link ArabicQuestionWords#countsPeople}) names no noun but counts persons all the same, and
     * "كم واحد يتابع حساب حسن عبد الغني على منصة إكس؟" answered by his words on X, which count nothing, is read as
     * "كم شخصاً" is (docs/answers.md, "unans63"). A how-much question naming no counted noun but what something is
     * worth or costs ({@link ArabicNumberWords#valuesAsked}: "كم تُقدَّر قيمة الأسلحة والمركبات المدرعة التي استولت
     * عليها هيئة تحرير الشام…؟") asks a sum, a figure all the same, and is read with its value noun as the counted
     * one: "استولت على مخازن أسلحة وعدد من المركبات المدرعة" says nothing of their worth (docs/answers.md, "neg65").
     */
    public static boolean noFigure(AskedQuestion question, List<String> quoted, List<String> tallied) {
        if (question.analysis().type() != QuestionType.NUMBER) {
            return false;
        }
        List<String> words = question.analysis().words();
        List<String> counted = !tallied.isEmpty() ? tallied
                : ArabicQuestionWords.countsPeople(words) ? ArabicNewsSynonyms.PERSONS
                : ArabicNumberWords.valuesAsked(words);
        if (counted.isEmpty()) {
            return false;
        }
        TypedQuestion kind = TypedQuestion.of(question.text(), QuestionType.NUMBER, question.searched().focus());
        return quoted.stream().noneMatch(text -> holdsFigure(text, kind, counted));
    }

    /**
     * Whether an English query typed as into a search box that names a count by its noun ({@link
     * QuestionAnalysis#searchBoxKind}: "iran consulate damascus strike casualties", "russian bombers
     * hamadan number of sorties syria") is quoted sentences none of which holds a figure, as {@link
     * #noFigure} reads a how-many question: a calendar date ("في 30 نوفمبر"), a year written with a word ("منذ
     * عام 2020": {@link SpanFinder#notInWrittenDates}) or a death told without a toll says nothing of how many,
     * and the query is declined whatever the abstention model says, which passed such answers at .83 to .87
     * (docs/answers.md, "unans42"). A query closing on "how many" names its count so too ("turkish troops idlib
     * ceasefire how many").
     */
    public static boolean noFigureNamed(AskedQuestion question, List<String> quoted, List<String> tallied) {
        if (question.analysis().searchBoxKind() != QuestionType.NUMBER) {
            return false;
        }
        TypedQuestion kind = TypedQuestion.of(question.text(), QuestionType.NUMBER, question.searched().focus());
        return !quoted.isEmpty() && quoted.stream().noneMatch(text -> holdsFigure(text, kind, tallied,
                SpanFinder.notInWrittenDates(text, SpanFinder.find(text, QuestionType.NUMBER))));
    }

    /**
     * Whether an English question asking a rate per unit of time ({@link ArabicCalendarWords#asksRate}: "How many
     * aid trucks a day enter Gaza…?", "iran yearly spending on syria how much per year") is answered by sentences
     * none of which writes a rate ({@link ArabicCalendarWords#tellsRate}: سنويا، في السنة، كل يوم): "يوم الأحد"
     * dates a day and "عام 2015" a year, and a total ("أنفقت ما بين 20 إلى 30 مليار دولار") is no amount a year.
     * The question is declined whatever the abstention model says, which passed such answers at .63 and .89 (the
     * translation's year or day is met in the sentence's date; docs/answers.md, "fresh48b").
     */
    public static boolean noRate(AskedQuestion question, List<String> quoted) {
        return question.english() && !quoted.isEmpty() && ArabicCalendarWords.asksRate(question.analysis().words())
                && quoted.stream().noneMatch(ArabicCalendarWords::tellsRate);
    }

    /**
     * Whether an English question typed by its noun asks a game's score ("What was the final score of the AFC
     * Championship Game?") and is answered by sentences none of which writes a figure (a number in digits or words,
     * not the day or year of a calendar date) or a goalless draw ({@link ArabicNumberWords#writesGoallessDraw}). A
     * score is written in figures (20–18، 23–16): a sentence on a game's rules ("فتكون نتيجة المباراة إما التعادل…")
     * gives none, and the question is declined whatever the abstention model says, which passed that one at .73. The
     * other quantity nouns are left to the model: a percentage, a size or an area is often given in words (نصف،
     * مناطق شاسعة), as {@link #noFigure} leaves "ما نسبة" (docs/answers.md, "cross63").
     */
    public static boolean noScore(AskedQuestion question, List<String> quoted) {
        QuestionAnalysis analysis = question.analysis();
        return question.english() && analysis.type() == QuestionType.NUMBER && analysis.byNoun()
                && analysis.words().contains(SCORE) && !quoted.isEmpty()
                && quoted.stream().noneMatch(text -> ArabicNumberWords.writesGoallessDraw(text)
                        || !figures(text).isEmpty());
    }

    /**
     * Whether a text gives a figure, a vague quantity or a dual of a word of a how-many question or of
     * the noun it counts ({@code tallied}): an English question's words are English, so the dual that
     * answers it (فريقين for "How many teams…", جامعتان for "How many universities…") is found only
     * through the counted noun's Arabic translations, which {@code tallied} holds. A figure the question
     * itself writes is none ({@link ShortAnswerFinder#givenByQuestion}, as the short answer reads it): it is
     * what the question counts within, not how many ("idlib ceasefire violations count since 2020" answered
     * by "منذ عام 2020…", docs/answers.md, "unans44").
     */
    private static boolean holdsFigure(String text, TypedQuestion kind, List<String> tallied) {
        return holdsFigure(text, kind, tallied, figures(text));
    }

    /** A text's number spans in digits or words but the day or year of a calendar date: those that may count. */
    private static List<Span> figures(String text) {
        return SpanFinder.notInCalendarDates(text, SpanFinder.find(text, QuestionType.NUMBER));
    }

    /** {@link #holdsFigure}, with the text's number spans that may count ({@code figures}) found by the caller. */
    private static boolean holdsFigure(String text, TypedQuestion kind, List<String> tallied, List<Span> figures) {
        return figures.stream().anyMatch(span -> !ShortAnswerFinder.givenByQuestion(span, kind))
                || ShortAnswerFinder.fit(text, kind, tallied).holdsAnswer()
                || ArabicTextNormalizer.words(text).stream().anyMatch(ArabicNumberWords::isQuantityWord);
    }

    /**
     * Whether a how-long question ({@link ShortAnswerFinder#asksDuration}: كم سنة دامت، how long, how
     * many days) is answered with no length of time. With a short answer, it is a figure that gives none
     * ({@link ShortAnswerFinder#givesLength}): "أكثر من 60" counts the coalition's states, not the days
     * asked. Without one, no quoted sentence names a unit of time ({@link ArabicCalendarWords#namesLength}):
     * "How long was the truce supposed to last?" answered by the day it took effect. Such an answer says
     * nothing of how long, and the question is declined whatever the abstention model says, as {@link
     * #noFigure} declines a how-many question answered with no figure (docs/answers.md, "unans41"). A bare
     * figure that a quoted sentence writes with its unit of time gives a length: "How many seconds were left?" is
     * answered "17" of "مع 17 ثانية بقيت", the unit the question names left out (docs/answers.md, "short56").
     *
     * @param shortAnswer the answer's short answer, or null when it has none
     */
    public static boolean noLength(AskedQuestion question, ShortAnswer shortAnswer, List<String> quoted) {
        if (question.analysis().type() != QuestionType.NUMBER || !ShortAnswerFinder.asksDuration(question.text())) {
            return false;
        }
        return shortAnswer != null
                ? !ShortAnswerFinder.givesLength(shortAnswer.text()) && !writtenWithLength(shortAnswer.text(), quoted)
                : quoted.stream().noneMatch(ArabicCalendarWords::namesLength);
    }

    /**
     * Whether a quoted sentence writes {@code answer}, a whole figure, with a unit of time right after it ("17
     * ثانية"); "أكثر من 60 دولة" counts states, and "60" of it gives no length.
     */
    private static boolean writtenWithLength(String answer, List<String> quoted) {
        Pattern withWord = Pattern.compile("(?<![\\d.,])" + Pattern.quote(answer) + "\\s+(\\p{L}+)");
        return quoted.stream().flatMap(sentence -> withWord.matcher(sentence).results())
                .anyMatch(r -> ShortAnswerFinder.givesLength(answer + " " + r.group(1)));
    }

    /**
     * Whether the short answer to a how-many question that asks of one toll and not the other ({@link
     * ArabicNewsSynonyms#counted}: the killed or the wounded; an English question by its translated focus) is a part
     * given right after "among them" or "of whom" ({@link ArabicNumberWords#countsPartOfWhole}) of a whole whose
     * clause names the other toll and not the asked one: "How many women were among the wounded…?" answered "31" of
     * "ارتفاع عدد ضحايا الاعتداء إلى 89 شهيداً، بينهم 31 امرأة و5 أطفال، مشيرةً إلى أن عدد الجرحى بلغ 277" gives the
     * women among the dead, and its children, after the women and و, are as much a part of the dead. {@link
     * #otherToll} reads the sentence whole, which names the wounded too. The question is declined whatever the
     * abstention model says, which passed it (docs/answers.md, "count60"). A whole naming both tolls or none ("89
     * شخصاً، بينهم") says nothing either way.
     *
     * @param before the article's text before the short answer
     */
    public static boolean partOfAnotherToll(AskedQuestion question, List<String> translatedFocus, String before) {
        if (question.analysis().type() != QuestionType.NUMBER) {
            return false;
        }
        int tailStart = Math.max(0, before.length() - PARTS_CHARS);
        Matcher part = PARTS_OPENED.matcher(before.substring(tailStart));
        if (!part.find() || !ArabicNumberWords.countsPartOfWhole(ArabicTextNormalizer.normalize(part.group(1)))) {
            return false;
        }
        Set<Integer> asked = ArabicNewsSynonyms.tollsNamed(question.english()
                ? String.join(" ", translatedFocus) : question.asked());
        Set<Integer> whole = ArabicNewsSynonyms.tollsNamed(wholeBefore(before.substring(0, tailStart + part.start())));
        return whole.size() == 1 && asked.size() == 1 && !whole.equals(asked);
    }

    /**
     * The clause that names the whole a part after "among them" is of, given the text before that word: its own
     * clause ("قُتل 89 شخصاً بينهم") or, when a comma stands right before the word, the clause before the comma
     * ("ارتفاع عدد ضحايا الاعتداء إلى 89 شهيداً، بينهم").
     */
    private static String wholeBefore(String text) {
        String head = text.stripTrailing();
        int start = ReportDeclines.lastClauseStart(head);
        if (start < head.length() || start == 0) {
            return head.substring(start);
        }
        String before = head.substring(0, start - 1);
        return before.substring(ReportDeclines.lastClauseStart(before));
    }

    /**
     * Whether the short answer to a how-many question is a length of time ({@link ShortAnswerFinder#countsTime}:
     * ثلاث سنوات، 36 ساعة) while the question counts a noun it names after عدد or تعداد, or after "how many"
     * ({@link QuestionAnalysis#tallied}), which is no unit of time, and asks no length: "كم كان عدد جنود
     * النظام…؟" answered "36 ساعة", how long the battles lasted. A figure of time counts no soldiers, and the
     * question is declined whatever the abstention model says, which passed such answers at .62 and above.
     * The noun after كم is not read: a verb may stand there and ask how long in its own words ("كم قضى في
     * السجن؟" answered "6 أشهر") (docs/answers.md, "cross50").
     */
    public static boolean timeForCount(AskedQuestion question, ShortAnswer shortAnswer) {
        QuestionAnalysis analysis = question.analysis();
        return analysis.type() == QuestionType.NUMBER && analysis.counted().isEmpty() && !analysis.tallied().isEmpty()
                && !ArabicCalendarWords.namesLength(analysis.tallied())
                && !ShortAnswerFinder.asksDuration(question.text()) && ShortAnswerFinder.countsTime(shortAnswer.text());
    }

    /**
     * Whether a how-many question that names what it counts ({@link QuestionAnalysis#tallied}: "ما هو عدد القتلى…؟",
     * "How many people…?") has for its short answer the numerator of a fraction: a figure followed by a plural
     * fraction ({@link ArabicNumberWords#isPluralFraction}: "قُتل نحو ثلاثة أرباعهم", three quarters of them). It
     * gives a share of a whole, not how many, and the question is declined whatever the abstention model says,
     * which passed "ما هو عدد القتلى نتيجة الحرب العالمية الأولى؟" at .67 on the Huguenots' three quarters. A
     * question naming no counted noun ("ما نسبة…") may be answered by a share and is left out. Tuning parts: that
     * one answer; no answered question of any set had another (docs/answers.md, "cross52").
     *
     * @param after the article's text after the short answer
     */
    public static boolean fractionForCount(AskedQuestion question, String after) {
        if (question.analysis().type() != QuestionType.NUMBER || question.analysis().tallied().isEmpty()) {
            return false;
        }
        return nextWord(after).filter(ArabicNumberWords::isPluralFraction).isPresent();
    }

    /**
     * Whether the short answer to a how-many question, not a follow-up, is a figure of places: the word right after
     * it is a noun a figure counts places by ({@link ArabicPlaceNames#countsPlaces}: "خمس دول أوروبية"), while no
     * word of the question names a place it might count (country, state, city, region; دولة، مدن، محافظات). The
     * figure says how many countries or cities something reached, not how many of what was asked, and the question
     * is declined whatever the abstention model says, which passed "How many bodies did Public Health England
     * exhume?" at .42 on Rothschild's five sons sent to "خمس دول أوروبية". A question that names a place counts it
     * ("How many countries are in the coalition?" answered "أكثر من 60 دولة"); a follow-up is left out, since the
     * places it counts may be named only by the turn before ("وكم عددها؟"). Tuning parts: that one negative and one
     * xquad-dev wrong answer ("ثمانية مناطق" for how much land is left undeveloped) read so, no hit of any set
     * (docs/answers.md, "cross64").
     *
     * @param after the article's text after the short answer
     */
    public static boolean placesForCount(AskedQuestion question, String after) {
        QuestionAnalysis analysis = question.analysis();
        return analysis.type() == QuestionType.NUMBER && question.previous().isEmpty()
                && analysis.words().stream().noneMatch(ArabicPlaceNames::countsPlaces)
                && nextWord(after).filter(ArabicPlaceNames::countsPlaces).isPresent();
    }

    /** The first word of a text, folded: the next word only, so the rest of the article need not be folded. */
    private static Optional<String> nextWord(String after) {
        List<String> next = ArabicTextNormalizer.words(after.substring(0, Math.min(after.length(), NEXT_WORD_CHARS)));
        return next.stream().findFirst();
    }

    /**
     * Whether a how-many or how-much question, not a follow-up, names a person, place or thing its judged
     * article never mentions (the model's {@code nameMissing}: a name the lexicon knows, a figure no
     * article gives, an unknown word shaped like a name): "كم أنفقت روسيا في سوريا؟" judged on the article
     * where طهران أنفقت…, "كم عدد الدول العربية في التحالف؟" on the coalition's 60 states. A count is of
     * its subject, so the article's figures are another subject's whatever else the sentence holds, and
     * the question is declined whatever the abstention model says. Not a when-question: measured, its
     * missing "name" was as often a common noun the lexicon also knows as a place (البلدان، دولة) or a
     * first name beside the surname the article writes, and answered questions were lost; nor a question
     * of another type, which may be answered by what the article says of the rest. A follow-up is left
     * out: its article is the conversation's, its names carried (docs/answers.md, "fresh34").
     */
    public static boolean countOfAnother(AskedQuestion question, AbstentionFeatures features) {
        return question.analysis().type() == QuestionType.NUMBER && question.previous().isEmpty()
                && features.nameMissing() > 0;
    }

    /**
     * Whether the short answer to a how-many question (its type read from كم، how many, not from a
     * noun: "ما رقم القرار" asks for a number that names) counts nothing: a figure that names a thing
     * by its number ({@link ArabicNumberWords#namesByNumber}: "القرار الدولي 2231" for "how many
     * bombers") or a quantity given by its order alone, with no figure (عشرات، آلاف: {@link
     * ArabicNumberWords#isVagueQuantity}). Neither says how many, and the question is declined whatever
     * the abstention model says. No answered how-many question of any set, answerable or not, had a
     * short answer of either kind that was right (docs/answers.md, "Thirty-first round: questions about
     * the seeds the articles cannot answer"). A figure right after the year's noun names a year by its
     * number the same way ("توفي في مصر سنة 204 هـ" for "How many people died of plague in Baghdad?"): a
     * count of years writes its figure before the noun ("204 سنوات"), never after it (docs/answers.md,
     * "cross52"). A figure right after a ranking's superlative is its length ({@link #ranked}).
     *
     * @param before the article's text before the short answer
     */
    public static boolean countsNothing(AskedQuestion question, ShortAnswer shortAnswer, String before) {
        if (question.analysis().type() != QuestionType.NUMBER || question.analysis().byNoun()) {
            return false;
        }
        List<String> answer = ArabicTextNormalizer.words(shortAnswer.text());
        boolean figure = answer.stream().anyMatch(w -> w.chars().anyMatch(Character::isDigit));
        if (!figure) {
            return vague(answer);
        }
        List<String> clause = ArabicTextNormalizer.words(before.substring(ReportDeclines.lastClauseStart(before)));
        return namedByNumber(clause) || ranked(clause, question.analysis().words());
    }

    /**
     * Whether the words of a clause end with a superlative that names a ranking by the figure after it ({@link
     * ArabicNumberWords#ranksByNumber}: "في قائمة أفضل 100 فريق", the hundred best teams) which the question does
     * not write: the figure is the list's length, and "How many teams has Manning played for that reached the
     * Super Bowl?" was answered "100" from it (p .44). A question asking of the ranking itself names its
     * superlative (docs/answers.md, "cross54").
     */
    private static boolean ranked(List<String> clause, List<String> asked) {
        return !clause.isEmpty() && ArabicNumberWords.ranksByNumber(clause.getLast())
                && !asked.contains(clause.getLast());
    }

    /**
     * Whether the words of a short answer without a figure give a quantity by its order alone: one is
     * a vague quantity and no number word of them has a value of its own ("ثلاثة آلاف" has).
     */
    private static boolean vague(List<String> answer) {
        return answer.stream().anyMatch(ArabicNumberWords::isVagueQuantity) && answer.stream()
                .allMatch(w -> !ArabicNumberWords.isNumberWord(w) || ArabicNumberWords.isVagueQuantity(w));
    }

    /**
     * Whether the words of a clause end with a noun that names a thing by the number written next
     * ({@link ArabicNumberWords#namesByNumber}) or with the year's noun ({@link ArabicCalendarWords#isYearWord}:
     * سنة، عام، لعام), or with such a noun and one adjective with the article ("القرار الدولي"): a word
     * without it ("القرار بأغلبية 13") opens another phrase.
     */
    private static boolean namedByNumber(List<String> clause) {
        int last = clause.size() - 1;
        if (last < 0) {
            return false;
        }
        return ArabicNumberWords.namesByNumber(clause.get(last)) || ArabicCalendarWords.isYearWord(clause.get(last))
                || last > 0 && clause.get(last).startsWith("ال") && ArabicNumberWords.namesByNumber(clause.get(last - 1));
    }
}
