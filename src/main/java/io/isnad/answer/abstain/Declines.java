package io.isnad.answer.abstain;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.apache.lucene.index.Term;

import io.isnad.answer.AskedQuestion;
import io.isnad.answer.ShortAnswer;
import io.isnad.answer.question.QuestionType;
import io.isnad.answer.shortanswer.KnownNames;
import io.isnad.answer.shortanswer.ShortAnswerFinder;
import io.isnad.answer.shortanswer.SpanFinder;
import io.isnad.answer.shortanswer.TypedQuestion;
import io.isnad.index.IndexField;
import io.isnad.index.Snapshot;
import io.isnad.ingest.arabic.ArabicCalendarWords;
import io.isnad.ingest.arabic.ArabicDialectWords;
import io.isnad.ingest.arabic.ArabicNumberWords;
import io.isnad.ingest.arabic.ArabicNewsSynonyms;
import io.isnad.ingest.arabic.ArabicPersonTitles;
import io.isnad.ingest.arabic.ArabicQuestionWords;
import io.isnad.ingest.arabic.ArabicRootSkeleton;
import io.isnad.ingest.arabic.ArabicSpeechVerbs;
import io.isnad.ingest.arabic.ArabicStopWords;
import io.isnad.ingest.arabic.ArabicTextNormalizer;
import io.isnad.ingest.arabic.ArabicTypos;
import io.isnad.retrieve.EvidenceTerm;

/**
 * The checks that decline a question whatever the abstention model says: the sentences the answer
 * would quote state another relation than the asked one (a figure of other dead or wounded for a
 * how-many question, or none at all, or a short answer that counts nothing, another office's holder for
 * a who-question, or the asked office's holder of another ministry or another country, or an office's
 * holder for its head, no time at all for a when-question, no year for a question for one, the day of the
 * report for a when-question about a deed, the source of the report for a who-question about a deed, a
 * person for a body), or
 * the question names a person no article names, or counts something of a subject its judged article never
 * names, or (in English) only names no chunk holds while no
 * article stands out of the search. Each is too rare in the
 * labelled data to be fitted as a feature of the model, and each was kept only where no answerable
 * check question was lost (docs/answers.md).
 *
 * <p>{@code quoted} is always the text of the sentences the answer quotes, the lead first, with its
 * typed neighbour or the antecedent of a lead that opens with a pronoun; a caller may leave it empty
 * for a question of a type no check reads it for ({@link #readsQuoted}).
 */
public final class Declines {

    /** What ends a clause before a name: a source and the name he is given stand in one. */
    private static final Pattern CLAUSE_END = Pattern.compile("[\\p{P}\\n]");
    /**
     * Words from a reporting verb to its source's name: a title with its qualifiers ("وقال المتحدث
     * باسم وزارة الخارجية الإيرانية إسماعيل بقائي") puts up to six between.
     */
    private static final int SOURCE_WINDOW = 7;
    /** إنّ، أنّ، بأنّ (folded) open the clause reported, whose subject is no source. */
    private static final Set<String> REPORTED_CLAUSE = Set.of("ان", "بان", "وان", "لان");
    /**
     * Words from a reporting verb back to the date of the report after its subject: a source with
     * his titles ("كشف أمين المجلس الأعلى للأمن القومي الإيراني علي شمخاني، يوم الثلاثاء، بأن…") puts
     * up to nine between, and the window stays inside the sentence.
     */
    private static final int REPORT_WINDOW = 12;
    /** Words after the date of a report within which the reported clause opens ("…الاثنين، إن روسيا…"). */
    private static final int REPORT_GAP = 3;

    /**
     * The search margin ({@link AbstentionFeatures#margin}: the best article's lead over the next) under
     * which no article stands out for {@link #unheldName}. On the tuning parts the English questions about
     * another corpus answered that name only what no chunk holds had margins of .00 to .26 in 9 of 12, the
     * answerable ones answered right .14 and .22 in 2 of 6, the others .41 to .57 (docs/answers.md,
     * "Twenty-fifth round: English questions naming nothing the corpus holds").
     */
    static final double NO_ARTICLE_AHEAD = 0.3;
    /** Words with the article that may stand between a noun and its demonym: "وزير الدفاع التركي". */
    private static final int NATIONALITY_GAP = 1;

    /**
     * Words beside its wording up to which a question is read as having no subject of its own ({@link
     * #wordingOnly}): a question of two such words and no name names no one (كم عد سكانها؟).
     */
    static final int SUBJECT_WORDS = 2;

    /** Share of an English question's words under which its judged sentence holds too few ({@link #fewWordsHeld}). */
    static final double FEW_WORDS_HELD = 0.5;
    /**
     * The abstention model's {@code mass} under which the evidence an English question's judged sentence
     * holds weighs little ({@link #fewWordsHeld}): about two words at the corpus's highest weight.
     */
    static final double LIGHT_MASS = 0.55;
    /**
     * The spread of the question's words over the judged article's main story under which it mentions them
     * only in passing ({@link #fewWordsHeld}): each held in about one sentence of eleven, or fewer.
     */
    static final double PASSING_SPREAD = 0.09;

