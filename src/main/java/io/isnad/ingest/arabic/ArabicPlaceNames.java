package io.isnad.ingest.arabic;

import static io.isnad.ingest.arabic.ArabicTextNormalizer.foldedSet;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * How Arabic place names are built: the nouns that open a place name of two words, a construct
 * (خان السبل، دير الزور، رأس العين، تل أبيض، جسر الشغور، بيت لحم، كفر نبل، أبو ظبي، عين العرب، معرة
 * النعمان، ريف دمشق), folded. After such a noun the name goes on: "بلدة خان" is no answer. How a country's
 * demonym is made from its name, so that the two share a base. And the prepositions and adverbs a place follows.
 */
public final class ArabicPlaceNames {

    public static final Set<String> CONSTRUCT_HEADS = foldedSet("خان", "دير", "رأس", "عين", "تل", "جسر", "بيت", "كفر",
            "أبو", "بئر", "جبل", "وادي", "سوق", "باب", "مرج", "معرة", "ريف", "شرم", "قصر", "حمام", "سهل", "جزيرة");

    /**
     * The nouns of the land around a place, named by the place (ريف حلب الغربي "the western Aleppo countryside",
     * ضواحي دمشق "the Damascus suburbs"), folded: news names an area taken or a front so, bare, with no place noun
     * or preposition before it, and the pair says where as a place's name does.
     */
    public static final Set<String> SURROUNDS = foldedSet("ريف", "ضواحي");

    /**
     * The prepositions whose object may be where a thing is or happened (في حمص، من أمام المستشفى، إلى
     * القدس، على الجلد, قرب البلدة), folded: a word after one that is neither a function word nor a date may be
     * a place the lexicon does not know (في شارع كونفيكتورسكا، من منصة قمر صناعي).
     */
    public static final Set<String> PREPOSITIONS_OF_PLACE = foldedSet("في", "من", "إلى", "على", "نحو", "عند", "قرب",
            "داخل", "أمام", "لدى");
    /**
     * The adverbs of place between such a preposition and its place (من أمام المستشفى، بالقرب من البلدة، إلى
     * جانب), folded: the place is the word after them.
     */
    public static final Set<String> ADVERBS_OF_PLACE = foldedSet("أمام", "قرب", "بالقرب", "داخل", "خارج", "جانب",
            "خلف", "وسط", "حول", "مشارف");
    /**
     * States and the capitals news writes for them ("تقود واشنطن تحالفا" for the United States' coalition), by
     * the state's one-word names. The capital lies in its state, so a sentence about it is about the state too;
     * the other way round a capital is its state only as a speaker, not as a place ("killed in Baghdad"), so it
     * stands for the state no further. Left out: a state whose name the stemmer reads as its adjective's stem
     * (العراق and العراقية, مصر, السعودية, سورية as السورية: "the Iraqi militias" are not Baghdad's), and a capital
     * whose stem is another word or too short to tell (عمان is Amman and Oman, طرابلس two cities, الرياض
     * "gardens", بكين بك).
     */
    public static final Map<String, String> CAPITALS = Map.of(
            "إيران", "طهران",
            "أمريكا", "واشنطن",
            "أميركا", "واشنطن",
            "روسيا", "موسكو",
            "سوريا", "دمشق",
            "تركيا", "أنقرة",
            "لبنان", "بيروت",
            "بريطانيا", "لندن",
            "فرنسا", "باريس",
            "أوكرانيا", "كييف");

    /**
     * The kinds of place and building whose names news writes with the kind's noun at their head, each with
     * its plural (folded) and the English nouns that ask for one: قصر الشعب، محافظة إدلب، مستشفى ابن النفيس،
     * جامعة طهران، مطار حلب الدولي، سجن صيدنايا، المسجد الأموي، ملعب، متحف، حي الحمدانية. A sentence naming one of
     * them writes the noun, so a sentence that writes none names no such place. حي is also "alive" and أحياء
     * "reviving": a sentence so written only keeps an answer. Not a city, country, town or region, which
     * news names bare (أنقرة، إدلب), a base (انطلقت من همدان), a company or an agency (ذكرت تسنيم).
     */
    public static final List<NamedKind> NAMED_KINDS = List.of(
            NamedKind.of(List.of("قصر", "قصور"), "palace"),
            NamedKind.of(List.of("محافظة", "محافظات", "ولاية", "ولايات", "إقليم", "أقاليم", "مقاطعة", "مقاطعات"),
                    "province", "governorate"),
            NamedKind.of(List.of("مستشفى", "مستشفيات", "مشفى"), "hospital"),
            NamedKind.of(List.of("جامعة", "جامعات"), "university"),
            NamedKind.of(List.of("مطار", "مطارات"), "airport"),
            NamedKind.of(List.of("سجن", "سجون", "معتقل"), "prison", "jail"),
            NamedKind.of(List.of("مسجد", "مساجد", "جامع"), "mosque"),
            NamedKind.of(List.of("ملعب", "ملاعب", "استاد"), "stadium"),
            NamedKind.of(List.of("متحف", "متاحف"), "museum"),
            NamedKind.of(List.of("كنيسة", "كنائس"), "church"),
            NamedKind.of(List.of("حي", "أحياء"), "neighbourhood", "neighborhood"));

