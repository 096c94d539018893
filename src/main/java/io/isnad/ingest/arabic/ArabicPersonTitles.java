package io.isnad.ingest.arabic;

import static io.isnad.ingest.arabic.ArabicTextNormalizer.foldedList;
import static io.isnad.ingest.arabic.ArabicTextNormalizer.foldedSet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The titles that introduce a person's name in news prose (الرئيس، وزير، المتحدث، العميد…), folded as
 * the text is, and which of them are ranks or forms of address. Arabic names carry no capital letter:
 * the title before a name is what tells a reader, and the short-answer finder, that a name follows.
 */
public final class ArabicPersonTitles {

    /**
     * Every title, with and without the article where news prose writes both (الرئيس، رئيس). A
     * counterpart (نظيره السوري، فيصل المقداد) names the other side's holder of the office just named.
     */
    private static final List<String> TITLES =
            foldedList("الرئيس", "الوزير", "وزير", "رئيس", "المتحدث", "الناطق", "الشيخ",
            "الدكتور", "العميد", "اللواء", "العقيد", "الجنرال", "القائد", "السيد", "السيده", "الملك", "الامير", "الامام",
            "المرشد", "النائب", "السفير", "سفير", "المبعوث", "مبعوث", "المستشار", "مستشار", "الكاتب", "الصحفي", "الفنان",
            "المخرج", "اللاعب", "المدرب", "امين", "نظيره", "نظيرها");
    /** The counterparts among the titles. */
    private static final Set<String> COUNTERPARTS = foldedSet("نظيره", "نظيرها");
    /** The titles again, for lookup by word: {@link #TITLES} keeps the order the patterns are built in. */
    private static final Set<String> TITLE_SET = Set.copyOf(TITLES);
    /**
     * Ranks and forms of address among the titles: they come between an office and its holder's name
     * ("رئيس الأركان، اللواء محمد باقري") and name no office of their own.
     */
    private static final Set<String> RANKS = foldedSet("السيد", "السيدة", "الشيخ", "الدكتور", "العميد", "اللواء",
            "العقيد", "الجنرال");

    /**
     * Nouns news prose names a thing by a person's name after, folded and without the article: كأس الأمير فيصل بن
     * فهد، جائزة نوبل، مطار الملك خالد، جامعة الملك سعود، شارع، مسجد، مستشفى، ملعب. The name after them, with or
     * without a title, is the thing's, and tells of no deed of the person's.
     */
    private static final Set<String> NAMESAKE_NOUNS = foldedSet("كأس", "جائزة", "وسام", "مطار", "جامعة", "مستشفى",
            "مسجد", "شارع", "ملعب", "استاد", "ميدان", "قاعدة");


    /**
     * The offices a person question may ask for ("من هو وزير الدفاع السوري؟", "Who leads the group?"),
     * each with the words news prose gives its holder by, folded: the title in both genders and, for
     * leading and heading, the verbs and nouns that say it ("قاد نورماني اسمه أورسل قوة…"، "بقيادة"،
     * "يرأس"). A leader is as often a زعيم or, in Iran, the مرشد as a قائد. A sentence with none of the
     * asked office's words names no holder of it (docs/answers.md, "Twenty-first round, second wave:
     * the asked role").
     */
    private static final Map<String, String> OFFICE_WORDS = offices(Map.ofEntries(
            Map.entry("رئيس", List.of("رئيس", "رئيسة", "يرأس", "ترأس", "يترأس", "رئاسة")),
            Map.entry("وزير", List.of("وزير", "وزيرة")),
            Map.entry("قائد", List.of("قائد", "قائدة", "زعيم", "زعيمة", "مرشد", "قاد", "يقود", "تقود", "قيادة", "تزعم",
                    "يتزعم", "زعامة")),
            Map.entry("متحدث", List.of("متحدث", "متحدثة", "ناطق", "ناطقة")),
            Map.entry("سفير", List.of("سفير", "سفيرة")),
            Map.entry("مبعوث", List.of("مبعوث", "مبعوثة")),
            Map.entry("مستشار", List.of("مستشار", "مستشارة")),
            Map.entry("أمين", List.of("أمين", "أمينة")),
            Map.entry("مدير", List.of("مدير", "مديرة")),
            Map.entry("ملك", List.of("ملك", "ملكة")),
            Map.entry("أمير", List.of("أمير", "أميرة")),
            Map.entry("قنصل", List.of("قنصل")),
            Map.entry("محافظ", List.of("محافظ"))));

