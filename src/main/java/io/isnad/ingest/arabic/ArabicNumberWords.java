package io.isnad.ingest.arabic;

import static io.isnad.ingest.arabic.ArabicTextNormalizer.foldedList;
import static io.isnad.ingest.arabic.ArabicTextNormalizer.foldedSet;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Arabic number words (folded) and their values: ثلاثة 3, عشرين 20, مئات 100, الف 1000. */
public final class ArabicNumberWords {

    private static final Map<String, Long> VALUES = values();
    /**
     * The first letters of the nouns that name a unit a quantity is measured or tallied in rather
     * than a thing counted (folded): lengths, areas and weights (كيلومتر، ميل، متر، كم، طن، رطل، غرام،
     * لتر), points of a score, times, kinds. "كم نقطة…" asks for the figure, "308"; "كم امرأة…" for
     * the women, "31 امرأة".
     */
    private static final Pattern UNIT_NOUN = Pattern.compile("كيلو|ميل|متر|كم|طن|رطل|غرام|لتر|نقط|نقاط|مره|مرات|نوع|انواع");

    /** Ordinals 1 to 10 with the article, folded, as days are written: في الأول من ديسمبر. */
    public static final List<String> ORDINALS = List.of("الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس",
            "السابع", "الثامن", "التاسع", "العاشر");

    /**
     * The ordinals with the article that open a compound ordinal (الحادي عشر، الثانية عشرة), folded:
     * those of {@link #ORDINALS}, الحادي, and their feminines (الأولى، الثالثة، الحادية).
     */
    private static final Set<String> ORDINAL_FORMS = Stream.concat(Stream.of("الحادي", "الاولي", "الحاديه"),
            ORDINALS.stream().flatMap(o -> o.equals("الاول") ? Stream.of(o) : Stream.of(o, o + "ه")))
            .collect(Collectors.toUnmodifiableSet());

    /** The words that make a figure a share, folded: 85 في المائة، 40 بالمئة. */
    public static final List<String> PERCENT_WORDS = foldedList("في المئة", "في المائة", "بالمئة", "بالمائة");

    /**
     * The noun a population is counted in, folded: "128 مليون نسمة" states the population, "128 مليون"
     * is a bare figure. Kept after a number as a unit is, whether or not the question names it.
     */
    public static final String PERSONS = "نسمه";
    /**
     * The words that name a whole after من, folded: "نسبة الأكراد من إجمالي سكان العراق" asks a part's share
     * of the population, and every share of the sentence is one of that whole.
     */
    public static final Set<String> WHOLE_WORDS = foldedSet("إجمالي", "مجموع");

    /**
     * Nouns that make the number before them a multiple, folded: "عشرة أضعاف وزنها" is ten times
     * its weight, not ten.
     */
    public static final Set<String> MULTIPLIERS = Set.of("ضعف", "ضعفا", "ضعفي", "ضعفين", "ضعفان", "اضعاف");

    /**
     * "Of which", "of whom", folded: a figure after one counts a part of the figure before ("158349 عائلة منها
     * 68511 لديها أطفال").
     */
    public static final Set<String> PARTITIVES = Set.of("منها", "منهم", "منهن");
    /**
     * "Among them", folded: news gives the women and children of a toll after it so ("89 شهيداً، بينهم 31 امرأة"),
     * as a part of the figure before, like a {@link #PARTITIVES} word.
     */
    private static final Set<String> AMONG_THEM = Set.of("بينها", "بينهم", "بينهن");
    /**
     * The nouns by which a how-much question asks what something is worth or costs (قيمة، تكلفة، كلفة، ثمن، سعر،
     * أسعار; worth, value, cost, price), folded: the sum it asks is a figure, as a count is.
     */
    public static final Set<String> VALUE_NOUNS = foldedSet("قيمة", "تكلفة", "كلفة", "ثمن", "سعر", "أسعار", "worth",
            "value", "cost", "costs", "price", "prices");

    /**
     * Words of a quantity given without a figure, folded: عدة، بضع، بضعة (a few, some), مئات
     * (hundreds), العديد (many). A sentence that holds one tells roughly how many, so it is no sentence
     * without a figure; none is a number word ({@link #isNumberWord}), since none has one value.
     */
    private static final Set<String> QUANTITY_WORDS = foldedSet("عده", "بضع", "بضعه", "مئات", "عديد", "العديد");
    /** A draw's stem and the adjective that makes it goalless (تعادل سلبي), folded ({@link #writesGoallessDraw}). */
    private static final String DRAW = "تعادل";
    private static final String NIL = "سلبي";
    /** The words before أهداف that count the goals as none (دون أهداف), folded. */
    private static final Set<String> NO_GOALS_BEFORE = foldedSet("دون", "بدون");
    private static final String GOALS = "اهداف";