    /** A capital's noun, folded and without the article (عاصمة لبنان، العاصمة التركية): a settlement noun. */
    public static final String CAPITAL = "عاصمه";

    /**
     * The nouns a question asks for a settlement by (a city, a town, a village, a capital), folded and without the
     * article, singular and plural, with their English ones: a country's name answers none of them.
     */
    public static final Set<String> SETTLEMENT_NOUNS = foldedSet("مدينة", "بلدة", "قرية", CAPITAL, "مدن", "بلدات",
            "قرى", "عواصم", "city", "town", "village", "capital", "cities", "towns", "villages", "capitals");

    /**
     * The nouns a figure counts places by (خمس دول، 11 مدينة، ثمانية مناطق), folded and without the article, singular
     * and plural, with the English ones that ask a count of them (singular and plural): what {@link #countsPlaces}
     * reads.
     */
    private static final Set<String> PLACE_UNITS = foldedSet("دولة", "دول", "بلد", "بلدان", "بلاد", "مدينة", "مدن",
            "بلدة", "بلدات", "قرية", "قرى", "منطقة", "مناطق", "محافظة", "محافظات", "ولاية", "ولايات", "مقاطعة",
            "مقاطعات", "إقليم", "أقاليم", "قارة", "قارات", "country", "countries", "nation", "nations", "state",
            "states", "city", "cities", "town", "towns", "village", "villages", "region", "regions", "area", "areas",
            "province", "provinces", "district", "districts", "county", "counties", "continent", "continents",
            "territory", "territories");

    /**
     * Whether a folded word is a noun a figure counts places by ({@link #PLACE_UNITS}): an Arabic one bare, with its
     * conjunction, preposition or article (والدول، بالمدن), or in the accusative a count takes after كم (كم بلدا);
     * an English one in either number, any case.
     */
    public static boolean countsPlaces(String folded) {
        String word = folded.toLowerCase(Locale.ROOT);
        // The word as written first: the ب of بلد، بلدان is no preposition.
        return Stream.of(word, ArabicProclitics.withoutConjunctionAndPreposition(word))
                .anyMatch(w -> PLACE_UNITS.contains(w) || w.length() > 3 && w.endsWith("ا")
                        && PLACE_UNITS.contains(w.substring(0, w.length() - 1)));
    }

    /**
     * A kind of {@link #NAMED_KINDS}: its Arabic nouns, folded, and the English nouns (singular) that ask for it.
     */
    public record NamedKind(Set<String> arabic, Set<String> english) {

        static NamedKind of(List<String> arabic, String... english) {
            return new NamedKind(ArabicTextNormalizer.foldedSet(arabic.toArray(String[]::new)), Set.of(english));
        }

        /**
         * Whether a folded word is one of its nouns: an Arabic one bare or with its conjunction, preposition or
         * article (والمستشفى), an English one in the singular or the plural (hospitals, universities).
         */
        public boolean nounOf(String folded) {
            String word = folded.toLowerCase(Locale.ROOT);
            return arabic.contains(ArabicProclitics.withoutConjunctionAndPreposition(word)) || english.contains(word)
                    || word.endsWith("ies") && english.contains(word.substring(0, word.length() - 3) + "y")
                    || word.endsWith("s") && english.contains(word.substring(0, word.length() - 1));
        }

        /** Whether a text writes one of its nouns ({@link #nounOf}). */
        public boolean writtenIn(String text) {
            return ArabicTextNormalizer.words(text).stream().anyMatch(this::nounOf);
        }
    }