    /**
     * The verbs among {@link #OFFICE_WORDS} (يرأس، ترأس، يقود، تزعم…), folded: they tell who leads or heads
     * something, whose subject is a state or a body as often as a person ("وتقود واشنطن تحالفاً دولياً"), so
     * they give no post a person held ({@link #titledOffices}).
     */
    private static final Set<String> OFFICE_VERBS = foldedSet("يرأس", "ترأس", "يترأس", "قاد", "يقود", "تقود", "تزعم",
            "يتزعم");
    /**
     * "Led by", "headed by" (بقيادة، بزعامة، برئاسة), folded: news names the leader of a group right after them
     * ("المتمردين بقيادة إسلاميين"), as the one a question asking who led the group asks for.
     */
    private static final Set<String> LED_BY = foldedSet("بقيادة", "بزعامة", "برئاسة");
    /**
     * "At the hands of", "by" (على يد، على أيدي، من قبل، بواسطة), folded, each with the word after it: a passive
     * deed's doer follows them ("حصل مقتل الحسين… من قبل جيش يزيد"). A function word after them is no doer: من
     * قبل is also "before" ("لم يحدث من قبل في…").
     */
    private static final Pattern BY_DOER = Pattern.compile("(?<![\\p{L}])(?:" + String.join("|",
            foldedList("على يد", "على أيدي", "من قبل", "بواسطة")) + ")\\s+(\\p{L}+)");
    /**
     * The father as a question asks him, folded: والد with the article or a pronoun, and أب with a pronoun (من هو
     * والد عمر المختار؟، من أبوه؟). Not a bare أبو, the opening of a patronymic name (أبو بكر).
     */
    private static final Set<String> FATHER_ASKING = foldedSet("والد", "الوالد", "والده", "والدها", "أبوه", "أبيه",
            "أباه", "أبوها", "أبيها");
    /** "Son of", "daughter of" in a lineal name, folded: عمر بن مختار، فاطمة بنت محمد. */
    private static final Set<String> CHILD_OF = foldedSet("بن", "ابن", "بنت", "ابنة");
    /** {@link #OFFICE_WORDS} but its verbs ({@link #OFFICE_VERBS}): the titles and nouns of the offices. */
    private static final Map<String, String> TITLE_OFFICE_WORDS = OFFICE_WORDS.entrySet().stream()
            .filter(entry -> !OFFICE_VERBS.contains(entry.getKey()))
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

    /**
     * The broken plurals of the offices, folded, each with its office ({@link #OFFICE_WORDS}): after
     * أحد or إحدى they name one holder ("كيومرث بور هاشمي… وهو أحد القادة البارزين في الحرس الثوري" names
     * a commander of the Guards). Alone a plural names the holders as a body ("القادة"، "رئيس الوزراء"),
     * no one person, so it is read only after "one of" ({@link #offices}).
     */
    private static final Map<String, String> PLURAL_OFFICE_WORDS = offices(Map.ofEntries(
            Map.entry("قائد", List.of("قادة", "زعماء")), Map.entry("وزير", List.of("وزراء")),
            Map.entry("رئيس", List.of("رؤساء")), Map.entry("مستشار", List.of("مستشارين", "مستشاري")),
            Map.entry("سفير", List.of("سفراء")), Map.entry("مبعوث", List.of("مبعوثين", "مبعوثي"))));
    /** "One of" (أحد، إحدى), folded: a plural office after it names one of its holders. */
    private static final Set<String> ONE_OF = foldedSet("أحد", "إحدى", "احد", "احدى");

    /** Whether a folded word is "one of" (أحد، إحدى), which also says "someone" in a question. */
    public static boolean isOneOf(String folded) {
        return ONE_OF.contains(folded);
    }

    /**
     * The words that make an office the head of its body when they follow it, folded: القائد العام (the
     * commander-in-chief), المدير العام، الأمين العام، المرشد الأعلى. "أحد القادة البارزين في الحرس" or
     * "قائد بارز" names a commander of the body, not its head.
     */
    private static final Set<String> HEAD_RANKS = foldedSet("العام", "العامة", "الأعلى");

