package io.isnad.ingest.arabic;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether two Arabic words are the singular and the plural of one noun: a question counts in the
 * singular (كم قارة، كم نوعاً، كم مرة) and a sentence states the count in the plural (7 قارات، ثلاثة
 * أنواع، ثماني مرات), or the other way round (كم عدد الدول… 27 دولة). {@link ArabicRootSkeleton}
 * already ties nouns of a three-consonant skeleton (مدينة / مدن، موسم / مواسم); this class covers the
 * nouns whose skeleton, without the long vowels, keeps only two letters (قارة، دولة، نوع، مرة، جثة)
 * and which the skeleton must leave alone, since two letters match far too many words. Each pair is
 * therefore tied only by the shape of a plural: the sound endings ات and ون/ين on the singular's
 * stem, and the broken patterns أفعال (نوع / أنواع، يوم / أيام) and فِعَل (دولة / دول، جثة / جثث).
 * A plural of another stem than its singular's (امرأة / نساء) has no shape to read, and is listed.
 */
public final class ArabicPlurals {

    /** The shortest stem a plural ending or a broken pattern is read on: shorter stems are particles. */
    private static final int MIN_STEM = 2;
    /** The letters a hollow root shows in its middle: ا in the singular (عام), و or ي in the plural (أعوام). */
    private static final String WEAK = ArabicTextNormalizer.LONG_VOWELS;
    /**
     * Suppletive plurals, folded, without the article: "31 امرأة" counts the women of "كم عدد
     * النساء".
     */
    private static final Map<String, Set<String>> SUPPLETIVE = Map.of(
            "امراه", Set.of("نساء", "نسوه"),
            "مراه", Set.of("نساء", "نسوه"));

    /**
     * The endings of a noun counted two or more that leave its singular's stem: the sound feminine plural
     * ات, the dual ان / ين (ين also the sound masculine plural's other case) and the masculine plural ون.
     */
    private static final List<String> NUMBER_ENDINGS = List.of("ات", "ان", "ين", "ون");

    private ArabicPlurals() {
    }

    /**
     * Whether {@code a} and {@code b} (folded or not, with or without the article, also after a
     * proclitic, and the accusative alif) are the same noun: equal, one the plural of the other (also
     * a suppletive one), or of the same three-consonant skeleton.
     */
    public static boolean sameNoun(String a, String b) {
        return Noun.of(a).same(Noun.of(b));
    }

    /**
     * A word as {@link #sameNoun} reads it: without the article and the accusative alif, and the
     * root skeleton of that. Read once, for a word compared with many others (a question's focus
     * word with every word of a sentence): reading both words again for each pair was some 2 % of
     * an answer's time on the seeds (docs/performance.md, "Twenty-ninth round").
     *
     * @param arabic whether the bare form is Arabic and long enough to read a stem on
     * @param skeleton the bare form's {@link ArabicRootSkeleton#of}; empty when it is not {@code arabic}
     */
    public record Noun(String bare, boolean arabic, String skeleton) {

        public static Noun of(String word) {
            String bare = ArabicPlurals.bare(word);
            boolean arabic = ArabicPlurals.arabic(bare);
            return new Noun(bare, arabic, arabic ? ArabicRootSkeleton.of(bare) : "");
        }

        /** Whether this and {@code other} are the same noun ({@link #sameNoun}). */
        public boolean same(Noun other) {
            if (!arabic || !other.arabic) {
                return false;
            }
            String x = bare;
            String y = other.bare;
            return x.equals(y) && x.length() > MIN_STEM || pluralOf(x, y) || pluralOf(y, x)
                    || SUPPLETIVE.getOrDefault(x, Set.of()).contains(y) || SUPPLETIVE.getOrDefault(y, Set.of()).contains(x)
                    || skeleton.length() >= ArabicRootSkeleton.MIN_LENGTH && skeleton.equals(other.skeleton);
        }
    }

