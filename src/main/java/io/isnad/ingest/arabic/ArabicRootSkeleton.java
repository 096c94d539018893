package io.isnad.ingest.arabic;

import java.util.List;

/**
 * The consonant skeleton of an Arabic word: a crude stand-in for its root where the light stem
 * misses, as for broken plurals and derived forms (القتلى / قتيلاً → قتل, المدن / مدينة → مدن,
 * الجرحى / جريحاً → جرح). The article, one-letter proclitics and common suffixes are removed, then
 * the long vowels ا و ي and the final ه (folded ta marbuta). Two words with the same skeleton of at
 * least three letters are taken as the same word; shorter skeletons never match.
 */
public final class ArabicRootSkeleton {

    /** A skeleton shorter than this says too little to match on. */
    public static final int MIN_LENGTH = 3;
    private static final List<String> PREFIXES = List.of("وال", "فال", "بال", "كال", "لل", "ال");
    private static final List<String> SUFFIXES = List.of("ات", "ون", "ين", "ان", "ها", "هم", "ا", "ه");

    private ArabicRootSkeleton() {
    }

    /** The skeleton of {@code word} (folded or not); empty when it is not Arabic. */
    public static String of(String word) {
        String w = ArabicTextNormalizer.normalize(word);
        if (w.isEmpty() || w.charAt(0) < 0x600 || w.charAt(0) > 0x6FF) {
            return "";
        }
        for (String prefix : PREFIXES) {
            if (w.startsWith(prefix) && w.length() - prefix.length() >= MIN_LENGTH) {
                w = w.substring(prefix.length());
                break;
            }
        }
        if (w.length() > 4 && (w.charAt(0) == 'و' || w.charAt(0) == 'ب')) {
            w = w.substring(1);
        }
        for (String suffix : SUFFIXES) {
            if (w.endsWith(suffix) && w.length() - suffix.length() >= MIN_LENGTH) {
                w = w.substring(0, w.length() - suffix.length());
                break;
            }
        }
        StringBuilder skeleton = new StringBuilder();
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c != 'ا' && c != 'و' && c != 'ي' && c != 'ى' && !(c == 'ه' && i == w.length() - 1)) {
                skeleton.append(c);
            }
        }
        return skeleton.toString();
    }

    /** Whether two words share a skeleton long enough to count. */
    public static boolean same(String a, String b) {
        String sa = of(a);
        return sa.length() >= MIN_LENGTH && sa.equals(of(b));
    }
}