    /**
     * The plural scale words that give a quantity by its order alone, folded: عشرات، مئات، آلاف،
     * ملايين، مليارات (tens, hundreds, thousands of…). Without a figure before them ("ثلاثة آلاف")
     * they tell roughly how many, not how many.
     */
    private static final Set<String> PLURAL_SCALES = foldedSet("عشرات", "مئات", "آلاف", "ألوف", "ملايين", "مليارات");

    /**
     * Nouns that name a thing by the number written after them, folded, without the article: القرار
     * 2231، المادة 51، البند 7، رقم 10، المرسوم 16. That number is a name, it counts nothing.
     */
    private static final Set<String> NUMBERED_NOUNS = Set.of("قرار", "رقم", "ماده", "بند", "فقره", "مرسوم", "قانون");
    /**
     * The parts and issues of a work, folded, with the article they take before their number: الفصل 1000 (the
     * thousandth chapter), الحلقة 12، الصفحة 40، المجلد 3، الطبعة 2، النسخة 21. Without it فصل and طبعه are as often
     * verbs before a count ("فصل 20 عاملا").
     */
    private static final Set<String> NUMBERED_PARTS = foldedSet("الفصل", "الحلقة", "الصفحة", "المجلد", "الطبعة",
            "النسخة");

    /**
     * The plural fractions, folded, as a figure of three to ten takes them: ثلاثة أرباع، خمسة أعشار (three
     * quarters, five tenths). After a figure they make it a numerator, a share of a whole, no count.
     */
    private static final List<String> PLURAL_FRACTIONS = foldedList("أثلاث", "أرباع", "أخماس", "أسداس", "أسباع",
            "أتساع", "أعشار");

    /**
     * The superlatives a ranking is named by, folded, bare as they stand before its length: أفضل 100 فريق (the
     * hundred best teams), أكبر 10 شركات، أهم 5 أحداث. The figure after one tells how long the list is, not how many
     * of anything there are. Not أشهر, which is also "months", nor أكثر, whose figure follows من (أكثر من 60).
     */
    private static final Set<String> RANKING_SUPERLATIVES = ArabicTextNormalizer.foldedSet("أفضل", "أحسن", "أكبر",
            "أهم", "أعلى", "أقوى", "أغنى", "أسوأ", "أبرز");

    /**
     * The forms of "two" that open twelve, folded: اثنا عشر، اثني عشر، اثنتا عشرة، اثنتي عشرة (اثنى folds to اثني).
     * They are the dual without its ن, as a construct noun drops it, and only the عشر or عشرة after them completes
     * them: "two" standing alone is اثنان، اثنين، اثنتان، اثنتين.
     */
    private static final Set<String> TWELVE_OPENINGS = Set.of("اثنا", "اثني", "اثنتا", "اثنتي");
    /** The tens word that completes a teen, folded: عشر، عشرة. */
    private static final String TEEN_TEN = "عشر";

    private ArabicNumberWords() {
    }

    private static Map<String, Long> values() {
        Map<String, Long> v = new HashMap<>();
        String[][] units = {
            {"واحد", "واحده"}, {"اثنان", "اثنين", "اثنتان", "اثنتين", "اثنا", "اثني", "اثنتا", "اثنتي"},
            {"ثلاث", "ثلاثه"}, {"اربع", "اربعه"}, {"خمس", "خمسه"}, {"ست", "سته"}, {"سبع", "سبعه"},
            {"ثماني", "ثمانيه", "ثمان"}, {"تسع", "تسعه"}, {"عشر", "عشره"}};
        for (int i = 0; i < units.length; i++) {
            for (String w : units[i]) {
                v.put(w, (long) i + 1);
            }
        }
        String[] tens = {"عشرون", "ثلاثون", "اربعون", "خمسون", "ستون", "سبعون", "ثمانون", "تسعون"};
        for (int i = 0; i < tens.length; i++) {
            String stem = tens[i].substring(0, tens[i].length() - 2);
            v.put(tens[i], (long) (i + 2) * 10);
            v.put(stem + "ين", (long) (i + 2) * 10);
        }
        // Not مئات (hundreds): read as 100 it made "مئات الآلاف من السنين" answer how-many questions
        // whose articles hold no answer (see docs/answers.md, twentieth round).
        for (String w : new String[] {"مئه", "مائه"}) {
            v.put(w, 100L);
        }
        for (String w : new String[] {"مائتان", "مئتان", "مئتي", "مائتي", "مئتين", "مائتين"}) {
            v.put(w, 200L);
        }
        for (String w : new String[] {"الف", "الاف", "الفا"}) {
            v.put(w, 1000L);
        }
        v.put("الفين", 2000L);
        v.put("الفان", 2000L);
        for (String w : new String[] {"مليون", "ملايين", "مليونا"}) {
            v.put(w, 1_000_000L);
        }
        v.put("مليوني", 2_000_000L);
        v.put("مليونين", 2_000_000L);
        for (String w : new String[] {"مليار", "مليارات", "بليون"}) {
            v.put(w, 1_000_000_000L);
        }
        v.put("عشرات", 10L);
        // Written as read (مئة، مائتان), the keys are folded as the text is: ئ becomes ي.
        Map<String, Long> folded = new HashMap<>();
        v.forEach((word, value) -> folded.put(ArabicTextNormalizer.normalize(word), value));
        return Map.copyOf(folded);
    }