    /**
     * The singulars, folded and without the article, of a word (folded or not, with or without the article)
     * in the dual or a sound plural: its stem before ات as it stands or with ة (قارات → قار، قاره; ذوات →
     * ذو), before ان / ين also with the ت of a feminine dual read as ة (منطقتان → منطقت، منطقه), before ون.
     * Empty for a word of no such ending, or whose stem would be shorter than {@value #MIN_STEM} letters.
     * Read by ending alone, so a singular that merely ends so (بيان، تكوين) gives stems too: a caller compares
     * them with the words a text writes, which such stems rarely are.
     */
    public static Set<String> soundSingulars(String word) {
        String bare = bare(word);
        Set<String> singulars = new HashSet<>();
        for (String ending : NUMBER_ENDINGS) {
            if (!bare.endsWith(ending)) {
                continue;
            }
            String stem = bare.substring(0, bare.length() - ending.length());
            if (!arabic(stem)) {
                continue;
            }
            singulars.add(stem);
            if (ending.equals("ات")) {
                singulars.add(stem + "ه");
            } else if (!ending.equals("ون") && stem.endsWith("ت") && stem.length() > MIN_STEM) {
                singulars.add(stem.substring(0, stem.length() - 1) + "ه");
            }
        }
        return singulars;
    }

    /** Whether a bare word is Arabic and long enough to read a stem on: Latin words are for other matchers. */
    private static boolean arabic(String bare) {
        return bare.length() >= MIN_STEM && bare.chars().allMatch(c -> c >= 0x621 && c <= 0x64A);
    }

    /**
     * A folded word without the article (also after a glued proclitic: بالدول، للدول) and without
     * the accusative alif (نوعاً، شهراً). A proclitic before a word without the article stays: too
     * many nouns start with its letters (بحار، فرق، وقت).
     */
    private static String bare(String word) {
        String w = ArabicProclitics.withoutArticle(ArabicTextNormalizer.normalize(word), MIN_STEM);
        return ArabicTextNormalizer.withoutAccusativeAlif(w, ArabicRootSkeleton.MIN_LENGTH);
    }

    /** Whether the bare word {@code plural} is a plural of the bare word {@code singular}. */
    private static boolean pluralOf(String singular, String plural) {
        String feminineStem = singular.endsWith("ه") ? singular.substring(0, singular.length() - 1) : "";
        if (plural.endsWith("ات")) {
            // قارة / قارات، مرة / مرات; a stem without ta marbuta only when longer (ترشيح / ترشيحات).
            String stem = plural.substring(0, plural.length() - 2);
            if (stem.length() >= MIN_STEM && stem.equals(feminineStem)
                    || stem.length() > MIN_STEM && stem.equals(singular)) {
                return true;
            }
        }
        if ((plural.endsWith("ون") || plural.endsWith("ين")) && singular.length() > MIN_STEM
                && plural.substring(0, plural.length() - 2).equals(singular)) {
            return true;
        }
        return brokenPlural(singular, feminineStem, plural);
    }

    /**
     * The broken patterns of short nouns: أفعال of a three-letter noun, its middle letter kept (نوع /
     * أنواع، وقت / أوقات), a hollow root's ا shown as و or ي (عام / أعوام) or a weak middle letter
     * dropped (يوم / أيام); فِعَل of a
     * noun in ة, the stem alone (دولة / دول، قرية / قرى) or with its last letter doubled (جثة / جثث).
     */
    private static boolean brokenPlural(String singular, String feminineStem, String plural) {
        if (singular.length() == 3 && plural.startsWith("ا") && plural.charAt(1) == singular.charAt(0)
                && plural.endsWith("ا" + singular.charAt(2))) {
            char middle = singular.charAt(1);
            boolean sameMiddle = plural.length() == 5
                    && (plural.charAt(2) == middle || middle == 'ا' && WEAK.indexOf(plural.charAt(2)) >= 0);
            if (sameMiddle || plural.length() == 4 && WEAK.indexOf(middle) >= 0) {
                return true;
            }
        }
        if (feminineStem.length() > MIN_STEM && plural.equals(feminineStem)) {
            return true;
        }
        return feminineStem.length() == MIN_STEM
                && plural.equals(feminineStem + feminineStem.charAt(MIN_STEM - 1));
    }
}
