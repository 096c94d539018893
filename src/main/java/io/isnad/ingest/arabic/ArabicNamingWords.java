package io.isnad.ingest.arabic;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words by which news and encyclopaedia prose gives a thing's name (يُعرف بـ، يسمى، يطلق عليه، يلقب، اسمه،
 * المعروف بـ، الملقب بـ), folded as the text is: a sentence holding one states what something is called. And the
 * words of naming read for other ends: a person's nickname after a name and a comma, a question asking what a
 * thing is named after, or why it is called so.
 */
public final class ArabicNamingWords {

    private static final Set<String> NAMING = ArabicTextNormalizer.foldedSet("يعرف", "تعرف", "عرف", "عرفت", "يسمى",
            "تسمى", "سمي", "سميت", "المسمى", "المسماة", "يطلق", "تطلق", "أطلق", "أطلقت", "يلقب", "تلقب", "لقب",
            "اسمه", "اسمها", "باسم", "المعروف", "المعروفة", "الملقب", "الملقبة", "يدعى", "تدعى");
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
    /**
     * The words by which a question asks why a thing is called so, folded and without a glued و or ف: سمّى in its
     * persons, tenses and objects (تسمي، يسمونها، سموه، سُمّي، سميت، تسمية) and لقّب with the noun لقب (لقبوه،
     * the Gulf and Levantine لقبو، يلقب، الملقب، هاللقب). Not اسم: "why is the phrase added after his name" asks of
     * something else.
     */
    private static final Pattern ASKED_NAMING = Pattern.compile(
            "[يتن]?سم[يو](?:ت|ا|ه|ها|هم|ن|نه|نها)?|(?:[يتن]|ال|الم|هال)?لقب(?:و|وا|وه|وها|ه|ها|ون|ونه)?");
    /** The verb أطلق، which names a thing only with a noun of naming beside it (يطلق عليها الاسم). */
    private static final Set<String> GIVE = ArabicTextNormalizer.foldedSet("يطلق", "تطلق", "أطلق", "أطلقت",
            "أطلقوا", "يطلقون");
    /** The nouns of naming that make أطلق name, folded. */
    private static final Set<String> NAME_NOUNS = ArabicTextNormalizer.foldedSet("اسم", "الاسم", "تسمية", "التسمية");
    /** The English words by which a question asks why a thing is called so, lower-cased. */
    private static final Pattern ENGLISH_ASKED_NAMING = Pattern.compile(
            "\\b(?:called|named|nicknamed|dubbed|renamed|known as|name)\\b");

    /**
     * Words of a question that ask what a thing is named after, folded: "Who is the cup named after?", "لمن سميت
     * الكأس؟"، "ما اسم…". Its answer is the very name a namesake noun ({@link ArabicPersonTitles}) gives.
     */
    private static final List<String> NAMING_STEMS = ArabicTextNormalizer.foldedList("سمي", "تسمي", "يسمي", "اسم",
            "نسبة");
    private static final Set<String> ENGLISH_NAMING = Set.of("named", "name", "called", "honor", "honour");
    /**
     * What gives a person's nickname after a name and a comma, "كيومرث بور هاشمي، المعروف بلقب…": like a
     * title after the comma, it tells that the words before it are a name. Not "المعروف باسم", which
     * news prose gives companies, places and things as much as people ("شركة باير، المعروفة باسم…").
     */
    private static final List<String> NICKNAME_PHRASES = ArabicTextNormalizer.foldedList("الملقب", "الملقبة", "المكنى",
            "المعروف بلقب", "المعروفة بلقب");

    private ArabicNamingWords() {
    }

    /** The words that introduce a nickname after a name and a comma, folded, for building patterns. */
    public static List<String> nicknamePhrases() {
        return NICKNAME_PHRASES;
    }

    /**
     * Whether a question's words (folded Arabic, or English in lower case) ask what something is named after or
     * called: "named", "name", سمي، تسمية، اسم، نسبة, with or without a glued proclitic.
     */
    public static boolean asksNaming(List<String> words) {
        return words.stream().anyMatch(w -> ENGLISH_NAMING.contains(w) || NAMING_STEMS.stream()
                .anyMatch(ArabicProclitics.withoutConjunctionAndPreposition(w)::startsWith));
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

    /**
     * Whether a question asks why a thing is called as it is: it holds a word of {@link #ASKED_NAMING} (ليش لقبو
     * بورهاشمي بالحاج هاشم، ليش ايران تسمي قواتها …، لماذا سمي), أطلق with a noun of naming (لماذا يطلق عليها
     * الاسم), or an English word of naming (why was he nicknamed, why is it called).
     */
    public static boolean asksWhyCalled(String question) {
        List<String> words = ArabicTextNormalizer.arabicWords(question).stream()
                .map(word -> ArabicProclitics.withoutConjunction(word, 3)).toList();
        return words.stream().anyMatch(word -> ASKED_NAMING.matcher(word).matches())
                || words.stream().anyMatch(GIVE::contains) && words.stream().anyMatch(NAME_NOUNS::contains)
                || ENGLISH_ASKED_NAMING.matcher(question.toLowerCase(Locale.ROOT)).find();
    }
}