    /**
     * The value of a folded Arabic number word, also with the conjunction و or a preposition ب/ل
     * glued to it (وثلاثة، بعشرات), or empty when it is not one.
     */
    public static Optional<Long> value(String foldedWord) {
        return Optional.ofNullable(VALUES.get(foldedWord.substring(procliticLength(foldedWord))));
    }

    /**
     * 1 when the number word begins with a glued و، ب or ل (وأربعة، بعشرات), which is no part of
     * the number: a short answer starts after it. 0 otherwise, also for a word that is not one.
     */
    public static int procliticLength(String foldedWord) {
        return procliticLength(foldedWord, VALUES::containsKey);
    }

    /** 1 when {@code known} holds the word only without a glued و، ب or ل, 0 otherwise. */
    private static int procliticLength(String foldedWord, Predicate<String> known) {
        boolean glued = !known.test(foldedWord) && foldedWord.length() > 3
                && "وبل".indexOf(foldedWord.charAt(0)) >= 0 && known.test(foldedWord.substring(1));
        return glued ? 1 : 0;
    }

    /**
     * The value of two folded number words read as one number: a unit before عشر or عشرة is a teen
     * (ثلاثة عشر 13, أحد عشر 11), a unit before a tens word with its و their sum (ثلاثة وعشرون 23).
     * Empty when the two are not one number (ثلاثة آلاف is a unit and its scale, read apart).
     */
    public static Optional<Long> compound(String first, String second) {
        long unit = first.equals("احد") || first.equals("احدي") ? 1 : value(first).orElse(0L);
        if (unit < 1 || unit > 9) {
            return Optional.empty();
        }
        if (second.equals("عشر") || second.equals("عشره")) {
            return Optional.of(10 + unit);
        }
        long tens = second.startsWith("و") ? VALUES.getOrDefault(second.substring(1), 0L) : 0;
        return tens >= 20 && tens <= 90 && tens % 10 == 0 ? Optional.of(tens + unit) : Optional.empty();
    }

    /**
     * The place a folded definite ordinal gives, 1 to 10, masculine or feminine (الأول، الأولى، الثانية),
     * or 0 when the word is none; الحادي counts 11 only with عشر ({@link #ordinalTeen}), so it is 0 here.
     */
    public static int ordinalPlace(String foldedWord) {
        if (foldedWord.equals("الاولي")) {
            return 1;
        }
        int place = ORDINALS.indexOf(foldedWord);
        if (place < 0 && foldedWord.endsWith("ه")) {
            place = ORDINALS.indexOf(foldedWord.substring(0, foldedWord.length() - 1));
        }
        return place + 1;
    }

    /**
     * Whether two folded words are a compound ordinal of the teens: an ordinal ({@link #ORDINAL_FORMS})
     * and عشر or عشرة (الثاني عشر the twelfth, الثالثة عشرة the thirteenth). Its عشر counts no ten.
     */
    public static boolean ordinalTeen(String first, String second) {
        return ORDINAL_FORMS.contains(first) && (second.equals("عشر") || second.equals("عشره"));
    }