    /**
     * The English words a question names an office by, with the office ({@link #OFFICE_WORDS}) they
     * ask for. The question's own words, not their translations: those are stems, and "main" (رئيسي)
     * or "lead guitarist" (قيادة) would ask for a head or a leader. Among verbs only the present tense
     * ("Who leads the group?", "Who runs the Syrian Observatory?"), which asks for an office's holder;
     * "Who led…?" mostly asks who did a deed. "Commanded" is the one past tense: only a holder of a command
     * commands ("Who commanded Russia's Aerospace Forces when…?"), whatever deed he did (docs/answers.md,
     * "unans48").
     */
    private static final Map<String, String> ENGLISH_OFFICES = folded(Map.ofEntries(
            Map.entry("president", "رئيس"), Map.entry("head", "رئيس"), Map.entry("heads", "رئيس"),
            Map.entry("chief", "رئيس"), Map.entry("chairman", "رئيس"), Map.entry("chairs", "رئيس"),
            Map.entry("runs", "رئيس"),
            Map.entry("speaker", "رئيس"), Map.entry("premier", "رئيس"), Map.entry("minister", "وزير"),
            Map.entry("leader", "قائد"), Map.entry("leads", "قائد"), Map.entry("commander", "قائد"),
            Map.entry("commands", "قائد"), Map.entry("commanded", "قائد"), Map.entry("spokesman", "متحدث"),
            Map.entry("spokesperson", "متحدث"), Map.entry("spokeswoman", "متحدث"), Map.entry("ambassador", "سفير"),
            Map.entry("envoy", "مبعوث"),
            Map.entry("adviser", "مستشار"), Map.entry("advisor", "مستشار"), Map.entry("secretary", "امين"),
            Map.entry("director", "مدير"), Map.entry("king", "ملك"), Map.entry("queen", "ملك"),
            Map.entry("prince", "امير"), Map.entry("emir", "امير"), Map.entry("consul", "قنصل"),
            Map.entry("governor", "محافظ")));

    /** The English words that name the holder of any office ({@link #namesAnyOffice}), as {@link #OFFICIALS}. */
    private static final Set<String> ANY_OFFICE = Set.of("official", "officials");
    /** The Arabic noun of the holder of any office, folded ({@link #namesAnOfficial}). */
    private static final Set<String> OFFICIALS = foldedSet("مسؤول", "مسؤولين", "مسؤولون");

    /**
     * The portfolios an office is held for (وزير الدفاع، المتحدث باسم وزارة الخارجية، قائد الجيش), each
     * with the words news prose writes it by, folded and without the article: the ministries a government
     * names its ministers by, and the army, whose commanders and spokesmen a question asks for as often.
     * A ministry of education is written التربية as often as التعليم.
     */
    private static final Map<String, String> PORTFOLIO_WORDS = offices(Map.ofEntries(
            Map.entry("خارجية", List.of("خارجية")), Map.entry("دفاع", List.of("دفاع")),
            Map.entry("داخلية", List.of("داخلية")), Map.entry("صحة", List.of("صحة")), Map.entry("عدل", List.of("عدل")),
            Map.entry("مالية", List.of("مالية")), Map.entry("اقتصاد", List.of("اقتصاد")),
            Map.entry("تعليم", List.of("تعليم", "تربية")), Map.entry("إعلام", List.of("إعلام")),
            Map.entry("نفط", List.of("نفط")), Map.entry("طاقة", List.of("طاقة")), Map.entry("زراعة", List.of("زراعة")),
            Map.entry("ثقافة", List.of("ثقافة")), Map.entry("جيش", List.of("جيش"))));

    /** The English words a question names a portfolio ({@link #PORTFOLIO_WORDS}) by. */
    private static final Map<String, String> ENGLISH_PORTFOLIOS = folded(Map.ofEntries(
            Map.entry("foreign", "خارجية"), Map.entry("defence", "دفاع"), Map.entry("defense", "دفاع"),
            Map.entry("interior", "داخلية"), Map.entry("health", "صحة"), Map.entry("justice", "عدل"),
            Map.entry("finance", "مالية"), Map.entry("economy", "اقتصاد"), Map.entry("education", "تعليم"),
            Map.entry("information", "إعلام"), Map.entry("oil", "نفط"), Map.entry("energy", "طاقة"),
            Map.entry("agriculture", "زراعة"), Map.entry("culture", "ثقافة"), Map.entry("army", "جيش")));

