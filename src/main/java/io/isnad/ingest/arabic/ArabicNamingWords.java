package io.isnad.ingest.arabic;

import java.util.Set;

/**
 * The words by which news and encyclopaedia prose gives a thing's name (يُعرف بـ، يسمى، يطلق عليه، يلقب، اسمه،
 * المعروف بـ), folded as the text is: a sentence holding one states what something is called.
 */
public final class ArabicNamingWords {

    private static final Set<String> NAMING = ArabicTextNormalizer.foldedSet("يعرف", "تعرف", "عرف", "عرفت", "يسمى",
            "تسمى", "سمي", "سميت", "المسمى", "المسماة", "يطلق", "تطلق", "أطلق", "أطلقت", "يلقب", "تلقب", "لقب",
            "اسمه", "اسمها", "باسم", "المعروف", "المعروفة", "يدعى", "تدعى");
    /**
     * Nouns news prose sets a coined name right after or inside the quotes of: عملية "ردع العدوان"، "عملية ردع
     * العدوان"، حملة "…"، معركة "…"، خطة "…".
     */
    private static final Set<String> NAMED_NOUNS = ArabicTextNormalizer.foldedSet("عملية", "حملة", "معركة", "خطة",
            "مبادرة", "اتفاقية");
    /**
     * Nouns news prose names a body by, its name following: in quotes (تنظيم "داعش") or as the noun's own definite
     * words, its genitive and adjectives (وزارة الخارجية الإيرانية، منظمة الصحة العالمية).
     */
    private static final Set<String> BODY_NOUNS = ArabicTextNormalizer.foldedSet("وزارة", "منظمة", "تنظيم", "هيئة",
            "حركة", "حزب");

    private ArabicNamingWords() {
    }

    /** The words of naming, folded: a name in quotes right after one is the name given (لقب "المدافعين عن الحرم"). */
    public static Set<String> namingWords() {
        return NAMING;
    }

    /** The nouns, folded and without the article, that a coined name in quotes follows or opens with. */
    public static Set<String> namedNouns() {
        return NAMED_NOUNS;
    }

    /** The nouns, folded and without the article, that name a body whose name follows them (وزارة، تنظيم). */
    public static Set<String> bodyNouns() {
        return BODY_NOUNS;
    }

    /** Whether {@code text} holds a word of naming, also with a glued و or ف (وتعرف، فسميت). */
    public static boolean names(String text) {
        return ArabicTextNormalizer.words(text).stream()
                .anyMatch(word -> ArabicProclitics.oneOfWithOrWithoutConjunction(NAMING, word));
    }
}
