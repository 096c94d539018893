package io.isnad.ingest.arabic;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
    /** {@link #keys} also tries the endings of past-tense verbs (أطلقت، أصيبوا). */
    private static final List<String> KEY_SUFFIXES = List.of("ات", "ون", "ين", "ان", "ها", "هم", "وا", "تا", "ا", "ه",
            "ت");
    /** Proclitics glued to a word (و ف ب ل ك): "بلقب" is "لقب" after "by". */
    private static final String PROCLITICS = "وفبلك";
    /**
     * The letters and the syllable that derive a word from its root in front of it: participles and
     * nouns of place (م: محذر، ملقب), present tense (ت ي ن ا: تبعد، نحذر), form X (است: استهداف).
     */
    private static final List<String> AUGMENTS = List.of("است", "م", "ت", "ي", "ن", "ا");

    private ArabicRootSkeleton() {
    }

    /** The skeleton of {@code word} (folded or not); empty when it is not Arabic. */
    public static String of(String word) {
        String w = ArabicTextNormalizer.normalize(word);
        if (!isArabic(w)) {
            return "";
        }
        w = withoutArticle(w);
        if (w.length() > 4 && (w.charAt(0) == 'و' || w.charAt(0) == 'ب')) {
            w = w.substring(1);
        }
        for (String suffix : SUFFIXES) {
            if (w.endsWith(suffix) && w.length() - suffix.length() >= MIN_LENGTH) {
                w = w.substring(0, w.length() - suffix.length());
                break;
            }
        }
        return consonants(w);
    }

    /**
     * A folded word without the one-letter proclitic glued to its front (و ف ب ل ك: "وباريس",
     * "بلقب"), when more than {@value #MIN_LENGTH} letters are left; empty when it starts with none.
     */
    public static Optional<String> withoutProclitic(String folded) {
        return folded.length() > MIN_LENGTH && PROCLITICS.indexOf(folded.charAt(0)) >= 0
                ? Optional.of(folded.substring(1)) : Optional.empty();
    }

    /** Whether two words share a skeleton long enough to count. */
    public static boolean same(String a, String b) {
        String sa = of(a);
        return sa.length() >= MIN_LENGTH && sa.equals(of(b));
    }

    /**
     * Every skeleton {@code word} may have, of at least {@value #MIN_LENGTH} letters: with and
     * without a glued proclitic, a derivational letter in front and a suffix, since a single
     * skeleton must guess which first and last letters belong to the root (محذراً and نحذر are both
     * حذر; "رهائن" must keep its final ن). Two words sharing one of these are likely of one root.
     * Looser than {@link #of}, so a match on them is weaker evidence than the same stem.
     */
    public static Set<String> keys(String word) {
        String w = ArabicTextNormalizer.normalize(word);
        if (!isArabic(w)) {
            return Set.of();
        }
        Set<String> bases = new LinkedHashSet<>();
        String bare = withoutArticle(w);
        bases.add(bare);
        withoutProclitic(bare).ifPresent(bases::add);
        Set<String> derived = new LinkedHashSet<>(bases);
        for (String base : bases) {
            for (String augment : AUGMENTS) {
                if (base.startsWith(augment) && base.length() - augment.length() >= MIN_LENGTH) {
                    derived.add(base.substring(augment.length()));
                    break;
                }
            }
        }
        Set<String> keys = new LinkedHashSet<>();
        for (String base : derived) {
            addKey(keys, base);
            // Up to two endings: a pronoun after a verb ending (أطلقت+ها).
            String stripped = base;
            for (int i = 0; i < 2 && !stripped.equals(withoutSuffix(stripped)); i++) {
                stripped = withoutSuffix(stripped);
                addKey(keys, stripped);
            }
        }
        return keys;
    }

    /** {@code word} without its first ending of {@link #KEY_SUFFIXES}, or itself when it keeps too little. */
    private static String withoutSuffix(String word) {
        for (String suffix : KEY_SUFFIXES) {
            if (word.endsWith(suffix) && word.length() - suffix.length() >= MIN_LENGTH) {
                return word.substring(0, word.length() - suffix.length());
            }
        }
        return word;
    }

    private static void addKey(Set<String> keys, String word) {
        String key = consonants(word);
        if (key.length() >= MIN_LENGTH) {
            keys.add(key);
        }
    }

    private static boolean isArabic(String w) {
        return !w.isEmpty() && w.charAt(0) >= 0x600 && w.charAt(0) <= 0x6FF;
    }

    private static String withoutArticle(String w) {
        for (String prefix : PREFIXES) {
            if (w.startsWith(prefix) && w.length() - prefix.length() >= MIN_LENGTH) {
                return w.substring(prefix.length());
            }
        }
        return w;
    }

    /** Without the long vowels and a final ه (folded ta marbuta). */
    private static String consonants(String w) {
        StringBuilder skeleton = new StringBuilder();
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c != 'ا' && c != 'و' && c != 'ي' && c != 'ى' && !(c == 'ه' && i == w.length() - 1)) {
                skeleton.append(c);
            }
        }
        return skeleton.toString();
    }
}