    /**
     * The words a question asks a person's post or job by, folded: منصب، وظيفة، مهنة and the dialects'
     * شغلة, bare, with the article or with "his"/"her" (منصبه، شغلته; the Levantine "his" written و as it is said,
     * شغلو، شغلتو, as in اسمو), a rank (رتبة: "وآشنو كانت الرتبة ديالو؟", answered by the title news writes before
     * an officer's name, العميد), and the dialects' verb for working at a job (بيشتغل، تشتغل). An answer names the
     * post itself (وزير الخارجية، العميد), never these words. Not مرتبة, a place in a ranking (المرتبة الأولى).
     */
    private static final Set<String> POST_ASKING = foldedSet("منصب", "المنصب", "منصبه", "منصبها", "وظيفة", "الوظيفة",
            "وظيفته", "وظيفتها", "مهنة", "المهنة", "مهنته", "مهنتها", "شغلة", "شغلته", "شغلتها", "شغله", "شغلها",
            "شغلو", "شغلتو", "رتبة", "الرتبة", "رتبته", "رتبتها", "رتبتو", "يشتغل", "بيشتغل", "تشتغل", "بتشتغل");

    /**
     * The word a question asks in what capacity a person acted or was named by, after a which-word (بأي صفة
     * عرّفته الوكالة؟), folded: the answer is the post news prose gives after the name (شمخاني، المكلف بالتنسيق…).
     * Not with {@link #POST_ASKING}: صفة alone is any quality or description.
     */
    private static final Set<String> CAPACITY_ASKING = foldedSet("صفة", "صفته", "صفتها");

    /**
     * The words that place the post a question asks before another, folded: قبل (قبل ما يصير أمين…، قبل أن
     * يتولى…) and سابق (منصبه السابق). Such a question names the later post and asks the earlier one.
     */
    private static final Set<String> EARLIER_POST = foldedSet("قبل", "قبلها", "قبله", "سابق", "السابق", "سابقة",
            "السابقة", "سابقا");

    /** The nouns for the one who followed a person in a post, folded: خليفة، خليفته، خليفتها. */
    private static final Set<String> SUCCESSOR = foldedSet("خليفة", "خليفته", "خليفتها");
    /**
     * The adverbs that ask who or what stands in another's place (بدلاً من، عوضاً عن), folded. Not the bare
     * بدل, which is also a noun (an allowance, a suit).
     */
    private static final Set<String> INSTEAD = Set.of("بدلا", "عوضا");
    /** The verb "succeeded", folded; also the preposition "behind", so read only before a title. */
    private static final String SUCCEEDED = "خلف";

    /**
     * The military ranks news prose gives a person by, folded and without the article: "العميد كيومرث
     * بورهاشمي"، "اللواء محمد حسين باقري"، "برتبة عميد". Some are also common nouns (لواء a brigade, فريق a
     * team, رائد a pioneer), which only lets a sentence count as giving a rank more often, never less.
     */
    private static final Set<String> MILITARY_RANKS = foldedSet("مشير", "فريق", "لواء", "عميد", "عقيد", "مقدم",
            "رائد", "نقيب", "ملازم", "رقيب", "عريف", "جنرال", "أدميرال");

    /**
     * The words a question asks a person's rank by, folded: رتبة bare, with the article or with "his"/"her",
     * and the Levant's رتبتو. Not مرتبة, a place in a list.
     */
    private static final Set<String> RANK_ASKING = foldedSet("رتبة", "الرتبة", "رتبته", "رتبتها", "رتبتو");

    /**
     * How many words after an office its portfolio may stand: "المتحدث الرسمي باسم وزارة الخارجية"
     * puts it fourth.
     */
    private static final int PORTFOLIO_WINDOW = 4;

    private ArabicPersonTitles() {
    }

