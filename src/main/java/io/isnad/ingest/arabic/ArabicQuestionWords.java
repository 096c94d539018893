package io.isnad.ingest.arabic;

import static io.isnad.ingest.arabic.ArabicTextNormalizer.foldedList;
import static io.isnad.ingest.arabic.ArabicTextNormalizer.foldedSet;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Arabic question words, Modern Standard and the common dialect forms: Levantine (مين، وين، شو، قديش،
 * أديش، ليش، إمتى، منين، منوين، لوين), Gulf (وش، منو، منهو، شلون، وين), Egyptian (فين، لفين، إمتى، كام،
 * ليه، إزاي، إيه، أنهي), Iraqi (شنو، شنهو، شنهي، شوكت، شكد، لويش، منو، منهو) and Maghrebi (شكون،
 * اشكون، فين، منين، مناين، وقتاش، شحال، قداش، علاش، علاه، لاش، كيفاش، اشنو، شنو، شني، اشمن، واش);
 * ذ written د as the dialects say it: مادا، لمادا. Each dialect's set is listed whole from general
 * knowledge; the twenty-fourth round completed it (منوين، لفين، مناين، شوقت، منهو، اشكون، شنهي، شني،
 * اشنو، لاش، اشمن، واش) after fresh questions with أنهي and منين showed the class. Grouped by what
 * they ask for, and the nouns that make "أي X" or "ما X" ask for a time, a place, a quantity or a person. All folded ({@link ArabicTextNormalizer}).
 */
public final class ArabicQuestionWords {

