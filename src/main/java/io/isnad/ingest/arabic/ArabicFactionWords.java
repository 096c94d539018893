package io.isnad.ingest.arabic;

import static io.isnad.ingest.arabic.ArabicTextNormalizer.foldedSet;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The words news names armed factions by, folded and without the article: the nouns a question asks one by ("تبع
 * أنهي فصيل؟"، "which faction…") and the nouns and names a sentence names one by (هيئة تحرير الشام، الحزب
 * التركستاني، كتيبة المهاجرين، تنظيم "داعش"). A sentence that tells of fighters or of a side only ("مقاتلون من
 * المعارضة السورية"، "مواقع المسلحين") names no faction.
 */
public final class ArabicFactionWords {

    /** The nouns a question asks which faction by: فصيل، فصائل، ميليشيا (in its two spellings) and their plurals. */
    public static final Set<String> ASKED = foldedSet("فصيل", "فصائل", "ميليشيا", "ميليشيات", "مليشيا", "مليشيات");

    /**
     * The nouns news puts at the head of a faction's name (هيئة تحرير الشام، حركة حماس، كتائب حزب الله، قوات سوريا
     * الديمقراطية), with the asked ones. Not the army: news writes a state's army as الجيش السوري, a side, not a
     * faction.
     */
    private static final Set<String> HEADS = Stream.concat(ASKED.stream(), foldedSet("تنظيم", "تنظيمات", "جماعة",
            "جماعات", "هيئة", "حركة", "حزب", "كتيبة", "كتائب", "لواء", "ألوية", "جبهة", "قوات", "حشد").stream())
            .collect(Collectors.toUnmodifiableSet());

    /**
     * The factions news names by a name of their own with no noun before it. Not القاعدة, which is as often an air
     * base (قاعدة همدان).
     */
    private static final Set<String> NAMES = foldedSet("داعش", "حماس", "النصرة", "طالبان");

    /** The quotation marks news sets a faction's name in when it writes no noun before it. */
    private static final String QUOTES = "\"«»“”";

    private ArabicFactionWords() {
    }

    /** Whether a folded word, with or without a glued conjunction, preposition or article, is an asked noun. */
    public static boolean asked(String folded) {
        return ArabicProclitics.bareForms(folded).anyMatch(ASKED::contains);
    }

    /**
     * Whether a text may name a faction: a word of {@link #HEADS} or {@link #NAMES}, or a name in quotation marks.
     * The reading errs towards a name: any head noun counts, with whatever follows it.
     */
    public static boolean mayNameOne(String text) {
        return text.chars().anyMatch(c -> QUOTES.indexOf(c) >= 0) || ArabicTextNormalizer.words(
                ArabicTextNormalizer.normalize(text)).stream().anyMatch(w -> ArabicProclitics.bareForms(w)
                        .anyMatch(b -> HEADS.contains(b) || NAMES.contains(b)));
    }
}