    /** The sides of a place, as the bases of their adjectives. */
    private static final Set<String> SIDES = Set.of("شمال", "جنوب", "شرق", "غرب", "وسط");
    /**
     * The bases of the adjectives that say whether a thing is a country's own or another's, not which
     * country (أجنبي "foreign", محلي "local"): the place lexicon lists them for "foreign" and "domestic".
     */
    private static final Set<String> RELATIONS = Set.of("اجنب", "محل");
    /**
     * The bases of the adjectives that say how far a thing reaches or what kind of place it stands in, not
     * whose it is: دولي "international", إقليمي "regional", عالمي "world", حدودي "border", ساحلي "coastal",
     * ريفي "rural", مركزي "central". The place lexicon lists them for those English words, and "المبعوث الدولي"
     * is no envoy of a nation دول.
     */
    private static final Set<String> REACHES = Set.of("دول", "اقليم", "عالم", "حدود", "ساحل", "ريف", "مركز");

    /**
     * The adjective that, after a place's name, makes the name of another place called after it (هولندا الجديدة,
     * the Dutch name of western Australia; ويلز الجنوبية الجديدة; القاهرة الجديدة), folded.
     */
    private static final String NEW = ArabicTextNormalizer.normalize("الجديدة");

    private ArabicPlaceNames() {
    }

    /**
     * Whether the place's name at {@code at} of folded words opens the name of another place called after it:
     * "new" follows it, at once or after a side's adjective (ويلز الجنوبية الجديدة, New South Wales).
     */
    public static boolean opensNewPlace(List<String> words, int at) {
        for (int next = at + 1; next < Math.min(words.size(), at + 3); next++) {
            String word = words.get(next);
            if (word.equals(NEW)) {
                return true;
            }
            if (!SIDES.contains(demonymBase(word))) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether a folded word, without the article, is shaped as a nisba adjective (سوري، ايرانيه) of
     * more than three letters: a demonym, when it is also a place word.
     */
    public static boolean nisbaShaped(String bare) {
        return (bare.endsWith("ي") || bare.endsWith("يه")) && bare.length() > 3;
    }

    /**
     * The singular of a folded word, without the article, shaped as a nisba's sound plural (اوروبيين،
     * امريكيون → اوروبي، امريكي); empty for any other word. News names a people by its adjective far more
     * often than by its plural (الاتحاد الأوروبي for the Europeans).
     */
    public static Optional<String> nisbaSingular(String bare) {
        for (String ending : List.of("يين", "يون")) {
            if (bare.endsWith(ending) && bare.length() - ending.length() >= 3) {
                return Optional.of(bare.substring(0, bare.length() - ending.length() + 1));
            }
        }
        return Optional.empty();
    }

    /**
     * The stem a nisba adjective's forms share, from a folded word without the article: its singular for a sound
     * plural ({@link #nisbaSingular}), the masculine for the feminine (عربي، عربيه، عربيين، عربيون → عربي); empty
     * for a word not so shaped ({@link #nisbaShaped}).
     */
    public static Optional<String> nisbaStem(String bare) {
        Optional<String> singular = nisbaSingular(bare);
        if (singular.isPresent()) {
            return singular;
        }
        if (!nisbaShaped(bare)) {
            return Optional.empty();
        }
        return Optional.of(bare.endsWith("يه") ? bare.substring(0, bare.length() - 1) : bare);
    }

    /**
     * Whether a folded word, without the article, is shaped like a demonym but names no people: the
     * adjective of a side (شمالي، الغربية، وسطى folded), a direction; of a relation ({@link #RELATIONS}); of a
     * reach or a kind of place ({@link #REACHES}); or of an office's portfolio ({@link
     * ArabicPersonTitles#portfolio}: الخارجية، الداخلية), which the place lexicon lists for "foreign" and
     * "domestic" though وزير الخارجية is the foreign minister of whichever nation the sentence names, or none.
     */
    public static boolean namesNoPeople(String bare) {
        String base = demonymBase(bare);
        return SIDES.contains(base) || RELATIONS.contains(base) || REACHES.contains(base)
                || ArabicPersonTitles.portfolio(bare).isPresent();
    }

    /**
     * The base a country's name and its demonym share, from a folded word: سوريا، سوري، السوريه →
     * سور; ايران، ايراني → ايران; امريكا، امريكي → امريك; العراق → عراق.
     */
    public static String demonymBase(String folded) {
        String bare = ArabicTextNormalizer.withoutArticle(folded);
        for (String ending : List.of("يه", "يا", "ي", "ا")) {
            if (bare.endsWith(ending) && bare.length() - ending.length() >= 3) {
                return bare.substring(0, bare.length() - ending.length());
            }
        }
        return bare;
    }

    /** The heads as a regular-expression alternation over folded text. */
    public static String headAlternation() {
        return String.join("|", CONSTRUCT_HEADS);
    }
}