    public static final Set<String> WHO = foldedSet("من", "مين", "منو", "مينو", "منهو", "شكون", "اشكون");
    public static final Set<String> WHEN = foldedSet("متي", "امتي", "ايمتي", "وقتيش", "امتا", "متا", "شوكت", "اشوكت", "شوقت", "وقتاش",
            "فوقاش");
    public static final Set<String> WHERE = foldedSet("اين", "وين", "فين", "فينو", "وينو", "منين", "منوين", "مناين", "لوين",
            "لفين");
    /**
     * With the dialects' ل "up to" glued on too, after a verb of reaching (وصل لكام، ارتفع لقديش، صار لشكد: "reached
     * how many"). Not the Standard لكم, which is also "to you".
     */
    public static final Set<String> HOW_MANY = foldedSet("كم", "قديش", "اديش", "قديه", "قداش", "قدي", "كام", "شكد", "اشكد", "شحال",
            "اشحال", "لكام", "لقديش", "لاديش", "لشكد");
    public static final Set<String> WHY = foldedSet("لماذا", "لمادا", "ليش", "لويش", "ليه", "علاش", "علاه", "لاش", "لمه", "لم");
    public static final Set<String> HOW = foldedSet("كيف", "شلون", "ازاي", "كيفاش", "اشلون");
    public static final Set<String> WHAT = foldedSet("ما", "ماذا", "مادا", "شو", "ايش", "وش", "ماهو", "ماهي", "شنو", "شنوا", "شنهو",
            "شنهي", "شني", "اشنو", "ايه");
    /**
     * The Standard "what" that asks a deed, ماذا (and مادا as the dialects say it): a verb follows it (ماذا قال؟،
     * ماذا يعني؟), or a preposition or adverb (ماذا عن…؟، ماذا بعد…؟), never a noun.
     */
    public static final Set<String> WHAT_DEED = foldedSet("ماذا", "مادا");
    /** The fewest letters of the noun {@link #asksNoDeed} reads: بات and فات are verbs. */
    private static final int NOUN_AFTER_DEED_LETTERS = 5;
    /** Egyptian أنهي and Maghrebi اشمن (also said and written شمن) ask "which" before their noun, as أي does. */
    public static final Set<String> WHICH = foldedSet("اي", "ايه", "ايها", "انهي", "انهو", "اشمن", "شمن");
    /**
     * أي with a glued preposition, "in which", "for which" (بأي لغة، لأي جهاز), and the Iraqi and Gulf بيا, بأيّ
     * said as one word (بيا مدينة، وبيا مجال): they ask "which" of the noun after them as أي does.
     */
    public static final Set<String> WHICH_AFTER_PREPOSITION = foldedSet("باي", "لاي", "بيا");
    /**
     * The Egyptian إيه after its noun asks "which" of it (يوم إيه؟ = في أي يوم؟، بلد إيه؟ = أي بلد؟):
     * the noun before it types the question.
     */
    public static final Set<String> WHICH_AFTER_NOUN = foldedSet("ايه");
    /** The Maghrebi واش opens a yes/no question as هل does (واش تركيا دانت الهجوم؟). */
    public static final Set<String> YES_NO = foldedSet("هل", "واش");
    /**
     * The words that join two alternatives a question offers, folded, with the English "or": the Standard أم and
     * أو, the spoken ولا and والا ("صواريخ ولا مسيرات؟"، "rockets or drones?"), and so the "or" that closes a yes/no
     * question asked without هل on "or not" (لا، the dialects' لأ): أم لا, ولا لأ، والا لا، أو لا ("إيران استدعت
     * السفير التركي ولا لأ؟").
     */
    public static final Set<String> OR = foldedSet("ام", "ولا", "والا", "او", "or");
    /**
     * The "not" of {@link #OR}, folded (لأ and لاء fold to لا and لاء), and the spoken "not yet" (لسّا، لسه or
     * لسة: "إسرائيل انسحبت من جنوب لبنان ولا لسّا؟" asks whether it has withdrawn, as "ولا لأ" would).
     */
    public static final Set<String> OR_NOT_NOT = foldedSet("لا", "لاء", "لسا", "لسه");
    /**
     * "Is it true that…": صحيح or صح and أن, or its dialect forms إنو، إنه (صحيح إنو الطيارات فلّت…؟،
     * هل صحيح أن…؟), open a yes/no question as هل does. No article writes the opener, so as a word of
     * the question صحيح would be one no sentence holds, the abstention model's strongest sign of a
     * question the articles do not answer. Folded; only at the question's start, where it cannot be
     * the adjective of a noun (الرقم الصحيح).
     */
    private static final Pattern TRUTH_OPENER = Pattern.compile(
            "^(\\P{L}*)(?:(?:هل|واش)\\s+)?(?:صحيح|صح)\\s+(?:ان|انو|انه|انها|انهم)(?=\\s)");
    /**
     * Question words with a preposition glued on (بماذا يشتهر، لمن ينتمي، ممن استعمرت): they ask
     * for what the preposition governs, so they give the question no type, but no answer repeats
     * them either. The light stemmer strips none of these prepositions. The dialects glue them to
     * their own "what" (بشو بيلقبوه "by what do they call him", عشو، لشو، بإيش). Standard Arabic
     * drops the alif of the asking ما after a preposition (بمَ، فيمَ، علامَ، حتّامَ) and glues بكم
     * "for how much"; not عمَّ، ممَّ، لمَ، إلامَ, which are also "uncle", a word part, "did not" and
     * "the mother" once folded (لم is a why-word of its own). The Egyptian glues its ب to its إيه as the
     * Levantine does to شو (وصفه بإيه؟ "described it as what?").
     */
    public static final Set<String> WITH_PREPOSITION = foldedSet("بماذا", "بمادا", "عماذا", "لمن", "ممن", "بمن", "عمن",
            "فيمن", "بشو", "عشو", "لشو", "بايش", "لايش", "بايه", "بم", "فيم", "علام", "حتام", "بكم");