    /**
     * The portfolio a folded word names ({@link #PORTFOLIO_WORDS}), with or without the article or a
     * proclitic (الدفاع، والداخلية), or empty.
     */
    public static Optional<String> portfolio(String folded) {
        String bare = ArabicProclitics.withoutProclitic(folded).orElse(folded);
        return Stream.of(folded, bare, ArabicTextNormalizer.withoutArticle(folded), ArabicTextNormalizer.withoutArticle(bare))
                .map(PORTFOLIO_WORDS::get).filter(p -> p != null).findFirst();
    }

    /**
     * The portfolios folded words give the offices among {@code offices} they name: for each word
     * holding such an office, the portfolio among the next {@value #PORTFOLIO_WINDOW} words, before
     * another office ("وزير الدفاع الإيراني"، "المتحدث الرسمي باسم وزارة الخارجية").
     */
    public static Set<String> portfoliosOf(List<String> words, Set<String> offices) {
        Set<String> portfolios = new HashSet<>();
        for (int w = 0; w < words.size(); w++) {
            if (office(words.get(w)).filter(offices::contains).isEmpty()) {
                continue;
            }
            for (int next = w + 1; next < Math.min(words.size(), w + 1 + PORTFOLIO_WINDOW); next++) {
                Optional<String> held = portfolio(words.get(next));
                if (held.isPresent()) {
                    portfolios.add(held.get());
                    break;
                }
                if (office(words.get(next)).isPresent()) {
                    break;
                }
            }
        }
        return portfolios;
    }

    /**
     * The portfolios an English question's folded words ({@link ArabicTextNormalizer#words}, the question
     * analysis' words) name ({@link #ENGLISH_PORTFOLIOS}).
     */
    public static Set<String> englishPortfolios(List<String> words) {
        return words.stream().map(ENGLISH_PORTFOLIOS::get).filter(p -> p != null).collect(Collectors.toSet());
    }

    /** Every title, folded, for building patterns. */
    public static List<String> all() {
        return TITLES;
    }


    /**
     * Whether the words of a clause before a name end with a noun that names a thing after a person ({@link
     * #NAMESAKE_NOUNS}), glued to a conjunction or preposition or not (بكأس), and at most one title ({@link
     * #contains}: الأمير، الملك) between: "بكأس الأمير" before فيصل بن فهد names the cup, not a person.
     *
     * @param clause the folded words before the name, in order
     */
    public static boolean namesAThing(List<String> clause) {
        int last = clause.size() - 1;
        if (last >= 0 && contains(clause.get(last))) {
            last--;
        }
        return last >= 0
                && NAMESAKE_NOUNS.contains(ArabicProclitics.withoutConjunctionAndPreposition(clause.get(last)));
    }


    /**
     * Whether a folded word, with or without a glued preposition, is a counterpart (نظيره، بنظيرها): the
     * holder, on the side the adjective after it names, of the office just named.
     */
    public static boolean isCounterpart(String folded) {
        String bare = ArabicProclitics.withoutProclitic(folded).orElse(folded);
        return COUNTERPARTS.contains(folded) || COUNTERPARTS.contains(bare);
    }

    /**
     * Whether a folded word, with or without a glued و or ف, asks for a person's post or job ({@link
     * #POST_ASKING}).
     */
    public static boolean asksPost(String folded) {
        return ArabicProclitics.oneOfWithOrWithoutConjunction(POST_ASKING, folded);
    }

    /** Whether a folded word asks a capacity after a which-word ({@link #CAPACITY_ASKING}: بأي صفة). */
    public static boolean asksCapacity(String folded) {
        return CAPACITY_ASKING.contains(folded);
    }

    /**
     * Whether a folded word, with or without a glued و or ف, places an asked post before another ({@link
     * #EARLIER_POST}).
     */
    public static boolean placesPostEarlier(String folded) {
        return ArabicProclitics.oneOfWithOrWithoutConjunction(EARLIER_POST, folded);
    }

