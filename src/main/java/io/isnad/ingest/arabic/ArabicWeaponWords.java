package io.isnad.ingest.arabic;

import static io.isnad.ingest.arabic.ArabicTextNormalizer.foldedSet;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The words news names weapons by, folded and without the article: the general nouns a question asks a weapon by
 * ("بأي سلاح…؟"، "ما الأسلحة…؟") and the kinds a sentence names one by (صواريخ، قذائف، مسيّرات، دبابات). A sentence
 * that writes only the general noun ("استولت على مخازن أسلحة") says that there were weapons, not which.
 */
public final class ArabicWeaponWords {

    /** The general nouns of a weapon: سلاح، أسلحة، ذخيرة، عتاد. */
    public static final Set<String> GENERAL = foldedSet("سلاح", "أسلحة", "ذخيرة", "ذخائر", "عتاد");

    /**
     * The kinds news names a weapon by, nouns and the adjectives that make a strike's kind (قصف مدفعي وصاروخي):
     * missiles and rockets, shells and mortars, drones, aircraft and their raids, bombs and explosives, mines, guns
     * and tanks. An armoured vehicle is not among them: news lists it beside the weapons as another thing ("مخازن
     * أسلحة وعدد من المركبات المدرعة").
     */
    public static final Set<String> KINDS = foldedSet("صاروخ", "صواريخ", "صاروخي", "صاروخية", "كاتيوشا", "غراد",
            "قذيفة", "قذائف", "هاون", "مدفع", "مدافع", "مدفعي", "مدفعية", "راجمة", "راجمات", "مسيرة", "مسيرات",
            "درون", "طائرة", "طائرات", "مقاتلة", "مقاتلات", "قاذفة", "قاذفات", "مروحية", "مروحيات", "غارة", "غارات",
            "قنبلة", "قنابل", "برميل", "براميل", "عبوة", "عبوات", "ناسفة", "متفجرة", "متفجرات", "لغم", "ألغام",
            "بندقية", "بنادق", "رشاش", "رشاشات", "كلاشنكوف", "دبابة", "دبابات");

    private ArabicWeaponWords() {
    }

    /** Whether a folded word, with or without a glued conjunction, preposition or article, is a general noun. */
    public static boolean general(String folded) {
        return bareForms(folded).anyMatch(GENERAL::contains);
    }

    /** Whether a folded word, with or without a glued conjunction, preposition or article, is a kind. */
    public static boolean kind(String folded) {
        return bareForms(folded).anyMatch(KINDS::contains);
    }

    /**
     * Whether a text names a weapon by its kind: a word of {@link #KINDS}, or a general noun with a word after it in
     * its clause that agrees with it as an adjective does, with the article after the article and without it after
     * none, and is no function word: "الأسلحة الكيميائية"، "أسلحة خفيفة"; not "مخازن أسلحة وعدد من…".
     */
    public static boolean namesKind(String text) {
        for (String clause : ArabicTextNormalizer.clauses(text)) {
            List<String> words = ArabicTextNormalizer.words(clause);
            for (int i = 0; i < words.size(); i++) {
                if (kind(words.get(i))
                        || general(words.get(i)) && i + 1 < words.size() && qualifies(words.get(i), words.get(i + 1))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether {@code next} stands after the general noun {@code noun} as its adjective would. */
    private static boolean qualifies(String noun, String next) {
        boolean definite = ArabicProclitics.startsWithArticle(noun);
        if (ArabicStopWords.contains(next) || definite != ArabicProclitics.startsWithArticle(next)) {
            return false;
        }
        return definite || ArabicProclitics.CONJUNCTIONS.indexOf(next.charAt(0)) < 0;
    }

    /**
     * A folded word as written, without a glued و or ف, without a glued preposition or the article, and without the
     * accusative's alif (قصفاً مدفعياً، سلاحاً).
     */
    private static Stream<String> bareForms(String folded) {
        return ArabicProclitics.bareForms(folded)
                .flatMap(w -> Stream.of(w, ArabicTextNormalizer.withoutAccusativeAlif(w, 3)));
    }
}