    /** After أي / ما / في أي: the question asks for a date or time. */
    public static final Set<String> TIME_NOUNS = foldedSet("عام", "سنه", "تاريخ", "يوم", "شهر", "قرن", "عقد", "وقت",
            "فتره", "ساعه", "العام", "السنه", "التاريخ", "اليوم", "الشهر", "القرن", "الوقت", "موعد", "زمن",
            // The plurals ask for several dates, as "years" does in English: "خلال أي سنوات"، "ما السنوات
            // التي". Not أشهر, which is also "most famous" (أشهر مؤلفاته).
            "سنوات", "اعوام", "ايام", "شهور", "قرون", "عقود");
    /**
     * After أي / ما / في أي: the question asks for a place. Also the platform (منصة) a thing was posted on: news
     * gives where a statement was posted as a place, after على ("قال الناطق… على منصة إكس"), and "where did he
     * post it?" is answered by it.
     */
    public static final Set<String> PLACE_NOUNS = foldedSet("مدينه", "دوله", "بلد", "مكان", "منطقه", "عاصمه", "قاره",
            "محافظه", "ولايه", "جزيره", "قريه", "بلده", "مقاطعه", "اقليم", "موقع", "المدينه", "الدوله", "البلد",
            "المكان", "المنطقه", "العاصمه", "القاره", "المحافظه", "الولايه", "مدن", "دول", "بلاد", "حي", "شارع",
            "جامعه", "مستشفي", "منصه", "المنصه");
    /**
     * Places in the plural after أي / ما (ما الدول التي تحد العراق، أي المدن): the answer lists
     * several, "الكويت والمملكة العربية السعودية", which no single place span gives.
     */
    public static final Set<String> PLACE_PLURALS = foldedSet("دول", "مدن", "بلدان", "الدول", "المدن", "البلدان");
    /**
     * The question words a dialect puts anywhere in the question, last as often as first ("الفصائل
     * بدأت العملية إمتى؟", "الهجوم نفذه مين؟"), and that are no other word: not من (from), ما (what
     * is not, that which), أي (any), لم (did not), which open a question only.
     */
    public static final Set<String> ANYWHERE = anywhere();
    /** After ما / كم: the question asks for a quantity. */
    public static final Set<String> QUANTITY_NOUNS = foldedSet("عدد", "نسبه", "كميه", "مساحه", "طول", "عمر", "ارتفاع",
            "مبلغ", "سعر", "حجم", "وزن", "عرض", "قيمه", "مدى", "مدي", "سرعه", "درجه", "تعداد", "حصيله", "مجموع", "رقم",
            "مقدار", "كفاءه");
    /**
     * The quantity nouns that count (كم عدد النساء، ما عدد الدول): the noun after one is what the
     * answer's number counts, though the sentence may name it in another form (31 امرأة، 27 دولة).
     */
    public static final Set<String> COUNT_NOUNS = foldedSet("عدد", "تعداد");
    /**
     * The nouns of {@link #PERSON_NOUNS} that name a body of people (أي حزب، ما الفريق…): the answer is
     * the body's name, which no person's name gives.
     */
    public static final Set<String> BODY_NOUNS = foldedSet("جهه", "منظمه", "حزب", "فريق", "شركه");
    /** After ما / من: the question asks for a person or an organisation. */
    public static final Set<String> PERSON_NOUNS = Stream.concat(BODY_NOUNS.stream(),
            foldedSet("شخص", "الشخص", "رئيس", "مؤسس", "قائد", "زعيم", "مدرب", "لاعب", "ملك", "امير", "وزير", "مخرج",
                    "مؤلف", "كاتب", "مكتشف", "مخترع").stream())
            .collect(Collectors.toUnmodifiableSet());
    /**
     * "The final result" (النتيجة النهائية), folded and without the article: asked of a match or a vote it is the
     * score, two figures (23–16), as "what was the final score" asks; نتيجة alone is any outcome.
     */
    public static final List<String> FINAL_RESULT = foldedList("نتيجه", "نهائيه");
    /** ما اسم X: the question asks for X's name, so X decides what kind of answer it wants. */
    public static final String NAME = "اسم";
    /**
     * "His name", "her name" (اسمه، اسمها, Levantine and Iraqi اسمو): شو اسمه؟ asks for the name of
     * someone named before, a person.
     */
    public static final Set<String> HIS_NAME = foldedSet("اسمه", "اسمها", "اسمو");
    /**
     * The dialects count people with واحد, "one", after a how-many word (كم واحد، شكد واحد، قديش واحد
     * انجرح؟ = how many people were wounded?): it is no noun the answer's figure is followed by.
     */
    public static final String ONE = "واحد";