    /**
     * Whether the folded word at {@code at} asks who followed a person in a post: خليفة (خليفته), or the verb
     * خلف before a title ({@link #contains}: "من خلف العميد كيومرث بورهاشمي…؟"). Not خلف before anything else,
     * which is "behind" ("من يقف خلف الهجوم؟").
     */
    public static boolean asksSuccessor(List<String> words, int at) {
        String word = ArabicProclitics.withoutConjunction(words.get(at), 3);
        return SUCCESSOR.contains(word)
                || SUCCEEDED.equals(word) && at + 1 < words.size() && contains(words.get(at + 1));
    }

    /** Whether a folded word, with or without a glued و or ف, asks who stands in another's place ({@link #INSTEAD}). */
    public static boolean asksInstead(String folded) {
        return ArabicProclitics.oneOfWithOrWithoutConjunction(INSTEAD, folded);
    }

    /** Whether a folded word, with or without a glued و or ف, asks for a person's rank ({@link #RANK_ASKING}). */
    public static boolean asksRank(String folded) {
        return RANK_ASKING.contains(ArabicProclitics.withoutConjunction(folded, 3));
    }

    /**
     * Whether folded words give a military rank ({@link #MILITARY_RANKS}), bare or with the article or a glued
     * proclitic (العميد، والعميد، برتبة عميد).
     */
    public static boolean namesMilitaryRank(List<String> words) {
        return words.stream().anyMatch(word -> MILITARY_RANKS.contains(word)
                || MILITARY_RANKS.contains(ArabicProclitics.withoutArticle(word))
                || ArabicProclitics.withoutProclitic(word).filter(MILITARY_RANKS::contains).isPresent());
    }

    /**
     * How news tells a coming to an office, as written: each word that tells it with the phrase an inauguration is
     * written in (تنصيب، تولى منصب، تسلم منصب، أدى اليمين). A question that asks of an office is read by the word
     * alone ({@link #takesOffice}); the event a sentence dates beside it only by the whole phrase ({@link
     * ArabicNewsSynonyms}), as تسلم alone is any receiving and اليمين also the right hand. The phrase's other
     * word tells no taking alone: منصب names the post, أدى any performing.
     */
    private static final List<OfficeTaken> OFFICE_TAKEN = List.of(new OfficeTaken("تنصيب", "تنصيب"),
            new OfficeTaken("تولى", "تولى منصب"), new OfficeTaken("تسلم", "تسلم منصب"),
            new OfficeTaken("اليمين", "أدى اليمين"));
    /**
     * The words of coming to hold an office, folded, as a question asks it (صار، أصبح، became, appointed) and as a
     * sentence tells it (عُيّن، تعيين، انتخب، and the words of {@link #OFFICE_TAKEN}).
     */
    private static final Set<String> TAKING_OFFICE = foldedSet(Stream.concat(Stream.of("صار", "أصبح", "عين", "تعيين",
            "انتخب", "انتخاب", "became", "become", "becomes", "appointed", "elected", "sworn"),
            OFFICE_TAKEN.stream().map(OfficeTaken::word)));
    /** What a word of {@link #TAKING_OFFICE} may carry at its end: the feminine ت, the plural وا, a pronoun. */
    private static final List<String> TAKING_OFFICE_ENDINGS = Stream.concat(Stream.of("ت", "وا"),
            ArabicRootSkeleton.GLUED_PRONOUNS.stream()).toList();

    /**
     * Whether a folded word tells of coming to hold an office ({@link #TAKING_OFFICE}), bare, after a glued و or
     * ف, or with an ending of {@link #TAKING_OFFICE_ENDINGS} (وتولت، تعيينه، انتخبوا).
     */
    public static boolean takesOffice(String folded) {
        String bare = ArabicProclitics.withoutConjunction(folded, 3);
        return TAKING_OFFICE.contains(bare) || TAKING_OFFICE_ENDINGS.stream().anyMatch(end -> bare.endsWith(end)
                && TAKING_OFFICE.contains(bare.substring(0, bare.length() - end.length())));
    }

    /** The phrases news tells a coming to an office in, as written ({@link #OFFICE_TAKEN}): تنصيب، تولى منصب… */
    public static List<String> officeTakenPhrases() {
        return OFFICE_TAKEN.stream().map(OfficeTaken::phrase).toList();
    }