    /**
     * Whether a text writes a goalless draw, a score of nil in words: تعادل followed by سلبي (انتهت بالتعادل السلبي،
     * تعادلا سلبيا), or goals counted as none (دون أهداف، بدون أهداف).
     */
    public static boolean writesGoallessDraw(String text) {
        List<String> words = ArabicTextNormalizer.words(text);
        for (int i = 0; i + 1 < words.size(); i++) {
            String bare = ArabicTextNormalizer.withoutArticle(ArabicProclitics.withoutConjunctionAndPreposition(
                    words.get(i)));
            String next = ArabicTextNormalizer.withoutArticle(words.get(i + 1));
            if (bare.startsWith(DRAW) && next.startsWith(NIL) || NO_GOALS_BEFORE.contains(bare) && next.equals(GOALS)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a folded noun names a unit of measure or tally ({@link #UNIT_NOUN}), not a thing counted. */
    public static boolean isUnitNoun(String foldedNoun) {
        return UNIT_NOUN.matcher(foldedNoun).lookingAt();
    }

    /**
     * Whether one Arabic number word has this value (خمسة 5، عشرين 20، الف 1000; the ordinals
     * الأول to العاشر too): a text may give such a number in letters, so its digits missing say
     * little. A number no single word spells (15، 1965، 308) stands in digits.
     */
    public static boolean spelledInOneWord(long value) {
        return VALUES.containsValue(value);
    }

    /**
     * The {@link #VALUE_NOUNS} a question's folded words name, with or without a glued conjunction, preposition or
     * the article ("كم تُقدَّر قيمة الأسلحة…؟" → قيمه); empty when it asks no value.
     */
    public static List<String> valuesAsked(List<String> words) {
        return words.stream().filter(w -> ArabicProclitics.bareForms(w).anyMatch(VALUE_NOUNS::contains)).toList();
    }

    /**
     * Whether a folded word names a quantity without a figure ({@link #QUANTITY_WORDS}), also with
     * و، ب or ل glued to it (لعدة، وبضعة).
     */
    public static boolean isQuantityWord(String foldedWord) {
        return QUANTITY_WORDS.contains(foldedWord.substring(procliticLength(foldedWord, QUANTITY_WORDS::contains)));
    }

    /**
     * Whether a folded word gives a quantity without a figure: a word of a quantity ({@link
     * #isQuantityWord}) or a plural scale ({@link #PLURAL_SCALES}), also with و، ب or ل glued to it
     * (وآلاف، بعشرات).
     */
    public static boolean isVagueQuantity(String foldedWord) {
        return isQuantityWord(foldedWord)
                || PLURAL_SCALES.contains(foldedWord.substring(procliticLength(foldedWord, PLURAL_SCALES::contains)));
    }

    /**
     * Whether a folded word is a noun that names a thing by the number after it ({@link
     * #NUMBERED_NOUNS}), with or without its article and a glued proclitic (بالقرار، المادة), or a part of a
     * work with its article ({@link #NUMBERED_PARTS}: الفصل).
     */
    public static boolean namesByNumber(String foldedWord) {
        return NUMBERED_NOUNS.contains(foldedWord) || NUMBERED_PARTS.contains(foldedWord)
                || NUMBERED_NOUNS.contains(ArabicProclitics.withoutArticle(foldedWord, ArabicRootSkeleton.MIN_LENGTH));
    }

    /**
     * Whether a folded word is a superlative that names a ranking by the figure after it ({@link
     * #RANKING_SUPERLATIVES}: أفضل in "أفضل 100 فريق"), also with a glued و.
     */
    public static boolean ranksByNumber(String foldedWord) {
        return ArabicProclitics.oneOfWithOrWithoutConjunction(RANKING_SUPERLATIVES, foldedWord);
    }

    /**
     * Whether a folded word is a plural fraction ({@link #PLURAL_FRACTIONS}), also with a glued pronoun of the
     * whole it divides (أرباعهم، أعشارها).
     */
    public static boolean isPluralFraction(String foldedWord) {
        return PLURAL_FRACTIONS.stream().anyMatch(foldedWord::startsWith);
    }

    /**
     * Whether a folded word makes the figure after it a part of the figure before: a {@link #PARTITIVES} word or
     * "among them" ({@link #AMONG_THEM}).
     */
    public static boolean countsPartOfWhole(String foldedWord) {
        return PARTITIVES.contains(foldedWord) || AMONG_THEM.contains(foldedWord);
    }

    /**
     * Whether the folded words hold an opening of twelve ({@link #TWELVE_OPENINGS}, also with a glued و، ب or ل)
     * that no عشر or عشرة follows: "من هو اثنتي الألماني…" writes half a number where the rest of the question
     * wants a word, as no sentence of an article does.
     */
    public static boolean unfinishedTwelve(List<String> folded) {
        for (int i = 0; i < folded.size(); i++) {
            String word = folded.get(i);
            String opening = word.substring(procliticLength(word, TWELVE_OPENINGS::contains));
            boolean completed = i + 1 < folded.size() && folded.get(i + 1).startsWith(TEEN_TEN);
            if (TWELVE_OPENINGS.contains(opening) && !completed) {
                return true;
            }
        }
        return false;
    }

    /** Whether a folded word is an Arabic number word. */
    public static boolean isNumberWord(String foldedWord) {
        return value(foldedWord).isPresent();
    }
}