    /** Whether folded words count people by {@link #ONE} after a how-many word ({@link #countsPeopleAt}). */
    public static boolean countsPeople(List<String> folded) {
        return IntStream.range(0, folded.size()).anyMatch(i -> countsPeopleAt(folded, i));
    }

    /**
     * Whether the folded word at {@code i} is {@link #ONE} right after a how-many word, its conjunction cut or the
     * partitive between them ({@link #COUNT_PARTITIVES}): "كم واحد يتابع…؟"، "وشكد واحد انصاب؟"، "شحال من واحد".
     * It is part of the question word, not a word of the question's own.
     */
    public static boolean countsPeopleAt(List<String> folded, int i) {
        if (i < 1 || !ONE.equals(folded.get(i))) {
            return false;
        }
        String before = folded.get(i > 1 && COUNT_PARTITIVES.contains(folded.get(i - 1)) ? i - 2 : i - 1);
        return HOW_MANY.contains(ArabicProclitics.withoutConjunction(before, 2)) || HOW_MANY.contains(before);
    }
    /**
     * The word of a part between a how-many word and the noun it counts: the Standard من (كم من محافظة، كم من الوقت)
     * and the Moroccan possessive ديال, said there as من is (شحال ديال الايام = how many days).
     */
    public static final Set<String> COUNT_PARTITIVES = foldedSet("من", "ديال");
    /** ما and من glued to the pronoun that makes them ask what or who something is (ماهو، منهي). */
    public static final Set<String> WHAT_IS = foldedSet("ماهو", "ماهي", "منهو", "منهي");
    /** ما and من ask what or who something is when a pronoun follows them (ما هو، من هي). */
    public static final Set<String> DEFINING = foldedSet("ما", "من");
    /** The pronouns after ما or من that make it ask what or who something is. */
    public static final Set<String> DEFINING_PRONOUNS = foldedSet("هو", "هي");
    /** The Standard "what" that asks for a meaning before a noun of meaning (ما معنى). */
    public static final String WHAT_PLAIN = "ما";
    /** ما معنى / ما تعريف / ما المقصود ب…: the question asks what a term means. */
    public static final Set<String> MEANING_NOUNS = foldedSet("معنى", "تعريف", "مفهوم", "المقصود");
    /**
     * The nouns a question asking a meaning puts between its noun of meaning and the term (ما معنى كلمة هون، ما
     * معنى مصطلح…، ما معنى اسم…): the question's frame, which the sentence telling the meaning need not write.
     */
    public static final Set<String> TERM_NOUNS = foldedSet("كلمة", "مصطلح", "لفظ", "لفظة", "عبارة", "اسم");
    /** ما سبب / ما الذي دفع: the question asks for a reason. */
    public static final Set<String> REASON_NOUNS = foldedSet("سبب", "اسباب", "دافع", "دوافع", "عله");

    /**
     * The words by which a question says only that the asked thing is or lies somewhere (وين موجودة
     * قاعدة همدان؟، أين يقع المطار؟): the answer names the place and seldom repeats them.
     */
    public static final Set<String> LOCATING = foldedSet("موجود", "موجوده", "موجودين", "موجودون", "يوجد", "توجد",
            "يقع", "تقع", "واقع", "واقعه");