    /**
     * Whether a question's folded words ask of coming to an office: a word of {@link #takesOffice} and a post
     * ({@link #namesPost}, or an English office: "When did Araghchi become foreign minister?", "شوكت صار عباس
     * عراقجي وزير خارجية إيران؟").
     */
    public static boolean asksTakingOffice(List<String> words) {
        return words.stream().anyMatch(ArabicPersonTitles::takesOffice)
                && (namesPost(words) || words.stream().anyMatch(w -> englishOffice(w).isPresent()));
    }

    /** Whether folded words name a person's post: a title or rank before a name, or an office's word. */
    public static boolean namesPost(List<String> words) {
        return words.stream().anyMatch(ArabicPersonTitles::contains) || !offices(words).isEmpty();
    }

    /**
     * Where in a folded text a deed's doer is named after "at the hands of" or "by" ({@link #BY_DOER}): the offset
     * of each such phrase whose next word is no stop word.
     */
    public static List<Integer> byDoer(String folded) {
        return BY_DOER.matcher(folded).results().filter(m -> !ArabicStopWords.contains(m.group(1)))
                .map(MatchResult::start).toList();
    }

    /** Whether a folded question word asks a person's father ({@link #FATHER_ASKING}), also with a glued و. */
    public static boolean asksFather(String folded) {
        return ArabicProclitics.oneOfWithOrWithoutConjunction(FATHER_ASKING, folded);
    }

