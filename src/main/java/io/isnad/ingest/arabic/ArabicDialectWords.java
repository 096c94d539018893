package io.isnad.ingest.arabic;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Common content words of the spoken dialects (Levantine, Gulf, Egyptian, Iraqi, Maghrebi), each
 * with the Modern Standard word news prose writes for it: طيارة for طائرة, حكى for قال, انجرح for
 * أصيب, مبارح for أمس. The articles never hold the dialect word, so a question asked with it has
 * a heaviest "missing" word no sentence can hold, which the abstention model read as a name the
 * corpus lacks. Such a word is the question's wording (QuestionWording in the answer's abstention):
 * no name and no strange subject. Written from general knowledge of the dialects, not from any
 * question set. Searching and weighing the question with the Standard words instead answered more
 * dialect questions but also the unanswerable ones whose Standard form the service answers
 * (docs/answers.md, "Twenty-first round, second wave: dialect words").
 *
 * <p>Left out: dialect words that are also Standard words of another meaning a news question may
 * use (صار "became", حصل على "obtained", راح ضحية, طلع, عربية "Arabic", دول "states", مية "hundred",
 * لقي حتفه, قعد, فات, هون "ease", قابلة "capable of"): read as dialect, they would pass a Standard
 * question's word off as wording. The function words
 * and question words of the dialects have their own homes ({@link ArabicStopWords#DIALECT_PARTICLES},
 * {@link ArabicQuestionWords}). Every key is one word, written as the dialects spell it (a ة
 * ending also written ه, ى written ي, a dropped hamza: the folding makes the first two one key).
 */
public final class ArabicDialectWords {

    /** Each Standard word, with the dialect words that say it. */
    private static final List<List<String>> GROUPS = List.of(
            // Verbs.
            List.of("التقى", "قابل", "قابلت", "قابلوا", "قابلها"),
            List.of("قال", "حكى", "حكت", "حكوا", "حكا", "يحكي", "تحكي", "يحكوا"),
            List.of("ذهب", "رحت", "رحنا", "راحوا", "يروح", "تروح", "يروحوا"),
            List.of("جاء", "إجا", "إجت", "إجو", "أجا", "جه", "جات", "بيجي", "بتجي", "يجي", "تيجي"),
            List.of("بقي", "ضل", "ضلت", "ضلوا", "بيضل", "بتضل", "يضل", "تضل", "يضلوا"),
            List.of("يريد", "عايز", "عاوز", "عايزة", "عاوزة", "عايزين", "عاوزين", "يبي", "تبي", "يبون"),
            // The participle too (شايف إنو "he reckons that"), said of a view as Standard يرى (رأى) is.
            List.of("رأى", "شاف", "شافت", "شافوا", "شفت", "يشوف", "تشوف", "يشوفوا", "شايف", "شايفة", "شايفين"),
            List.of("أصيب", "انجرح", "انجرحت", "انجرحوا", "انصاب", "انصابت", "انصابوا", "تصاوب", "تصاوبوا",
                    "اتصاب", "اتصابوا"),
            List.of("قتل", "انقتل", "انقتلت", "انقتلوا", "اتقتل", "اتقتلت", "اتقتلوا"),
            List.of("ضرب", "انضرب", "انضربت", "انضربوا", "اتضرب"),
            List.of("اختطف", "انخطف", "انخطفت", "انخطفوا", "اتخطف"),
            List.of("اعتقل", "كمشوا", "كمشوه", "انكمش", "انكمشوا"),
            List.of("فعل", "سوت", "سووا", "يسوي", "تسوي", "يسووا"),
            List.of("بدأ", "بلش", "بلشت", "بلشوا", "يبلش", "تبلش", "ابتدا", "ابتدت", "بداو", "بداوا"),
            // The Gulf and Iraqi دزّ "sent" in the feminine too, as بعتت: news tells a state's deed so (إيران دزّت).
            List.of("أرسل", "بعت", "بعتت", "بعتوا", "يبعت", "تبعت", "دز", "دزت", "دزوا"),
            // The Egyptian and Levantine كلّم "talked to, rang" (عبد اللهيان كلّم المقداد): news tells an official's
            // talk with another as the call it was (أجرى اتصالاً هاتفياً بنظيره، اتصل به). Not the Standard تكلم
            // "spoke", nor the feminine كلمت: with a pronoun it is also "her speech" (في كلمتها).
            List.of("اتصل", "كلم", "كلموا", "كلمو", "يكلم"),
            List.of("أحضر", "جاب", "جابت", "جابوا", "يجيب", "تجيب"),
            List.of("أخذ", "خد", "خدت", "خدوا", "ياخد", "تاخد"),
            List.of("سقط", "طاح", "طاحت", "طاحوا"),
            List.of("احترق", "انحرق", "انحرقت", "انحرقوا", "اتحرق"),
            // ولعت "it caught fire, it flared up" (a fire, a fight, a war): news writes اندلع for both.
            List.of("اندلع", "ولعت"),
            List.of("ترك", "ساب", "سابت", "سابوا"),
            List.of("غادر", "فل", "فلت", "فلوا"),
            // The participle "having put" (Egyptian and Levantine حاطط "has put, keeps": حاطط هيئة تحرير الشام على
            // قايمة الإرهاب). Not حط nor حطت: the Standard "landed" (حطت الطائرة).
            List.of("وضع", "حطوا", "يحط", "تحط", "حاطط", "حاططين"),
            List.of("أطلق", "طخ", "طخوا"),
            List.of("أعطى", "عطى", "عطوا", "يعطي"),
            List.of("يقول", "بيقول", "بتقول", "بيقولوا", "حيقول", "هيقول"),
            // The Maghrebi علن "announced" (علنات الحكومة): Darija says form IV without its hamza. Not علنا "publicly".
            List.of("أعلن", "علن", "علنت", "علنات", "علنو", "علنوا"),
            List.of("يعمل", "يشتغل", "تشتغل", "يشتغلوا"),
            // Nouns.
            List.of("طائرة", "طيارة"),
            List.of("طائرات", "طيارات"),
            List.of("سيارة", "موتر", "كرهبة"),
            List.of("أموال", "مصاري", "فلوس"),
            // The Maghrebi دري "child" too: it is said in the singular where the question counts children (شحال
            // من دري "how many children"), as Standard counts three to ten in the plural news writes (5 أطفال).
            List.of("أطفال", "ولاد", "عيال", "زغار", "دراري", "دري"),
            List.of("رجل", "زلمة"),
            List.of("جنود", "عساكر"),
            List.of("امرأة", "مرا"),
            List.of("أشياء", "أشيا"),
            // The Egyptian and Levantine حتّة "a piece, a bit of" (حتّة من حلب "a part of Aleppo").
            List.of("جزء", "حتة"),
            List.of("وقت", "وكت"),
            List.of("مكان", "مطرح", "بلاصة"),
            List.of("قرية", "ضيعة"),
            List.of("عائلة", "عيلة"),
            List.of("لص", "حرامي", "حرامية"),
            List.of("مستشفى", "سبيطار", "اسبتالية"),
            List.of("شرطة", "بوليس"),
            List.of("حافلة", "باص"),
            List.of("هاتف", "تلفون", "موبايل"),
            List.of("كهرباء", "كهربا"),
            List.of("دواء", "دوا"),
            List.of("شتاء", "شتا"),
            List.of("أحد", "حدا"),
            // Numbers and weekdays with ث said and written ت, as the Levantine and Egyptian dialects
            // say every ث (كتير، تاني above): يوم الاتنين is Standard يوم الاثنين.
            List.of("الاثنين", "الاتنين"),
            List.of("اثنين", "اتنين"),
            List.of("الثلاثاء", "التلات", "التلاتا", "التلاتاء"),
            List.of("ثلاث", "تلات"),
            List.of("ثلاثة", "تلاتة"),
            List.of("ثلاثين", "تلاتين"),
            List.of("ثمانية", "تمانية", "تمنية"),
            List.of("ثماني", "تماني"),
            List.of("ثمانين", "تمانين"),
            // Adverbs and particles that carry the meaning of a question.
            List.of("الآن", "هلأ", "هلا", "دلوقتي", "دحين", "الحين", "هسه", "هسا", "هسع"),
            List.of("أمس", "مبارح", "امبارح"),
            List.of("غدا", "بكرة", "بكرا", "غدوة"),
            List.of("كثير", "كتير", "واجد", "برشا"),
            List.of("كثيرون", "كتار"),
            List.of("قليل", "شوي", "شوية"),
            List.of("صغير", "زغير", "زغيرة"),
            List.of("جيد", "منيح", "كويس"),
            List.of("حتى", "لحد", "لغاية"),
            List.of("لأن", "عشان", "علشان", "لانو", "مشان", "منشان"),
            List.of("أيضا", "برضو", "برضه"),
            List.of("ثانية", "تانية"),
            List.of("ثاني", "تاني"),
            List.of("هؤلاء", "هدول", "هدولا"),
            List.of("هذه", "هاي"),
            List.of("هناك", "هنيك", "هونيك"),
            // The Egyptian جوّه and برّه (ة-less, as said) beside the Levantine جوّا and برّا.
            List.of("داخل", "جوا", "جوه"),
            List.of("خارج", "برا", "بره"),
            List.of("أمام", "قدام"),
            List.of("وراء", "ورا"));

    private static final Map<String, String> STANDARD = standard();
    /**
     * Standard words that read as a conjunction before a dialect word of the table, folded: وجوه is "faces" (وجوه
     * المعارضة), not و + the Egyptian جوّه "inside".
     */
    private static final Set<String> WHOLE_STANDARD_WORDS = ArabicTextNormalizer.foldedSet("وجوه");

    /**
     * The progressive particles the dialects write as a word of their own before a present-tense
     * verb: عم (Levantine: عم يقاتلوا "they are fighting") and قاعد (Gulf and Iraqi). Standard Arabic
     * has no such particle, so the verb stands alone. Glued to the verb, عم is one of {@link
     * ArabicRootSkeleton#withoutDialectMarker}'s markers (عميحكي). Read only before a present tense:
     * alone, عم is "uncle" and قاعد "sitting".
     */
    private static final Set<String> PROGRESSIVE_PARTICLES = Set.of("عم", "قاعد");
    /**
     * The future particles the dialects write as a word of their own before a present-tense verb: رح
     * and راح (Levantine, Iraqi, Gulf), حا (Egyptian), غادي (Maghrebi). Standard Arabic glues its
     * future س to the verb (رح يزور = سيزور), as news prose writes it. Read only before a present
     * tense: alone, راح is "went" (راح ضحيته).
     */
    private static final Set<String> FUTURE_PARTICLES = Set.of("رح", "راح", "حا", "غادي");
    /** The Standard future particle written apart from its verb (سوف ينسحب), folded. */
    private static final String FUTURE_APART = "سوف";
    /**
     * The cities the dialects call by another name than news prose writes, folded: الشام, in the Levant's
     * speech, is Damascus (راح عالشام "he went to Damascus"), which the articles write دمشق. Read so only as a
     * place one goes to or is in ({@link #withSpokenCityNamesRead}): after a noun it is the Levant of a name
     * (هيئة تحرير الشام، بلاد الشام).
     */
    private static final Map<String, String> SPOKEN_CITY_NAMES = Map.of("الشام", "دمشق");
    /**
     * A preposition glued to a spoken city name's article, folded, with the preposition as it is glued to a
     * name without the article or written apart: بالشام → بدمشق، للشام → لدمشق, and the dialects' ع for على
     * (عالشام → على دمشق).
     */
    private static final Map<String, String> GLUED_PREPOSITIONS = Map.of("بال", "ب", "لل", "ل", "عال", "علي ");
    /**
     * The dialects' "rang someone up" (Levantine, Iraqi and Gulf: دق على المقداد، دقيت عليه), folded, with the
     * verb news prose writes for a call (اتصل). Read only right before على ({@link #withVerbPhrasesRead}): alone, دق
     * is also the Standard "knocked, struck, sounded" (دق ناقوس الخطر). Past forms only: the present يدق على
     * وتر is a Standard idiom ("plays on").
     */
    private static final Map<String, String> CALLS = Map.of("دق", "اتصل", "دقت", "اتصلت", "دقيت", "اتصلت", "دقوا",
            "اتصلوا", "دقو", "اتصلوا");
    /**
     * The Egyptian "talked about" (اتكلموا في إيه "what did they talk about"), folded, with the verb news prose writes
     * for talks' subjects (ناقشا العلاقات الثنائية), in the same person. Read only right before في
     * ({@link #withVerbPhrasesRead}): before عن it is "spoke of" (اتكلم عن الطيارات), a statement, not talks.
     */
    private static final Map<String, String> TALKED_ABOUT = Map.of("اتكلم", "ناقش", "اتكلمت", "ناقشت", "اتكلموا",
            "ناقشوا", "اتكلمو", "ناقشوا");
    /**
     * The Gulf "wants for it" (يبي له، تبي لها، يبغى له: "وقف الإرهاب يبي له جهد" "stopping terror needs an effort"),
     * folded, with the verb news prose writes for a need (يحتاج, a word of the need group of {@link
     * ArabicNewsSynonyms}). Read only right before له، لها or لهم ({@link #NEEDS_FOR}, {@link #withVerbPhrasesRead}):
     * alone يبي is "wants" (the table's يريد).
     */
    private static final Map<String, String> WANTS_FOR_IT = Map.of("يبي", "يحتاج", "تبي", "تحتاج", "يبغي", "يحتاج",
            "تبغي", "تحتاج");
    /** The "for it" after {@link #WANTS_FOR_IT}, folded. */
    private static final Set<String> NEEDS_FOR = Set.of("له", "لها", "لهم");
    /**
     * The Maghrebi verb of speaking (دوا "he spoke", دوات "she spoke", دواو "they spoke"), folded, with the verb
     * news prose writes (قال). Read only right after a relative pronoun (اللي دوا على منصة إكس): elsewhere
     * دوا is the medicine the other dialects say (the table's دواء).
     */
    private static final Map<String, String> MAGHREBI_SPOKE = Map.of("دوا", "قال", "دوات", "قالت", "دواو", "قالوا");
    /**
     * The Iraqi and Gulf "was" (جان، جانت، جانوا: the ك of كان said چ and written ج), folded, with the Standard form.
     * Read only right after a question word ({@link #withVerbPhrasesRead}: شنو جان ردّه "what was his reply", منو جان
     * يقودهم "who was leading them"): elsewhere جان is also the name Jean (جان إيف لودريان).
     */
    private static final Map<String, String> IRAQI_WAS = Map.of("جان", "كان", "جانت", "كانت", "جانوا", "كانوا", "جانو",
            "كانوا");
    /**
     * The dialects' "when" (Gulf, Iraqi and Levantine يوم before a verb: "عبد اللهيان يوم دق على المقداد", "when he
     * rang Mekdad"), folded, and the Standard conjunction news prose writes for it (لما, a word of no evidence).
     * Read so only right before a word that looks like a verb ({@link ArabicRootSkeleton#looksConjugated}, or a verb
     * of calling, {@link #CALLS}) and not after a question word or a preposition ({@link #withVerbPhrasesRead}): "بأي
     * يوم صارت"، "في يوم واحد" ask or name a day; unread, يوم is a word of time the judged line does not hold.
     */
    private static final String DAY = "يوم";
    private static final String WHEN = "لما";
    /** The Iraqi "which" (يا يوم "which day"), folded, which no question word set of its own holds. */
    private static final String IRAQI_WHICH = "يا";
    /**
     * The dialects' "all along, without a break" (Levantine and Egyptian على طول: "كانت شغالة على طول"), folded,
     * the word after على, and the word news prose writes for it ("36 ساعة متواصلة"). Read so only where no content
     * word follows ({@link #withVerbPhrasesRead}): before one it is the Standard "along" (على طول الحدود).
     */
    private static final String ALL_ALONG = "طول";
    private static final String CONTINUOUS = "متواصل";
    /**
     * The dialects' "never" (Levantine, Egyptian, Gulf and Maghrebi: عمرها ما غادي تحكم "it will never rule", عمري ما
     * شفته "I never saw him"): عمر "life" with a glued pronoun, then ما, then the verb. News prose writes أبدا (لن
     * تحكم … أبدا), so the pair is read as that word ({@link #withVerbPhrasesRead}); unread, عمر is a heavy word no
     * sentence of the story holds. Read only before a word of content: before a function word it is the Standard
     * age of someone (عمره ما بين).
     */
    private static final String LIFE = "عمر";
    private static final Set<String> LIFE_PRONOUNS = Set.of("ي", "ك", "ه", "ها", "نا", "كم", "هم", "هن");
    private static final String NEVER = "ابدا";
    /** The silent ا of the past plural (خدوا), which Standard writes no more once a pronoun follows (أخذوها). */
    private static final String PLURAL_ALEF = "ا";
    /** The past plural's و with the glued "him, it" (شافوه), folded. */
    private static final String PLURAL_HIM = "وه";
    /** The preposition ب as glued to a noun. */
    private static final String GLUED_BI = "ب";
    /** The Standard future prefix (سيزور، ستعقد). */
    private static final String FUTURE = "س";
    /** The negation the dialects wrap around a verb (Egyptian, Levantine, Maghrebi: ماقالش، ما بيعرفش). */
    private static final String NEGATION_OPEN = "ما";
    private static final String NEGATION_CLOSE = "ش";
    /** An Arabic word's letters, without the question mark ؟ the Arabic block also holds. */
    private static final Pattern LETTERS = Pattern.compile("[\\p{IsArabic}&&\\p{L}]+");

    private ArabicDialectWords() {
    }

    /**
     * Whether folded words tell of the future by a particle written apart: the Standard سوف, or a dialect's future
     * particle right before a present-tense verb ({@link #futureParticle}: "شوكت راح تطلع من العراق؟" "when will
     * it leave Iraq?"). Not the glued س: سيطر and ستة start with its letters before a present tense's.
     */
    public static boolean tellFuture(List<String> folded) {
        for (int i = 0; i < folded.size(); i++) {
            if (FUTURE_APART.equals(ArabicProclitics.withoutConjunction(folded.get(i), 2))
                    || i + 1 < folded.size() && futureParticle(folded.get(i), folded.get(i + 1)).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The dialect's future particle ({@link #FUTURE_PARTICLES}) a folded word is, with or without a glued
     * conjunction (رح، وراح), when the folded word after it looks like a present-tense verb (رح يزور، وراح تطلع);
     * empty otherwise, as alone راح is "went" (راح ضحيته). The one reading of the particle: {@link #tellFuture}
     * asks whether a question tells of the future by it, {@link #withVerbPhrasesRead} writes it as the glued س.
     */
    private static Optional<String> futureParticle(String word, String next) {
        String bare = ArabicProclitics.withoutConjunction(word, 2);
        return FUTURE_PARTICLES.contains(bare) && ArabicRootSkeleton.looksPresentTense(next)
                ? Optional.of(bare) : Optional.empty();
    }

    private static Map<String, String> standard() {
        Map<String, String> standard = new HashMap<>();
        for (List<String> group : GROUPS) {
            String word = ArabicTextNormalizer.normalize(group.get(0));
            group.subList(1, group.size()).forEach(d -> standard.put(ArabicTextNormalizer.normalize(d), word));
        }
        return Map.copyOf(standard);
    }

    /**
     * The Standard word of a folded dialect word of the table with the preposition ب glued to it (بحتّة من حلب "in
     * a part of Aleppo" → جزء), the preposition left out as the query leaves out every preposition written apart
     * (the index keeps بجزء whole, a word no chunk holds); empty for anything else. Not read by {@link #standardOf},
     * since ب before a word of the table is as often a Standard word's own letter (بحتة "purely"): the caller reads
     * it so only where the corpus holds the reading and not the word. Not the indefinite حدا "someone" (التقى بحدا
     * "met someone"): read as أحد it leaves no word of content where it stood, and a question whether a minister met
     * "someone" of a party was then answered by his meeting with another (docs/answers.md, "faar54b").
     */
    public static Optional<String> withGluedBiRead(String folded) {
        String rest = ArabicProclitics.withoutFirst(folded, List.of(GLUED_BI), ArabicRootSkeleton.MIN_LENGTH);
        return rest.equals(folded) ? Optional.empty()
                : Optional.ofNullable(STANDARD.get(rest)).filter(word -> !ArabicPersonTitles.isOneOf(word));
    }

    /** How many dialect words the table holds. */
    static int size() {
        return STANDARD.size();
    }

    /**
     * The Standard word for a folded dialect word, also after the article or a glued proclitic
     * (الطياره → الطائرة folded, وحكي → وقال: kept in front of it; not ب ل ك) and after a dialect
     * marker of the present tense ({@link ArabicRootSkeleton#withoutDialectMarker}: بيشوف، عميشتغل، حيروح, dropped
     * with it), and before a glued pronoun of the third person ({@link #withoutObjectPronoun}: بعتتهم, dropped with
     * it); empty when it is no dialect word. Only a word the table holds is found, so a name
     * that looks marked (بيروت) is none. A verb inside the dialects' negation ما … ش is read as
     * the verb ({@link #negatedVerb}: ماقالش، مابيعرفش).
     */
    public static Optional<String> standardOf(String folded) {
        String word = STANDARD.get(folded);
        if (word != null) {
            return Optional.of(word);
        }
        for (String article : ArabicProclitics.ARTICLE_FORMS) {
            if (folded.startsWith(article)) {
                String rest = STANDARD.get(folded.substring(article.length()));
                if (rest != null && !rest.startsWith("ال")) {
                    return Optional.of(article + rest);
                }
            }
        }
        Optional<String> withPronoun = withoutObjectPronoun(folded);
        if (withPronoun.isPresent()) {
            return withPronoun;
        }
        Optional<String> marked = ArabicRootSkeleton.withoutDialectMarker(folded).map(STANDARD::get);
        if (marked.isPresent()) {
            return marked;
        }
        if (folded.startsWith(NEGATION_OPEN) && folded.endsWith(NEGATION_CLOSE)) {
            Optional<String> negated = negatedVerb(folded.substring(NEGATION_OPEN.length(),
                    folded.length() - NEGATION_CLOSE.length()));
            if (negated.isPresent()) {
                return negated;
            }
        }
        // Only the conjunctions: a ب، ل or ك in front of a verb of the table is as often the verb's own
        // first letter (كشفت is no ك before شفت).
        String bare = ArabicProclitics.withoutConjunction(folded, ArabicRootSkeleton.MIN_LENGTH);
        if (bare.length() == folded.length() || WHOLE_STANDARD_WORDS.contains(folded)) {
            return Optional.empty();
        }
        return Optional.ofNullable(STANDARD.get(bare)).map(rest -> folded.charAt(0) + rest);
    }

    /**
     * The Standard word of a folded word of the table with a glued pronoun of the third person after it (بعتتهم
     * "she sent them" → أرسل, خدوها "they took it", the plural's ا dropped before it as Standard drops it in أخذوها,
     * ولادهم → أطفال), the pronoun left out as the query leaves out a noun's ({@link
     * ArabicRootSkeleton#withoutPronounAfterTa}); empty for anything else. The table never holds the word with its
     * pronoun, so unread it is a word no article holds. Not ه, which folds as a ta marbuta does: قابله is also the
     * Standard قابلة "capable"; but ه after a plural's و ("الخطر اللي شافوه" "the danger they saw", a verb of the
     * table in ـوا) is "him, it", since no ة follows a table plural's و.
     */
    private static Optional<String> withoutObjectPronoun(String folded) {
        Optional<String> rest = ArabicRootSkeleton.withoutTwoLetterThirdPersonPronoun(folded)
                .or(() -> folded.endsWith(PLURAL_HIM) ? Optional.of(folded.substring(0, folded.length() - 1))
                        : Optional.empty());
        return rest.map(r -> STANDARD.getOrDefault(r, STANDARD.get(r + PLURAL_ALEF)));
    }

    /**
     * A folded text with each dialect word replaced by its Standard word ({@link #standardOf}), so a
     * question asked in a dialect is searched and weighed as its Standard form; an opening "is it
     * true that" (صحيح إنو…) as the هل that asks it ({@link ArabicQuestionWords#withTruthOpenerAsYesNo}).
     */
    public static String inStandard(String folded) {
        String particlesRead = withVerbPhrasesRead(ArabicQuestionWords.withTruthOpenerAsYesNo(folded));
        return ArabicTextNormalizer.replaceArabicWords(withSpokenCityNamesRead(particlesRead),
                w -> standardOf(w).orElse(w));
    }

    /**
     * A folded text with each spoken city name ({@link #SPOKEN_CITY_NAMES}) written as news prose writes the
     * city, where a preposition stands apart right before it (في الشام، الى الشام) or is glued to its article
     * (بالشام، للشام، عالشام, with or without a conjunction before): the articles never write الشام for the city.
     */
    static String withSpokenCityNamesRead(String folded) {
        Matcher m = LETTERS.matcher(folded);
        StringBuilder out = new StringBuilder(folded.length());
        int copied = 0;
        String previous = null;
        while (m.find()) {
            String word = m.group();
            String reading = previous != null && ArabicStopWords.PREPOSITIONS.contains(previous)
                    ? SPOKEN_CITY_NAMES.get(word) : gluedCity(word);
            if (reading != null) {
                out.append(folded, copied, m.start()).append(reading);
                copied = m.end();
            }
            previous = word;
        }
        return out.append(folded, copied, folded.length()).toString();
    }

    /** A spoken city name with a preposition glued to its article, as news prose writes it; null for anything else. */
    private static String gluedCity(String word) {
        String bare = ArabicProclitics.withoutConjunction(word, ArabicRootSkeleton.MIN_LENGTH);
        for (Map.Entry<String, String> glued : GLUED_PREPOSITIONS.entrySet()) {
            String city = bare.startsWith(glued.getKey())
                    ? SPOKEN_CITY_NAMES.get("ال" + bare.substring(glued.getKey().length())) : null;
            if (city != null) {
                return word.substring(0, word.length() - bare.length()) + glued.getValue() + city;
            }
        }
        return null;
    }

    /**
     * The verb a dialect's negation wraps (ماقالش → قال once ما and ش are off, مابيعرفش → يعرف): the
     * Standard word of a verb of the table, the verb behind a present-tense marker, or a word that
     * looks conjugated ({@link ArabicRootSkeleton#looksConjugated}); empty for anything else, so a
     * name between ما and ش (ماكينتوش) is none. The negation itself is a function word, as لم and لا
     * are, so it is dropped.
     */
    private static Optional<String> negatedVerb(String inner) {
        if (inner.length() < ArabicRootSkeleton.MIN_LENGTH) {
            return Optional.empty();
        }
        String word = STANDARD.get(inner);
        if (word != null) {
            return Optional.of(word);
        }
        Optional<String> unmarked = ArabicRootSkeleton.withoutDialectMarker(inner);
        if (unmarked.isPresent()) {
            return Optional.of(STANDARD.getOrDefault(unmarked.get(), unmarked.get()));
        }
        return ArabicRootSkeleton.looksConjugated(inner) ? Optional.of(inner) : Optional.empty();
    }

    /**
     * A folded text with the dialects' particles of tense before a present-tense verb written as Standard Arabic writes
     * the tense: a progressive particle left out ("عم يقاتلوا" → "يقاتلوا"), a future particle as the glued س ({@link
     * #futureParticle}: "رح يزور" → "سيزور", "وراح تطلع" → "وستطلع"); with the dialects' ما … ش written apart read as
     * the verb it wraps ("ما حكاش" → "قال"); and with a verb of calling someone before على ({@link #CALLS}) as the
     * Standard call ("دق على المقداد" → "اتصل على المقداد"), the Egyptian "talked about" as the discussion news writes
     * ({@link #TALKED_ABOUT}: "اتكلموا في" → "ناقشوا في"), the Gulf "wants for it" as a need ({@link #WANTS_FOR_IT}:
     * "يبي له" → "يحتاج له"), the Maghrebi verb of speaking after a relative pronoun as the Standard one ({@link
     * #MAGHREBI_SPOKE}: "اللي دوا" → "اللي قال"), the Iraqi "was" after a question word as كان ({@link #IRAQI_WAS}:
     * "شنو جان" → "شنو كان"), the adverb على طول as متواصل ({@link #ALL_ALONG}), the "never" of عمرها ما as أبدا
     * ({@link #LIFE}) and the "when" of يوم before a verb as لما ({@link #DAY}: "يوم دق على المقداد" → "لما اتصل على
     * المقداد"): words the articles never hold around the verb they do. A pair is read only when nothing but space
     * stands between its two words.
     */
    static String withVerbPhrasesRead(String folded) {
        Matcher m = LETTERS.matcher(folded);
        StringBuilder out = new StringBuilder(folded.length());
        int copied = 0;
        String previous = null;
        String beforePrevious = null;
        int previousStart = -1;
        while (m.find()) {
            String word = m.group();
            if (previous != null && folded.substring(previousStart + previous.length(), m.start()).isBlank()) {
                boolean beforeVerb = ArabicRootSkeleton.looksPresentTense(word);
                Optional<String> future = futureParticle(previous, word);
                Optional<String> was = standardWas(previous, word);
                if (DAY.equals(previous) && opensClauseOfTime(beforePrevious)
                        && (CALLS.containsKey(word) || ArabicRootSkeleton.looksConjugated(word))) {
                    out.append(folded, copied, previousStart).append(WHEN);
                    copied = previousStart + previous.length();
                } else if (beforeVerb && PROGRESSIVE_PARTICLES.contains(previous)) {
                    out.append(folded, copied, previousStart);
                    copied = m.start();
                } else if (future.isPresent() && !word.startsWith(FUTURE)) {
                    // A glued conjunction stays before the glued س: وراح تطلع → وستطلع.
                    out.append(folded, copied, previousStart + previous.length() - future.get().length())
                            .append(FUTURE);
                    copied = m.start();
                } else if (NEGATION_OPEN.equals(previous) && word.endsWith(NEGATION_CLOSE)) {
                    Optional<String> verb = negatedVerb(word.substring(0, word.length() - NEGATION_CLOSE.length()));
                    if (verb.isPresent()) {
                        out.append(folded, copied, previousStart).append(verb.get());
                        copied = m.end();
                    }
                } else if (ArabicStopWords.ON.equals(word) && CALLS.containsKey(previous)) {
                    out.append(folded, copied, previousStart).append(CALLS.get(previous));
                    copied = previousStart + previous.length();
                } else if (ArabicStopWords.IN.equals(word) && TALKED_ABOUT.containsKey(previous)) {
                    out.append(folded, copied, previousStart).append(TALKED_ABOUT.get(previous));
                    copied = previousStart + previous.length();
                } else if (NEEDS_FOR.contains(word) && WANTS_FOR_IT.containsKey(previous)) {
                    out.append(folded, copied, previousStart).append(WANTS_FOR_IT.get(previous));
                    copied = previousStart + previous.length();
                } else if (was.isPresent()) {
                    out.append(folded, copied, m.start()).append(was.get());
                    copied = m.end();
                } else if (MAGHREBI_SPOKE.containsKey(word) && ArabicStopWords.opensRelativeClause(previous)) {
                    out.append(folded, copied, m.start()).append(MAGHREBI_SPOKE.get(word));
                    copied = m.end();
                } else if (ArabicStopWords.ON.equals(previous) && ALL_ALONG.equals(word)
                        && endsPhrase(folded, m.end())) {
                    out.append(folded, copied, previousStart).append(CONTINUOUS);
                    copied = m.end();
                } else if (NEGATION_OPEN.equals(word) && isLifeWithPronoun(previous)
                        && !endsPhrase(folded, m.end())) {
                    out.append(folded, copied, previousStart).append(NEVER);
                    copied = m.end();
                    // ما is read: it opens no negation of the verb after it (عمره ما حكاش).
                    previous = null;
                    continue;
                }
            }
            beforePrevious = previous;
            previous = word;
            previousStart = m.start();
        }
        return out.append(folded, copied, folded.length()).toString();
    }

    /**
     * Whether a folded word is "was" (كان، كانت، كانوا), or the Iraqi one right after a question word ({@link
     * #standardWas}, {@code previous} the word before it, folded): "من كان آخر رئيس وزراء…" asks who held the office.
     */
    public static boolean isWas(String previous, String word) {
        return IRAQI_WAS.containsValue(word) || standardWas(previous, word).isPresent();
    }

    /**
     * The Standard "was" of a folded word that is the Iraqi one ({@link #IRAQI_WAS}: جان → كان, جانت → كانت) right
     * after a question word, with or without a conjunction ({@code previous}, folded: شنو جان، ومنو جان); empty
     * otherwise, as elsewhere جان is also the name Jean. The search reads it so ({@link #withVerbPhrasesRead}) and so
     * does the question's analysis ({@code QuestionAnalyzer}): "شنو جان ردّه؟" asks as
     * "شنو كان ردّه؟" does, and جان is no noun it asks about.
     */
    public static Optional<String> standardWas(String previous, String word) {
        return IRAQI_WAS.containsKey(word)
                && ArabicProclitics.oneOfWithOrWithoutConjunction(ArabicQuestionWords.ALL, previous)
                        ? Optional.of(IRAQI_WAS.get(word)) : Optional.empty();
    }

    /**
     * Whether a {@link #DAY} after this folded word (null at the text's start) may open a clause of time: not after a
     * question word, the Iraqi "which" or a preposition, with or without a proclitic (بأي يوم، يا يوم، في يوم).
     */
    private static boolean opensClauseOfTime(String before) {
        if (before == null) {
            return true;
        }
        String bare = ArabicProclitics.withoutConjunctionAndPreposition(before);
        return !IRAQI_WHICH.equals(before) && !ArabicStopWords.PREPOSITIONS.contains(before)
                && !ArabicQuestionWords.ALL.contains(before) && !ArabicQuestionWords.ALL.contains(bare);
    }

    /** Whether a folded word is عمر "life" with a glued pronoun (عمرها، عمري), as the dialects' "never" opens. */
    private static boolean isLifeWithPronoun(String folded) {
        return folded.startsWith(LIFE) && LIFE_PRONOUNS.contains(folded.substring(LIFE.length()));
    }

    /** Whether no word follows {@code from} in a folded text, or only a function word (ولا، و، او). */
    private static boolean endsPhrase(String folded, int from) {
        Matcher next = LETTERS.matcher(folded);
        return !next.find(from) || ArabicStopWords.containsGlued(next.group());
    }
}
