package io.isnad.ingest.arabic;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Other spellings of an Arabic loanword: Arabic writes a borrowed word's vowels with or without a
 * long-vowel letter (الأوكسجين / الأكسجين، الكاربون / الكربون، رانكاين / رانكين), and a dictionary
 * gives one spelling where an article may use the other.
 *
 * <p>Only a word shaped like a loanword is read so: a stem (without ال) of {@value #MIN_STEM} letters
 * at least with {@value #MIN_INNER_VOWELS} long-vowel letters at least inside it. An Arabic pattern
 * word mostly has one (تنافسي، تجمعات، انتشار), and taking its long vowel out gives another Arabic
 * word (تنفسي، تجمعت، انتشر); so does a shorter word's (مواطن / موطن، توجيه / توجه، عوامل / عامل).
 */
public final class ArabicLoanwordSpellings {

    /** The fewest letters of a stem read as a loanword. */
    static final int MIN_STEM = 6;
    /** The fewest long-vowel letters inside a stem (neither its first nor its last letter) read as a loanword. */
    static final int MIN_INNER_VOWELS = 2;
    /**
     * The endings that make a native word longer by a long vowel (see {@link #looksTransliteratedAsTyped}):
     * a sound plural's and the glued pronouns of two letters or more.
     */
    private static final List<String> LONGER_ENDINGS = Stream.concat(Stream.of("ين", "ون", "ات"),
            ArabicRootSkeleton.GLUED_PRONOUNS.stream().filter(p -> p.length() > 1)).toList();
    /** The long vowels after its first letter from which {@link #looksTransliterated} reads a word as a foreign name. */
    private static final int TRANSLITERATED_VOWELS = 3;
    /**
     * The letters Arabic writes only for a foreign sound, p (پ) and v (ڤ، ڥ): {@link ArabicTextNormalizer#fold}
     * keeps them, and a word holding one is a borrowed name (پيلا، أوروپا), however few its long vowels.
     */
    private static final String FOREIGN_LETTERS = "پڤڥ";

    private ArabicLoanwordSpellings() {
    }

    /**
     * {@code word}'s spellings with one inner long-vowel letter fewer, folded ({@link ArabicTextNormalizer#normalize}),
     * with its article kept; empty when {@code word} is not shaped like a loanword or is more than one word.
     */
    public static List<String> withFewerVowels(String word) {
        String folded = ArabicTextNormalizer.normalize(word);
        String stem = ArabicTextNormalizer.withoutArticle(folded);
        String article = folded.substring(0, folded.length() - stem.length());
        if (stem.length() < MIN_STEM || !ArabicTextNormalizer.ARABIC_WORD.matcher(stem).matches()) {
            return List.of();
        }
        List<Integer> inner = new ArrayList<>();
        for (int i = 1; i < stem.length() - 1; i++) {
            if (ArabicTextNormalizer.LONG_VOWELS.indexOf(stem.charAt(i)) >= 0) {
                inner.add(i);
            }
        }
        if (inner.size() < MIN_INNER_VOWELS) {
            return List.of();
        }
        List<String> spellings = new ArrayList<>(inner.size());
        for (int i : inner) {
            String spelling = article + stem.substring(0, i) + stem.substring(i + 1);
            if (!spellings.contains(spelling)) {
                spellings.add(spelling);
            }
        }
        return spellings;
    }

    /**
     * Whether a folded word is spelled as Arabic writes a foreign name, a long vowel (ا و ي) for each
     * of at least {@value #TRANSLITERATED_VOWELS} vowels after its first letter (ليوناردو، جورجيو،
     * نيكولاس، فونتينبلو). An Arabic word is a root of consonants in a pattern that adds one or two
     * long vowels (اعتياد، متبقيا، موضعا), so a native word rarely has three. Stricter about the count
     * than the loanword shape of {@link #withFewerVowels}, and for a word of any length: a name the
     * articles never mention is often short (طوكيو). A word holding a letter of {@link #FOREIGN_LETTERS}
     * is one too, whatever its vowels (پيلا has two).
     */
    public static boolean looksTransliterated(String folded) {
        return ArabicRootSkeleton.isArabic(folded) && (folded.chars().skip(1)
                .filter(c -> ArabicTextNormalizer.LONG_VOWELS.indexOf(c) >= 0).count() >= TRANSLITERATED_VOWELS
                || folded.chars().anyMatch(c -> FOREIGN_LETTERS.indexOf(c) >= 0));
    }

    /**
     * Whether a folded question word, as typed rather than as the light stemmer leaves it, is spelled
     * as a foreign name ({@link #looksTransliterated}): the stemmer cuts a name's last letters as if
     * they were an ending (تاغاريان → تاغار، ماركوني → ماركون), and with them the
     * long vowel that told the spelling. Read both with and without a one-letter proclitic, which
     * must not count as the name's first letter (واعلامي is و + اعلامي, a word of two long vowels;
     * a name that begins with one of those letters, فاساري، بيكتيون, is then left unread).
     * A word ending in a glued pronoun of two letters or more ({@link ArabicRootSkeleton#GLUED_PRONOUNS},
     * ها included: دعواها, "her claim") or a sound plural's ending (ين، ون، ات: حديديتين) is a native
     * noun or adjective made longer, not a name.
     */
    public static boolean looksTransliteratedAsTyped(String folded) {
        if (LONGER_ENDINGS.stream().anyMatch(ending -> folded.endsWith(ending)
                && folded.length() - ending.length() >= ArabicRootSkeleton.MIN_LENGTH)) {
            return false;
        }
        return looksTransliterated(folded)
                && ArabicProclitics.withoutProclitic(folded).map(ArabicLoanwordSpellings::looksTransliterated)
                        .orElse(true);
    }
}