    private Declines() {
    }

    /**
     * Whether a check here reads the quoted sentences of this question (a how-many, who-, when- or
     * yes/no question, or one that names a day of a month): only then need a caller find them.
     */
    public static boolean readsQuoted(AskedQuestion question) {
        QuestionType type = question.analysis().type();
        return type == QuestionType.NUMBER || type == QuestionType.PERSON || type == QuestionType.DATE
                || type == QuestionType.YESNO || ArabicCalendarWords.dayOfMonth(question.asked()) > 0;
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
     * no toll is read by {@link #countsOnlyTolls}.
     */
    public static boolean otherToll(AskedQuestion question, List<String> quoted, List<String> translatedFocus,
            List<String> tallied) {
        if (question.analysis().type() != QuestionType.NUMBER) {
            return false;
        }
        Set<Integer> asked = ArabicNewsSynonyms.counted(question.english()
                ? String.join(" ", translatedFocus) : question.asked());
        if (asked.isEmpty()) {
            return countsOnlyTolls(question, quoted, tallied);
        }
        Set<Integer> given = ArabicNewsSynonyms.counted(quoted.getFirst());
        return !given.isEmpty() && given.stream().noneMatch(asked::contains);
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
        TypedQuestion kind = TypedQuestion.of(question.text(), QuestionType.NUMBER);
        return quoted.stream()
                .anyMatch(text -> ShortAnswerFinder.fit(text, kind, ArabicNewsSynonyms.TOLLS).countsTallied())
                && quoted.stream().noneMatch(text -> ShortAnswerFinder.fit(text, kind, counted).countsTallied());
    }

    /**
     * Whether a how-many question (its type read from كم، قديش، how many, not from a noun: "ما نسبة"
     * may be answered in words) that names what it counts ({@code tallied}) is quoted sentences none of
     * which holds a figure: no number in digits or words ({@link SpanFinder}'s number spans) but
     * the day or year of a calendar date ({@link SpanFinder#notInCalendarDates}), no word
     * of a vague quantity ({@link ArabicNumberWords#isQuantityWord}: عدة، بضعة، مئات) and no dual of a
     * word of the question (جامعتان for "كم عدد الجامعات"، فريقين). A sentence that counts nothing
     * cannot say how many ("قديش كان عدد الطيارات الروسية…؟" answered by Shamkhani's words on the
     * planes leaving), and the question is declined whatever the abstention model says; the model
     * passed such answers at .84 to .96. A question that names no counted noun ("كم هي المساحة
     * التي…؟", answered "مناطق شاسعة") is left to the model (docs/answers.md, "Twenty-second round:
     * dialect words as Standard, with the figureless how-many decline"; "Twenty-sixth round").
     */
    public static boolean noFigure(AskedQuestion question, List<String> quoted, List<String> tallied) {
        if (question.analysis().type() != QuestionType.NUMBER || question.analysis().byNoun() || tallied.isEmpty()) {
            return false;
        }
        TypedQuestion kind = TypedQuestion.of(question.text(), QuestionType.NUMBER);
        return quoted.stream().noneMatch(text -> holdsFigure(text, kind, tallied));
    }

    /**
     * Whether a text gives a figure, a vague quantity or a dual of a word of a how-many question or of
     * the noun it counts ({@code tallied}): an English question's words are English, so the dual that
     * answers it (فريقين for "How many teams…", جامعتان for "How many universities…") is found only
     * through the counted noun's Arabic translations, which {@code tallied} holds.
     */
    private static boolean holdsFigure(String text, TypedQuestion kind, List<String> tallied) {
        return !SpanFinder.notInCalendarDates(text, SpanFinder.find(text, QuestionType.NUMBER)).isEmpty()
                || ShortAnswerFinder.fit(text, kind, tallied).holdsAnswer()
                || ArabicTextNormalizer.words(text).stream().anyMatch(ArabicNumberWords::isQuantityWord);
    }

    /**
     * Whether a who-question asks for the holder of an office ({@link ArabicPersonTitles#office}: "مين
     * قائد هيئة تحرير الشام؟", "Who is Turkey's foreign minister?") and the sentence quoted to answer it
     * names no holder of any office the question names: its person holds another office (رامي عبد
     * الرحمن، رئيس منظمة الرصد, for the armed group's leader) or it names none, and the question is
     * declined whatever the abstention model says. An office the question gives its subject ("Who did
     * Iran's foreign minister call?") is held by the sentence about that subject, so it costs nothing.
     * Only the words the user typed count, an English question's by its English office words ({@link
     * ArabicPersonTitles#englishOffices}). The holder may stand in a sentence quoted with the lead
     * ("…رامي عبد الرحمن، رئيس منظمة الرصد." opens the answer as the monitor's report's typed
     * neighbour), but not in any sentence beside it: "المتمردين بقيادة إسلاميين" before the monitor's
     * head let him answer for the armed group's leader (docs/answers.md,
     * "Twenty-first round, second wave: the asked role"). A yes/no question about what the holder of an
     * office did ("هل حضر وزير الدفاع السوري حفل التخريج؟") is read the same way: sentences naming no
     * holder of that office ("استهدفت التنظيمات المسلحة حفل تخريج…") tell of the event, not of him, and
     * cannot say yes or no (docs/answers.md, "fresh35").
     */
    public static boolean otherRole(AskedQuestion question, List<String> quoted) {
        QuestionType type = question.analysis().type();
        if (type != QuestionType.PERSON && type != QuestionType.YESNO) {
            return false;
        }
        Set<String> asked = question.english() ? ArabicPersonTitles.englishOffices(question.asked())
                : offices(question.asked());
        if (asked.isEmpty()) {
            return false;
        }
        return quoted.stream().flatMap(text -> offices(text).stream()).noneMatch(asked::contains);
    }

    /**
     * Whether a who-question asks for the holder of an office for a portfolio ({@link
     * ArabicPersonTitles#portfoliosOf}: "شكون هو وزير الداخلية ديال سوريا؟"، "مين المتحدث الرسمي باسم
     * الجيش السوري؟"، "Who is the spokesman of the Iranian defence ministry?") and the sentences quoted to
     * answer it give that office only for other portfolios ("وكان وزير الدفاع الإيراني حسين دهقان…"،
     * "المتحدث الرسمي باسم وزارة الخارجية الإيرانية بهرام قاسمي"): their person holds the asked office
     * of another ministry, as {@link #otherRole} finds a person holding another office, and the question
     * is declined whatever the abstention model says. A sentence that names the asked office with no
     * portfolio, or with the asked one, may answer; the asked portfolio is read after the office in an
     * Arabic question and anywhere in an English one ("Iran's foreign minister"), by the words the user
     * typed (docs/answers.md, "unans33: another ministry's or another country's holder of the asked
     * office is no answer").
     */
    public static boolean otherPortfolio(AskedQuestion question, List<String> quoted) {
        if (question.analysis().type() != QuestionType.PERSON) {
            return false;
        }
        Set<String> offices = question.english() ? ArabicPersonTitles.englishOffices(question.asked())
                : offices(question.asked());
        if (offices.isEmpty()) {
            return false;
        }
        Set<String> asked = question.english() ? ArabicPersonTitles.englishPortfolios(question.asked())
                : ArabicPersonTitles.portfoliosOf(ArabicTextNormalizer.words(question.asked()), offices);
        if (asked.isEmpty()) {
            return false;
        }
        Set<String> given = quoted.stream()
                .flatMap(text -> ArabicPersonTitles.portfoliosOf(ArabicTextNormalizer.words(text), offices).stream())
                .collect(Collectors.toSet());
        return !given.isEmpty() && given.stream().noneMatch(asked::contains);
    }

    /**
     * Whether an Arabic who-question asks for the head of a body by its office and rank ({@link
     * ArabicPersonTitles#headOffices}: "مين القائد العام للحرس الثوري؟") and no sentence quoted to answer
     * it gives that office with a head rank: "أحد القادة البارزين في الحرس الثوري" and "مقتل قائد بارز"
     * name a commander, not the commander-in-chief, though {@link #otherRole} finds the office in them.
     * The question is declined whatever the abstention model says. English questions are left out:
     * their offices are read from single words ({@link ArabicPersonTitles#englishOffices}).
     */
    public static boolean otherRank(AskedQuestion question, List<String> quoted) {
        if (question.analysis().type() != QuestionType.PERSON || question.english()) {
            return false;
        }
        Set<String> asked = ArabicPersonTitles.headOffices(ArabicTextNormalizer.words(question.asked()));
        return !asked.isEmpty() && quoted.stream().noneMatch(text -> ArabicPersonTitles.headOffices(
                ArabicTextNormalizer.words(text)).stream().anyMatch(asked::contains));
    }

    /**
     * Whether an Arabic question qualifies an office or a ministry by a nationality ("ماذا قال وزير
     * الدفاع التركي عن حلب؟"، "من هو المتحدث باسم الخارجية الروسية؟") and the sentences quoted to answer
     * it give that office only with other nationalities ("وفي رسالة إلى وزير الدفاع السوري، قال…"): they
     * speak of another country's minister, and the question is declined whatever the abstention model
     * says, as {@link #otherPortfolio} declines another ministry's holder. An office the sentences give
     * with the asked nationality (a spelling one letter apart that is no other root, انجليزية /
     * انكليزية, is the same), or with none, may answer, and so does a counterpart of the asked
     * nationality ("…اتصالاً هاتفياً بنظيره السوري، فيصل المقداد" for the Syrian minister). Offices
     * only: news prose leaves other nouns out ("المنطقة الناطقة بالفرنسية" for the French-speaking
     * region), and a country's name may hold a demonym ("المملكة العربية السعودية"). English questions
     * are left out: their nouns reach here only as translations, not bound to the adjective
     * (docs/answers.md, "unans33: another ministry's or another country's holder of the asked office is
     * no answer").
     */
    public static boolean otherNationality(AskedQuestion question, List<String> quoted) {
        if (question.english()) {
            return false;
        }
        Map<String, Set<String>> asked = nationalities(ArabicTextNormalizer.words(question.asked()));
        if (asked.isEmpty()) {
            return false;
        }
        Map<String, Set<String>> given = new HashMap<>();
        Set<String> counterparts = new HashSet<>();
        for (String text : quoted) {
            List<String> words = ArabicTextNormalizer.words(text);
            nationalities(words).forEach((noun, bases) -> given.computeIfAbsent(noun, n -> new HashSet<>()).addAll(bases));
            for (int w = 0; w + 1 < words.size(); w++) {
                if (ArabicPersonTitles.isCounterpart(words.get(w))) {
                    KnownNames.nationality(words.get(w + 1)).ifPresent(counterparts::add);
                }
            }
        }
        return asked.entrySet().stream().anyMatch(noun -> {
            Set<String> bases = given.getOrDefault(noun.getKey(), Set.of());
            return !bases.isEmpty() && noun.getValue().stream().noneMatch(base -> Stream.concat(bases.stream(),
                    counterparts.stream()).anyMatch(other -> sameNation(base, other)));
        });
    }

    /** Whether two demonym bases are one nation's, maybe spelled otherwise (انجليز / انكليز). */
    private static boolean sameNation(String base, String other) {
        return base.equals(other) || ArabicTypos.oneEditApart(base, other) && !ArabicTypos.otherRoot(base, other);
    }

    /**
     * The nationalities folded words give their offices and ministries ({@link ArabicPersonTitles#office},
     * {@link ArabicPersonTitles#portfolio}): a demonym ({@link KnownNames#nationality}) right after one,
     * or after it and up to {@value #NATIONALITY_GAP} words with the article between ("وزير الدفاع
     * التركي" qualifies both وزير and الدفاع). Keyed by the office or ministry, so that "بوزير الدفاع" and
     * "وزير الدفاع" meet.
     */
    private static Map<String, Set<String>> nationalities(List<String> words) {
        Map<String, Set<String>> byNoun = new HashMap<>();
        for (int w = 0; w < words.size(); w++) {
            String word = words.get(w);
            Optional<String> noun = ArabicPersonTitles.office(word).or(() -> ArabicPersonTitles.portfolio(word));
            if (noun.isEmpty()) {
                continue;
            }
            for (int next = w + 1; next < Math.min(words.size(), w + 2 + NATIONALITY_GAP); next++) {
                Optional<String> base = KnownNames.nationality(words.get(next));
                if (base.isPresent()) {
                    byNoun.computeIfAbsent(noun.get(), n -> new HashSet<>()).add(base.get());
                    break;
                }
                if (!words.get(next).startsWith("ال")) {
                    break;
                }
            }
        }
        return byNoun;
    }

    /**
     * Whether a when-question (متى، when: the question word asks for a time outright) is answered by
     * sentences that place nothing in time ({@link ArabicCalendarWords#placesInTime}: no figure, no
     * month, weekday or relative day, no unit of time, no عندما، بعد، منذ…): "متى وقعت اتفاقات أستانا؟"
     * answered by a headline that only names the agreements. Such sentences cannot say when, and the
     * question is declined whatever the abstention model says; its feature {@code typedMiss} weighs
     * next to nothing. The sentences are all those the answer quotes. A question
     * whose type was read from a noun (ما تاريخ، في أي فترة) is left out
     * (docs/answers.md, "Twenty-first round, third wave: what the unanswerable seed questions are
     * answered with").
     */
    public static boolean noTime(AskedQuestion question, List<String> quoted) {
        if (question.analysis().type() != QuestionType.DATE || question.analysis().byNoun()) {
            return false;
        }
        return quoted.stream().noneMatch(ArabicCalendarWords::placesInTime);
    }

    /**
     * Whether a question that names a day of a month ({@link ArabicCalendarWords#dayOfMonth}: "What did
     * Iran's foreign ministry confirm on December 5?") is answered by sentences none of which writes that
     * day ({@link ArabicCalendarWords#writesDay}), as a figure or an ordinal: they tell what happened on
     * another day ("في الأول من ديسمبر"), and the question is declined whatever the abstention model says.
     * Any figure of the day's value counts as written, so a sentence that may date the event is kept. The
     * sentences are all those the answer quotes (docs/answers.md, "fresh35").
     */
    public static boolean otherDay(AskedQuestion question, List<String> quoted) {
        int day = ArabicCalendarWords.dayOfMonth(question.asked());
        return day > 0 && !quoted.isEmpty() && quoted.stream().noneMatch(s -> ArabicCalendarWords.writesDay(s, day));
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
     * Whether a question for a year (في أي عام، in what year: {@link ShortAnswerFinder#asksYear}) is
     * answered by sentences none of which names a year ({@link ArabicCalendarWords#namesYear}): "يوم
     * الثلاثاء" dates a day of the week of the report, and says nothing of the year asked. So is a
     * when-question for an origin ({@link ArabicCalendarWords#asksOrigin}: "when was the Homs military
     * academy founded"), which a year dates (docs/answers.md, "fresh35"). The question
     * is declined whatever the abstention model says, as {@link #noTime} declines a when-question
     * answered with no time at all. The sentences are all those the answer quotes
     * (docs/answers.md, "Thirty-first round: questions about the seeds the articles cannot answer").
     */
    public static boolean noYear(AskedQuestion question, List<String> quoted) {
        boolean year = ShortAnswerFinder.asksYear(question.text()) || ArabicCalendarWords.asksOrigin(question.text());
        return question.analysis().type() == QuestionType.DATE && year
                && quoted.stream().noneMatch(ArabicCalendarWords::namesYear);
    }

    /**
     * Whether the short answer to a how-many question (its type read from كم، how many, not from a
     * noun: "ما رقم القرار" asks for a number that names) counts nothing: a figure that names a thing
     * by its number ({@link ArabicNumberWords#namesByNumber}: "القرار الدولي 2231" for "how many
     * bombers") or a quantity given by its order alone, with no figure (عشرات، آلاف: {@link
     * ArabicNumberWords#isVagueQuantity}). Neither says how many, and the question is declined whatever
     * the abstention model says. No answered how-many question of any set, answerable or not, had a
     * short answer of either kind that was right (docs/answers.md, "Thirty-first round: questions about
     * the seeds the articles cannot answer").
     *
     * @param before the article's text before the short answer
     */
    public static boolean countsNothing(AskedQuestion question, ShortAnswer shortAnswer, String before) {
        if (question.analysis().type() != QuestionType.NUMBER || question.analysis().byNoun()) {
            return false;
        }
        List<String> answer = ArabicTextNormalizer.words(shortAnswer.text());
        boolean figure = answer.stream().anyMatch(w -> w.chars().anyMatch(Character::isDigit));
        return figure ? namedByNumber(ArabicTextNormalizer.words(before.substring(lastClauseStart(before))))
                : vague(answer);
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
     * ({@link ArabicNumberWords#namesByNumber}), or with such a noun and one adjective with the
     * article ("القرار الدولي"): a word without it ("القرار بأغلبية 13") opens another phrase.
     */
    private static boolean namedByNumber(List<String> clause) {
        int last = clause.size() - 1;
        if (last < 0) {
            return false;
        }
        return ArabicNumberWords.namesByNumber(clause.get(last))
                || last > 0 && clause.get(last).startsWith("ال") && ArabicNumberWords.namesByNumber(clause.get(last - 1));
    }

    /**
     * Whether a who-question that asks neither for words said nor for the holder of an office
     * ("Who did Araghchi meet in Ankara?"، "Who commanded the Russian air units…?") is answered with
     * the person the quoted sentence attributes its report to: the name stands after a reporting verb
     * or a word of attribution ({@link ArabicSpeechVerbs#attributes}) in the same clause, with only
     * his titles between ("وقال المتحدث باسم وزارة الخارجية الإيرانية إسماعيل بقائي إن…"، "وفقًا
     * لمعلومات من رامي عبد الرحمن"). The source tells the news, he is not its actor, and the question
     * is declined whatever the abstention model says. A name after إنّ or أنّ is the reported
     * clause's subject, no source. A question about words ("Who said…?"، "من اتهم…؟", an English
     * question by its Arabic translations) or about an office ({@link #otherRole} reads those) may be
     * answered by the source (docs/answers.md, "Twenty-fourth round: the source of the report is not
     * the asked person").
     *
     * @param before the article's text before the short answer
     */
    public static boolean answersWithSource(AskedQuestion question, List<String> translatedFocus, String before) {
        if (question.analysis().type() != QuestionType.PERSON) {
            return false;
        }
        boolean office = question.english() ? !ArabicPersonTitles.englishOffices(question.asked()).isEmpty()
                : !offices(question.asked()).isEmpty();
        if (office || asksAboutWords(question, translatedFocus)) {
            return false;
        }
        List<String> clause = ArabicTextNormalizer.words(before.substring(lastClauseStart(before)));
        for (int w = clause.size() - 1; w >= Math.max(0, clause.size() - SOURCE_WINDOW); w--) {
            String word = clause.get(w);
            if (REPORTED_CLAUSE.contains(word)) {
                return false;
            }
            if (ArabicSpeechVerbs.attributes(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the short answer to a when-question that asks about no words said is the date of the
     * report: news prose dates its statements by the day the source spoke, in the reporting verb's own
     * clause ("وكان وزير الدفاع الإيراني حسين دهقان، نفى يوم الاثنين قيام…"، "كشف أمين المجلس… علي
     * شمخاني، يوم الثلاثاء، بأن…"، "وفي أبريل 2020، صرح…"). That day dates the telling, not the deed
     * told, and "When did the Russian bombers first arrive?" answered with it is answered with another
     * event's time; the question is declined whatever the abstention model says. The date is the
     * report's when a reporting verb ({@link ArabicSpeechVerbs#contains}) stands right before it or
     * right after it, or stands within {@value #REPORT_WINDOW} words before it (its subject and his
     * titles between) while a reported clause opens ({@link #REPORTED_CLAUSE}: إنّ، أنّ، بأنّ) within
     * {@value #REPORT_GAP} words after it. A date after إنّ or أنّ is the reported clause's own, and a
     * verb whose object comes between ("أعلن استقلال سوريا في 8 مارس 1920"، "أعلنت الفصائل… يوم الأربعاء،
     * إطلاق عملية…") dates the deed it announces, so neither is read as the report's. A question about
     * words ("متى أعلنت…؟"، "When did the ministry confirm…?", an English question by its Arabic
     * translations) is answered by the day of the report (docs/answers.md, the thirty-second round's
     * "a when-question answered with the day of the report").
     *
     * @param before the text of the short answer's sentence before it
     * @param after the text of the short answer's sentence after it
     */
    public static boolean datesTheReport(AskedQuestion question, List<String> translatedFocus, String before,
            String after) {
        if (question.analysis().type() != QuestionType.DATE || asksAboutWords(question, translatedFocus)) {
            return false;
        }
        List<String> following = ArabicTextNormalizer.words(after);
        if (!following.isEmpty() && ArabicSpeechVerbs.contains(following.getFirst())) {
            return true;
        }
        boolean opensReported = following.stream().limit(REPORT_GAP).anyMatch(REPORTED_CLAUSE::contains);
        List<String> preceding = ArabicTextNormalizer.words(before);
        for (int w = preceding.size() - 1, gap = 0; w >= 0 && gap < REPORT_WINDOW; w--, gap++) {
            String word = preceding.get(w);
            if (REPORTED_CLAUSE.contains(word)) {
                return false;
            }
            if (ArabicSpeechVerbs.contains(word)) {
                return gap == 0 || opensReported;
            }
        }
        return false;
    }

    /**
     * Whether a question asks about words said: one of its words, an English question's by its Arabic
     * translations, is a reporting verb or a stance voiced in words ({@link ArabicSpeechVerbs#asksAboutWords}).
     */
    private static boolean asksAboutWords(AskedQuestion question, List<String> translatedFocus) {
        Stream<String> asked = question.english() ? translatedFocus.stream().map(ArabicTextNormalizer::normalize)
                : ArabicTextNormalizer.words(question.asked()).stream().map(ArabicDialectWords::inStandard);
        return asked.anyMatch(ArabicSpeechVerbs::asksAboutWords);
    }

    /**
     * Where the last clause of {@code text} starts: after its last punctuation mark or line break.
     * Read backwards, since {@code text} is an article up to a short answer and only its end counts.
     */
    private static int lastClauseStart(String text) {
        int start = text.length();
        while (start > 0) {
            int before = text.codePointBefore(start);
            if (CLAUSE_END.matcher(Character.toString(before)).matches()) {
                break;
            }
            start -= Character.charCount(before);
        }
        return start;
    }

    /**
     * Whether a who-question that asks for a body of people by its noun ({@link
     * io.isnad.answer.question.QuestionAnalysis#asksForABody}: "Which group claimed responsibility…?")
     * has a person's name for its short answer: the short answer of a who-question is a person's
     * name, and the sentence that gives one tells what a person did, not which body did it ("حمّل
     * الرئيس الإيراني، إبراهيم رئيسي، مسؤولية…"). The question is declined whatever the abstention
     * model says; a sentence that names the body with no person answers without a short answer
     * (docs/answers.md, "Twenty-fourth round: the source of the report is not the asked person").
     */
    public static boolean personForABody(AskedQuestion question, ShortAnswer shortAnswer) {
        return shortAnswer != null && question.analysis().asksForABody();
    }

    /** The offices ({@link ArabicPersonTitles#office}) the words of a text give. */
    private static Set<String> offices(String text) {
        return ArabicTextNormalizer.words(text).stream()
                .flatMap(w -> ArabicPersonTitles.office(w).stream()).collect(Collectors.toSet());
    }

    /**
     * Whether an Arabic question names a person by two adjacent words that are both person names the
     * lexicon knows ({@link KnownNames#knownPerson}: قاسم سليماني، محمد جواد ظريف), one of which no
     * chunk of the corpus holds in any form: the articles never name that person, and the question
     * is declined whatever the abstention model says. Its subject's words are then a small share of
     * its weight ("وين انقتل قاسم سليماني؟" was answered with coverage .16 once its dialect verb was
     * searched as Standard, قاسم being held by another person's قاسمي). Two name words, not one: a
     * single given name the lexicon knows is as often a common word (جواد، سعيد); and only Arabic
     * questions, whose names are spelled as the articles would spell them, not transliterated
     * (docs/answers.md, "Twenty-third round: dialect words as Standard, and a person no article names").
     */
    public static boolean absentPerson(Snapshot corpus, AskedQuestion question) {
        if (question.english()) {
            return false;
        }
        List<String> words = ArabicTextNormalizer.words(question.text());
        for (int w = 1; w < words.size(); w++) {
            String first = words.get(w - 1);
            String second = words.get(w);
            if (personName(first) && personName(second) && (unheld(corpus, first) || unheld(corpus, second))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an English question, not a follow-up, names with a capital letter (after its first word)
     * only things no chunk of the corpus holds in any reading, neither a translation nor a spelling of a
     * transliteration nor the English word ("Marlee Matlin", "Tesla" asked of an archive that never
     * names them), and no article stands out of the search ({@code margin} under {@value
     * #NO_ARTICLE_AHEAD}). The corpus does not report on what the question is about, and the answer would
     * rest on the common senses its other words share with several articles alike; the question is
     * declined whatever the abstention model says. One unheld name beside names the corpus holds
     * ("Greater Los Angeles", "Virgin Media") is more often a word the articles spell or translate
     * otherwise: declining on any unheld name cost 5 answer hits on the tuning parts, not 2, for 11
     * negatives, not 9. Or whether an Arabic question, not a follow-up, names a place or person the
     * lexicon knows that no chunk writes in any of the lexicon's spellings ({@code unwrittenName}: {@link
     * SentenceJudge#unwrittenName}, computed once for this and the model's feature; the caller also sets
     * it for a word glued to a proclitic that no chunk writes, {@link SentenceJudge#unwrittenCliticWord}, and for
     * a question that is the judged sentence but for one definite noun put otherwise, {@link
     * SentenceJudge#displacedWord}), whatever article leads: an Arabic name is spelled as the articles would spell it, and one the
     * corpus never writes is a subject the articles do not report on, however well the light stem's
     * fold (لبنان → لبن) or the question's other words match a sentence. Follow-ups are left out: their
     * article is the conversation's.
     */
    public static boolean unheldName(Snapshot corpus, AskedQuestion question, List<EvidenceTerm> evidence,
            double margin, boolean unwrittenName) {
        if (question.previous().isPresent()) {
            return false;
        }
        if (!question.english()) {
            return unwrittenName;
        }
        if (margin >= NO_ARTICLE_AHEAD) {
            return false;
        }
        boolean[] capitalised = QuestionNames.capitalisedTerms(question.text(), evidence);
        List<EvidenceTerm> named = IntStream.range(0, capitalised.length).filter(t -> capitalised[t])
                .mapToObj(evidence::get).toList();
        if (named.isEmpty()) {
            return false;
        }
        // Every count in one look-up: a search cluster answers it in one round trip.
        Map<Term, Integer> counts = corpus.docFreqs(named.stream().flatMap(t -> t.forms().stream())
                .flatMap(f -> Stream.of(new Term(IndexField.ARABIC.field(), f), new Term(IndexField.ENGLISH.field(), f)))
                .toList());
        // A word read twice (a dictionary sense and a name) is held when either reading is.
        return named.stream().noneMatch(term -> AbsentEvidence.indexed(term, counts));
    }

    /**
     * Whether an English question, not a follow-up, is judged on a sentence that holds (with the
     * sentences beside it) fewer than {@value #FEW_WORDS_HELD} of its words, counted once per word the
     * user typed however many readings it has, while the evidence it holds weighs little ({@code mass}, the
     * abstention model's feature, under {@value #LIGHT_MASS}) and the article's main story mentions the
     * question's words only in passing ({@code spread}, {@link io.isnad.retrieve.EvidenceScorer.ArticleCheck#spread},
     * under {@value #PASSING_SPREAD}). An English word is found through its FreeDict translations, and a
     * common word (game, size, report, leader) has some sense that nearly every corpus writes: a question
     * about another corpus is answered from the sentence that happens to hold two or three such senses,
     * in a story that never returns to them, while the question's own subject, its names and rarer words,
     * is not there. The model weighs a translated word by its rarest sense, which such a match shares, so
     * it answered them. Measured on the tuning parts of xquad-dev English over arcd-train's corpus and over
     * the seeds: without the spread condition 17 of the 90 answered negatives declined, and 8 answered
     * xquad-dev English questions, all wrong but each a false abstention more (7 from another article),
     * which the check part's gate on English false abstentions does not allow; with it 6 negatives and
     * 1 wrong answer (docs/answers.md, "encc33: English questions about another corpus").
     */
    public static boolean fewWordsHeld(AskedQuestion question, List<EvidenceTerm> evidence,
            Supplier<boolean[]> heldAround, double mass, double spread) {
        if (!question.english() || question.previous().isPresent() || mass >= LIGHT_MASS
                || spread >= PASSING_SPREAD || evidence.isEmpty()) {
            return false;
        }
        // Per evidence term, as the scorer finds it: looked up only for the questions this check reads.
        boolean[] held = heldAround.get();
        Map<String, Boolean> byWord = new HashMap<>();
        for (int t = 0; t < held.length; t++) {
            byWord.merge(evidence.get(t).label(), held[t], Boolean::logicalOr);
        }
        long words = byWord.values().stream().filter(Boolean::booleanValue).count();
        return words < FEW_WORDS_HELD * byWord.size();
    }

    /**
     * Whether an English question, not a follow-up, is judged in an article of one sentence that the search
     * did not put ahead of the next article ({@code margin} under {@value #NO_ARTICLE_AHEAD}). In an article
     * of one sentence nothing beyond the judged sentence can confirm the question's subject: the article's
     * spread ({@link #fewWordsHeld}) and missing share are the sentence's own, so the model reads the common
     * senses of the question's translated words that such a sentence, often a long paragraph, happens to hold
     * as if the article were about them; only the search's lead over the other articles is left to tell.
     * Arabic questions are left out: asked in the articles' own words, those answered right from a one-sentence
     * article with no lead are many (tuning parts: 46 arcd-train and xquad-dev hits against one question about
     * another corpus). English, tuning parts: 13 questions about another corpus declined, no answered
     * xquad-dev question (the right ones judged in one-sentence articles had margins of .37 and more); check
     * parts 12 and none (docs/answers.md, "cross35").
     */
    public static boolean loneSentenceArticle(AskedQuestion question, int articleSentences, double margin) {
        return question.english() && question.previous().isEmpty() && articleSentences < 2
                && margin < NO_ARTICLE_AHEAD;
    }

    /**
     * Whether an Arabic question, not a follow-up, holds no name and at most {@value #SUBJECT_WORDS} words
     * beside its wording (its verbs, question and kind words: {@link QuestionWording}), the judged article
     * is about none of them (no word of the question in its first sentence, and none of those subject words
     * in two of its sentences or more), and the search did not put that article ahead of the next one
     * ({@code margin} under {@value #NO_ARTICLE_AHEAD}). Such a question's subject is a pronoun or implied
     * (أين ولد؟، متى توفي؟، كم عدد سكانها؟، بماذا توصف؟): asked of its own paragraph it is answered where
     * the article opens on what it asks (رسم in the opening of the Mona Lisa's paragraph) or keeps
     * returning to it (a spokesman quoted twice), while over another corpus any article where someone is
     * born or dies answers it. Tuning parts: of 36 such questions arcd-train answers right, 33 have a word
     * in the judged article's opening and 3 a lead. In the eval, tuning parts: 6 of the 39 answered arcd
     * questions over xquad's corpus declined, for one arcd-train hit (ما هى اسماؤه الاخرى؟, its article
     * opens on بأسماء, another stem) and 2 wrong answers; without the opening condition 20 arcd-train hits
     * would go, without the recurrence one a seeds hit (a spokesman named after the headline)
     * (docs/answers.md, "cross35b").
     *
     * @param names per term of the question's evidence, whether it is a name ({@link QuestionNames#of})
     * @param wording given the names, per term, whether it is the question's wording ({@link QuestionWording#of})
     * @param inOpening whether a term is found in the first sentence of the judged article
     * @param recurring whether a term is found in two sentences of the judged article or more
     */
    public static boolean wordingOnly(AskedQuestion question, double margin, Supplier<boolean[]> names,
            UnaryOperator<boolean[]> wording, IntPredicate inOpening, IntPredicate recurring) {
        if (question.english() || question.previous().isPresent() || margin >= NO_ARTICLE_AHEAD) {
            return false;
        }
        boolean[] name = names.get();
        if (name.length == 0 || IntStream.range(0, name.length).anyMatch(t -> name[t])) {
            return false;
        }
        boolean[] worded = wording.apply(name);
        int[] subject = IntStream.range(0, worded.length).filter(t -> !worded[t]).toArray();
        return subject.length <= SUBJECT_WORDS && IntStream.range(0, name.length).noneMatch(inOpening)
                && IntStream.of(subject).noneMatch(recurring);
    }

    /** Whether a folded word is a person name of the lexicon and no other kind of word. */
    private static boolean personName(String word) {
        return KnownNames.knownPerson(word) && !ArabicStopWords.contains(word)
                && !ArabicQuestionWords.ALL.contains(word) && ArabicDialectWords.standardOf(word).isEmpty();
    }

    /** Whether no chunk holds a word in any of its forms. */
    private static boolean unheld(Snapshot corpus, String word) {
        List<String> stems = corpus.analyzers().tokens(IndexField.ARABIC, word);
        return !stems.isEmpty() && stems.stream().allMatch(stem -> corpus.docFreq(IndexField.ARABIC, stem) == 0);
    }
}
