package io.isnad.ingest.arabic;

import java.util.List;
import java.util.Set;
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
    private static final List<String> TITLES = Stream.of("الرئيس", "الوزير", "وزير", "رئيس", "المتحدث", "الناطق", "الشيخ",
            "الدكتور", "العميد", "اللواء", "العقيد", "الجنرال", "القائد", "السيد", "السيده", "الملك", "الامير", "الامام",
            "المرشد", "النائب", "السفير", "سفير", "المبعوث", "مبعوث", "المستشار", "مستشار", "الكاتب", "الصحفي", "الفنان",
            "المخرج", "اللاعب", "المدرب", "امين", "نظيره", "نظيرها")
            .map(ArabicTextNormalizer::normalize).toList();
    /** The titles again, for lookup by word: {@link #TITLES} keeps the order the patterns are built in. */
    private static final Set<String> TITLE_SET = Set.copyOf(TITLES);
    /**
     * Ranks and forms of address among the titles: they come between an office and its holder's name
     * ("رئيس الأركان، اللواء محمد باقري") and name no office of their own.
     */
    private static final Set<String> RANKS = Stream.of("السيد", "السيدة", "الشيخ", "الدكتور", "العميد", "اللواء",
            "العقيد", "الجنرال").map(ArabicTextNormalizer::normalize).collect(Collectors.toUnmodifiableSet());

    /**
     * What gives a person's nickname after a name and a comma, "كيومرث بور هاشمي، المعروف بلقب…": like a
     * title after the comma, it tells that the words before it are a name. Not "المعروف باسم", which
     * news prose gives companies, places and things as much as people ("شركة باير، المعروفة باسم…").
     */
    private static final List<String> NICKNAME_PHRASES = Stream.of("الملقب", "الملقبة", "المكنى", "المعروف بلقب",
            "المعروفة بلقب").map(ArabicTextNormalizer::normalize).toList();

    private ArabicPersonTitles() {
    }

    /** Every title, folded, for building patterns. */
    public static List<String> all() {
        return TITLES;
    }

    /** The words that introduce a nickname after a name and a comma, folded, for building patterns. */
    public static List<String> nicknamePhrases() {
        return NICKNAME_PHRASES;
    }

    /** Whether a folded word is a title that introduces a name. */
    public static boolean contains(String folded) {
        return TITLE_SET.contains(folded);
    }

    /** Whether a folded word is a title that names an office: a title and no rank or form of address. */
    public static boolean isOffice(String folded) {
        return contains(folded) && !RANKS.contains(folded);
    }
}