    /**
     * The imperatives by which a question asks to be told instead of asking with a question word
     * (اذكر بعض شعائر الشيعة، اذكر اسم شعبة تويوتا، اشرح…): a request to the reader, which no answer
     * repeats. As evidence, "اذكر" weighed most of its question (it is rare in articles) and was held
     * by any sentence with a word of its root (وللذكرى). Stop words ({@link ArabicStopWords#WORDS}), not
     * question words: they open no question kind the typer reads.
     */
    public static final Set<String> REQUESTS = foldedSet("اذكر", "اشرح");

    /**
     * "The report", "the article" (الخبر، المقال), definite, with or without a glued proclitic (بالخبر، والخبر):
     * a question over the news points at the article it was asked of ("الخبر وصف…"، "المذكور في الخبر"),
     * which no article writes of itself.
     */
    private static final Set<String> THE_REPORT = foldedSet("خبر", "مقال");
    /**
     * "The headline of" (عنوان) right before the report, definite or in construct ("عنوان خبر مقتل القائد…
     * يقول"، "عنوان الخبر"): the question points at the article's title, which writes neither word of itself.
     * Not before another noun: عنوان السفارة is "the embassy's address".
     */
    private static final String HEADLINE = ArabicTextNormalizer.normalize("عنوان");
    /**
     * "The story of", "the matter of" (قصة، سالفة، حكاية; Gulf "وش سالفة القرار؟" asks what the resolution
     * is about): the question asks about what follows, which the answer states without the word.
     */
    private static final Set<String> STORY = foldedSet("قصه", "سالفه", "حكايه");
    /**
     * The verbs by which a thing stands in the report ("اللي جا بالخبر"، "ورد في الخبر"، "المذكور في الخبر"),
     * read so only right before the report ({@link #THE_REPORT}, after في or glued to its ب).
     */
    private static final Set<String> IN_THE_REPORT = foldedSet("جا", "جاء", "اجا", "ورد", "وردت", "ذكر", "ذكرت",
            "انذكر", "انذكرت", "انذكروا", "انذكرو", "مذكور", "مذكوره", "المذكور", "المذكوره");
    /**
     * "Happened", "took place" in the dialects and the Standard (صار، حصل، حدث، جرى), read so only right after a
     * relative pronoun ("الاشتباكات يلي صارت"، "اللي حصل في حمص"): the clause adds nothing to the event it
     * qualifies, or names "what happened", which the answer states with its own noun (مجزرة); or right before
     * the words that only ask ("الهجوم على الكلية حصل يوم إيه؟"، "…صارت وين بالضبط؟", {@link #onlyAsking}):
     * it says only that the event named before it took place, as English "happened" does (a stop word there).
     * Not وقع (also وقّع "signed") nor تحدث (also "spoke"), and not before على: حصل على is "obtained". Not
     * before words of the question's own: "شوكت صار عراقجي وزير…" is "became".
     */
    private static final Set<String> HAPPENED = foldedSet("صار", "صارت", "يصير", "تصير", "حصل", "حصلت", "يحصل", "حدث",
            "حدثت", "يحدث", "جرى", "جرت", "يجري", "تجري");
    /**
     * The plural report nouns by which a question names the articles it is asked of as a whole, after a
     * demonstrative or with the dialects' glued "this" ({@link #theseReports}: هذه التقارير، هالأخبار).
     */
    private static final Set<String> REPORTS = foldedSet("تقارير", "اخبار", "مقالات");
    /** "According to" before {@link #REPORTS} (بحسب هذه التقارير، وفق هذه الأخبار). */
    private static final Set<String> ACCORDING_TO = foldedSet("حسب", "بحسب", "وفق", "وفقا");
    /**
     * The verbs of naming and describing ("سمّى اللي حصل إيه؟"، "وصف تهديدات ترامب بإيه؟"), read so only in a
     * question asking "what" or "how" ({@link #WHAT}, {@link #WITH_PREPOSITION}, {@link #HOW}: "كيف وصف ولاية
     * ترامب الأولى؟" asks the description as "بماذا وصفها" does): the answer gives the name or the description,
     * which an article writes with its own verb (اعتبر، حمّل) or with none, as a quote ("كانت ولايتك الأولى…
     * مليئة بلحظات رائدة"). "Who described…" names what was described by it, and keeps it.
     */
    private static final Set<String> NAMING = foldedSet("سمى", "سمت", "سموا", "يسمي", "تسمي", "بيسمي", "بتسمي", "يسموا",
            "وصف", "وصفت", "وصفوا", "يصف", "تصف", "يوصف", "توصف", "بيوصف");
    /**
     * The Levantine حدّ "beside" (حد إدلب، حدها، حدو; the Egyptian حد is "anyone", a pronoun as empty): a word of
     * nearness no Standard sentence writes, which states the place with its own words (قرب، جنوب غربي، على بعد).
     * Bare only before a word with no article (the Standard حد الزحف is "the limit") and not after على، إلى or لا
     * (على حد قوله، إلى حد كبير، لا حد); with a glued pronoun only in the dialects' forms (not حده "its limit", nor
     * وحده "alone").
     */
    private static final String BESIDE = "حد";
    private static final Set<String> BESIDE_WITH_PRONOUN = foldedSet("حدها", "حدو", "حدهم", "حدن", "حدك");
    /** The words before which حد is "limit": على حد قوله، إلى حد ما، لا حد له. */
    private static final Set<String> BEFORE_LIMIT = foldedSet("على", "إلى", "لا");