    /**
     * Whether folded {@code words} give one of {@code names} a lineal name: the name, then بن or بنت and a word that
     * is no stop word ("السيد عمر بن مختار بن عمر المنفي"), which names the father.
     */
    public static boolean namesLineage(List<String> words, Set<String> names) {
        for (int i = 0; i + 2 < words.size(); i++) {
            if (names.contains(words.get(i)) && CHILD_OF.contains(words.get(i + 1))
                    && !ArabicStopWords.contains(words.get(i + 2))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a folded word is "led by" or "headed by" ({@link #LED_BY}). */
    public static boolean isLedBy(String folded) {
        return LED_BY.contains(folded);
    }

    /**
     * Whether a folded word is a verb of leading or heading ({@link #OFFICE_VERBS}), also with a glued object
     * pronoun or the dialects' ب before the present (يقودهم، بيقودها): a question asking who led them.
     */
    public static boolean isLeadingVerb(String folded) {
        String bare = ArabicRootSkeleton.withoutThirdPersonPronoun(folded).orElse(folded);
        return OFFICE_VERBS.contains(bare) || bare.startsWith("ب") && OFFICE_VERBS.contains(bare.substring(1));
    }

    /** Whether a folded word is a title that introduces a name. */
    public static boolean contains(String folded) {
        return TITLE_SET.contains(folded);
    }

    /**
     * The office a folded word gives its holder by ({@link #OFFICE_WORDS}), as written with a glued
     * article, proclitic or the accusative alif (وزير، والوزير، لزعيم، قائداً), or empty.
     */
    public static Optional<String> office(String folded) {
        return office(OFFICE_WORDS, folded);
    }

    /**
     * The offices folded words give ({@link #office}), and those a plural office gives after "one of"
     * ("أحد القادة" → قائد, {@link #PLURAL_OFFICE_WORDS}).
     */
    public static Set<String> offices(List<String> words) {
        return offices(OFFICE_WORDS, words, w -> false);
    }

    /**
     * The offices folded words give as {@link #offices} reads them, but not by a verb of leading or heading
     * ({@link #OFFICE_VERBS}) nor by a word of a name: the posts a sentence gives its persons by their titles
     * and the offices' nouns (وزير الخارجية، تولى رئاسة…). A verb tells a deed of a state or a body as often
     * ("وتقود واشنطن تحالفاً"), and an office's word without the article right after a word of a person's name
     * is that name's next word ("حسين أمير عبد اللهيان"): a title stands before the name it gives.
     *
     * @param nameWord whether a folded word is a word of a person's name
     */
    public static Set<String> titledOffices(List<String> words, Predicate<String> nameWord) {
        return offices(TITLE_OFFICE_WORDS, words, w -> w > 0 && nameWord.test(words.get(w - 1))
                && !ArabicProclitics.startsWithArticle(words.get(w)));
    }

    private static Set<String> offices(Map<String, String> officeWords, List<String> words, IntPredicate inName) {
        Set<String> offices = new HashSet<>();
        for (int w = 0; w < words.size(); w++) {
            if (!inName.test(w)) {
                office(officeWords, words.get(w)).ifPresent(offices::add);
            }
            if (w > 0 && ONE_OF.contains(words.get(w - 1))) {
                office(PLURAL_OFFICE_WORDS, words.get(w)).ifPresent(offices::add);
            }
        }
        return offices;
    }

    /** The office of {@code officeWords} a folded word gives, with a glued article, proclitic or accusative alif. */
    private static Optional<String> office(Map<String, String> officeWords, String folded) {
        List<String> bases = new ArrayList<>(List.of(folded));
        ArabicProclitics.withoutProclitic(folded).ifPresent(bases::add);
        String bare = ArabicProclitics.withoutArticle(folded, ArabicRootSkeleton.MIN_LENGTH);
        if (!bare.equals(folded)) {
            bases.add(bare);
        }
        for (String base : bases) {
            String office = officeWords.getOrDefault(base,
                    officeWords.get(ArabicTextNormalizer.withoutAccusativeAlif(base, 1)));
            if (office != null) {
                return Optional.of(office);
            }
        }
        return Optional.empty();
    }

    /**
     * The offices ({@link #office}) that folded words give with a head rank right after them ({@link
     * #HEAD_RANKS}: القائد العام → قائد, المرشد الأعلى → قائد).
     */
    public static Set<String> headOffices(List<String> words) {
        Set<String> heads = new HashSet<>();
        for (int i = 0; i + 1 < words.size(); i++) {
            if (HEAD_RANKS.contains(words.get(i + 1))) {
                office(words.get(i)).ifPresent(heads::add);
            }
        }
        return heads;
    }

    /**
     * The offices an English question's folded words ({@link ArabicTextNormalizer#words}, the question
     * analysis' words) name ({@link #ENGLISH_OFFICES}); a prime minister is a head (رئيس الوزراء), no minister.
     * The words are the analysis' own: an apostrophe or hyphen parts them ("the prime-minister's"), a figure does
     * not ("44th", "G7"), and no office word holds one.
     */
    public static Set<String> englishOffices(List<String> words) {
        Set<String> offices = new HashSet<>();
        for (int i = 0; i < words.size(); i++) {
            boolean prime = words.get(i).equals("minister") && i > 0 && words.get(i - 1).equals("prime");
            englishOffice(prime ? "premier" : words.get(i)).ifPresent(offices::add);
        }
        return offices;
    }

    /** The office a lower-case English word names ({@link #ENGLISH_OFFICES}: minister → وزير), or empty. */
    public static Optional<String> englishOffice(String word) {
        return Optional.ofNullable(ENGLISH_OFFICES.get(word));
    }

    /** Whether a lower-case English word names the holder of any office: "Which US official said…". */
    public static boolean namesAnyOffice(String word) {
        return ANY_OFFICE.contains(word);
    }

    /**
     * Whether a folded Arabic word names the holder of any office, also with the article: "مين المسؤول الإيراني
     * اللي…"، "منو من المسؤولين الإيرانيين…".
     */
    public static boolean namesAnOfficial(String folded) {
        return OFFICIALS.contains(ArabicTextNormalizer.withoutArticle(folded));
    }

    private static Map<String, String> folded(Map<String, String> offices) {
        Map<String, String> folded = new HashMap<>();
        offices.forEach((word, office) -> folded.put(word, ArabicTextNormalizer.normalize(office)));
        return Map.copyOf(folded);
    }

    private static Map<String, String> offices(Map<String, List<String>> words) {
        Map<String, String> byWord = new HashMap<>();
        words.forEach((office, forms) -> forms.forEach(
                form -> byWord.put(ArabicTextNormalizer.normalize(form), ArabicTextNormalizer.normalize(office))));
        return Map.copyOf(byWord);
    }

    /** Whether a folded word is a title that names an office: a title and no rank or form of address. */
    public static boolean isOffice(String folded) {
        return contains(folded) && !RANKS.contains(folded);
    }

    /** A word that tells a coming to an office, and the phrase news writes an inauguration in with it. */
    private record OfficeTaken(String word, String phrase) {
    }
}