    /**
     * A folded question with its opening "is it true that" ({@link #TRUTH_OPENER}) written as هل, the
     * yes/no word the rest of the service reads; the question itself when it opens otherwise.
     */
    public static String withTruthOpenerAsYesNo(String folded) {
        return TRUTH_OPENER.matcher(folded).replaceFirst("$1هل");
    }

    /**
     * The words of a folded question ({@code words}, in order) that frame what it asks rather than name it: the
     * report itself ({@link #THE_REPORT}) and the verb that puts a thing in it ({@link #IN_THE_REPORT}), "the story
     * of" ({@link #STORY}), the headline before the report ({@link #HEADLINE}), a happening verb right after a
     * relative pronoun ({@link #HAPPENED}), a verb of naming in a what- or how-question ({@link #NAMING}), the
     * Levantine "beside" ({@link #BESIDE}) and the articles named as a whole ({@link #theseReports}). No answer
     * sentence repeats them, so they are no evidence the sentence lacks; they stay searched.
     */
    public static List<String> frameWords(List<String> words) {
        boolean asksWhatOrHow = words.stream().anyMatch(w -> WITH_PREPOSITION.contains(w)
                || ArabicProclitics.oneOfWithOrWithoutConjunction(WHAT, w)
                || ArabicProclitics.oneOfWithOrWithoutConjunction(HOW, w));
        List<String> frame = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            String bare = ArabicProclitics.withoutConjunction(word, ArabicRootSkeleton.MIN_LENGTH);
            String next = i + 1 < words.size() ? words.get(i + 1) : "";
            boolean happened = HAPPENED.contains(bare) && !next.startsWith(ArabicStopWords.ON)
                    && (i > 0 && ArabicStopWords.opensRelativeClause(words.get(i - 1)) || onlyAsking(words, i + 1));
            if (theReport(word) || headline(words, i) || STORY.contains(ArabicProclitics.withoutArticle(bare))
                    || happened || asksWhatOrHow && NAMING.contains(bare)
                    || IN_THE_REPORT.contains(bare) && reportFollows(words, i)
                    || beside(words, i)) {
                frame.add(word);
            }
        }
        frame.addAll(theseReports(words));
        return frame;
    }

    /**
     * Whether a folded question ({@code words}, in order) names the headline of the report ({@link #HEADLINE} right
     * before it: "عنوان خبر مقتل القائد… يقول"، "عنوان الخبر"): it asks what the article's title line says.
     */
    public static boolean namesHeadline(List<String> words) {
        return IntStream.range(0, words.size()).anyMatch(i -> headline(words, i));
    }

    /**
     * The words by which a folded question names the articles it is asked of as a whole: "these reports" ({@link
     * #REPORTS} definite after a demonstrative, or with the glued هال, also behind a glued preposition:
     * بهالأخبار) and the "according to" before them ("بحسب هذه التقارير"). No article writes them of itself,
     * and as evidence they chose a sentence holding بحسب or هذه (docs/answers.md, "fresh55b"). Not the single
     * report ("حسب الخبر"), whose setting aside in the sentence's choice lost a hit ({@code NamedStory}).
     */
    public static List<String> theseReports(List<String> words) {
        List<String> named = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            boolean afterThese = i > 0 && ArabicStopWords.DEMONSTRATIVES.contains(words.get(i - 1))
                    && ArabicProclitics.startsWithArticle(word)
                    && REPORTS.contains(ArabicProclitics.withoutArticle(word));
            boolean glued = theseReportsGlued(word) || ArabicProclitics.withoutProclitic(word)
                    .filter(ArabicQuestionWords::theseReportsGlued).isPresent();
            if (afterThese || glued) {
                int from = afterThese ? i - 1 : i;
                if (from > 0 && ACCORDING_TO.contains(words.get(from - 1))) {
                    from--;
                }
                named.addAll(words.subList(from, i + 1));
            }
        }
        return named;
    }

    /** Whether a folded word is {@link #REPORTS} with the glued هال (هالأخبار، هالتقارير). */
    private static boolean theseReportsGlued(String word) {
        return word.startsWith(ArabicProclitics.DEMONSTRATIVE)
                && REPORTS.contains(word.substring(ArabicProclitics.DEMONSTRATIVE.length()));
    }

    /**
     * Whether the words from {@code from} on only ask, one question word at least among them: a question word
     * ({@link #ALL}), a noun of the answer's kind ({@link #namesTheAnswerKind}, {@link #PLACE_NOUNS}: يوم إيه،
     * بيا مدينة) or a stop word (بالضبط). A verb before them has no object nor place of its own.
     */
    private static boolean onlyAsking(List<String> words, int from) {
        List<String> rest = words.subList(Math.min(from, words.size()), words.size());
        return rest.stream().anyMatch(ALL::contains) && rest.stream().allMatch(w -> ALL.contains(w)
                || namesTheAnswerKind(w) || PLACE_NOUNS.contains(w) || ArabicStopWords.contains(w));
    }

    /** Whether the word at {@code i} is the Levantine "beside" ({@link #BESIDE}), not the Standard "limit". */
    private static boolean beside(List<String> words, int i) {
        String word = words.get(i);
        if (i > 0 && BEFORE_LIMIT.contains(words.get(i - 1))) {
            return false;
        }
        return BESIDE_WITH_PRONOUN.contains(word) || BESIDE.equals(word) && i + 1 < words.size()
                && !ArabicProclitics.startsWithArticle(words.get(i + 1));
    }

    /** Whether a folded word is the definite report ({@link #THE_REPORT}: الخبر، بالخبر، والمقال). */
    private static boolean theReport(String word) {
        String bare = ArabicProclitics.withoutArticle(word);
        return bare.length() < word.length() && THE_REPORT.contains(bare);
    }

    /**
     * Whether the word at {@code i} is the headline before the report ({@link #HEADLINE}), or the report, with or
     * without its article, right after the headline.
     */
    private static boolean headline(List<String> words, int i) {
        return isHeadline(words.get(i)) ? i + 1 < words.size() && reportWithOrWithoutArticle(words.get(i + 1))
                : i > 0 && reportWithOrWithoutArticle(words.get(i)) && isHeadline(words.get(i - 1));
    }

    /** Whether a folded word is {@link #HEADLINE}, also with a glued و or ف (وعنوان). */
    private static boolean isHeadline(String word) {
        return HEADLINE.equals(ArabicProclitics.withoutConjunction(word, ArabicRootSkeleton.MIN_LENGTH));
    }

    /** Whether a folded word is the report ({@link #THE_REPORT}), with or without its article (خبر، الخبر). */
    private static boolean reportWithOrWithoutArticle(String word) {
        return THE_REPORT.contains(ArabicProclitics.withoutArticle(word));
    }

    /** Whether the report stands right after the word at {@code i}, glued to its preposition or after في. */
    private static boolean reportFollows(List<String> words, int i) {
        return i + 1 < words.size() && (theReport(words.get(i + 1))
                || i + 2 < words.size() && ArabicStopWords.PREPOSITIONS.contains(words.get(i + 1))
                && theReport(words.get(i + 2)));
    }

    /** Every question word of every group: none of them is evidence an answer must repeat. */
    public static final Set<String> ALL = all();

    private ArabicQuestionWords() {
    }

    /**
     * Whether a folded word, with or without its article, names the kind of answer asked for rather
     * than what the question is about: a noun of time, quantity or reason (في أي سنة، سنة كام، كم عدد، وشو
     * السبب) or a word of {@link #LOCATING}. An answer gives the figure, the place or the reason ("وفقا لخطة
     * العمليات الأرضية"); it need not repeat the word.
     */
    public static boolean namesTheAnswerKind(String folded) {
        String bare = ArabicTextNormalizer.withoutArticle(folded);
        return TIME_NOUNS.contains(folded) || TIME_NOUNS.contains(bare) || QUANTITY_NOUNS.contains(bare)
                || REASON_NOUNS.contains(bare) || LOCATING.contains(folded);
    }

    /**
     * Whether folded words close on "or not" ({@link #OR} and {@link #OR_NOT_NOT}: أم لا، ولا لأ): the question
     * asks whether what it states holds, as a question opening with هل does, which the dialects leave out.
     */
    public static boolean closesOnOrNot(List<String> folded) {
        int n = folded.size();
        return n >= 3 && OR.contains(folded.get(n - 2)) && OR_NOT_NOT.contains(folded.get(n - 1));
    }

    /**
     * Whether folded words put a noun by its form ({@link ArabicRootSkeleton#nounByForm}: one with the article or a
     * plural in ات, of five letters or more, no function word such as الذي) right after {@link #WHAT_DEED}, with or
     * without a glued و or ف: "ماذا تسجيلات النظرية؟" puts a thing where the deed asked of stands, so it asks no
     * deed an article could tell.
     */
    public static boolean asksNoDeed(List<String> folded) {
        return IntStream.range(1, folded.size())
                .filter(i -> ArabicProclitics.oneOfWithOrWithoutConjunction(WHAT_DEED, folded.get(i - 1)))
                .mapToObj(folded::get)
                .anyMatch(w -> w.length() >= NOUN_AFTER_DEED_LETTERS && ArabicRootSkeleton.nounByForm(w)
                        && !ArabicStopWords.contains(w));
    }

    private static Set<String> anywhere() {
        Set<String> anywhere = new HashSet<>();
        Stream.of(WHEN, WHERE, HOW_MANY, WHY, HOW).forEach(anywhere::addAll);
        anywhere.addAll(WHO);
        anywhere.removeAll(foldedSet("من", "لم"));
        return Set.copyOf(anywhere);
    }

    private static Set<String> all() {
        Set<String> all = new HashSet<>();
        Stream.of(WHO, WHEN, WHERE, HOW_MANY, WHY, HOW, WHAT, WHICH, YES_NO, WITH_PREPOSITION, WHICH_AFTER_PREPOSITION)
                .forEach(all::addAll);
        return Set.copyOf(all);
    }
}
