package io.isnad.ingest.arabic;

import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Whether a folded Arabic word is a typo of another: one letter replaced, added, left out or
 * doubled (يباغ / يبلغ، المنطققة / المنطقة). People typing questions make such slips (ARCD's
 * questions hold many), and a reader takes the word for the one meant. A word of {@value
 * #ANY_EDIT_LETTERS} letters or more may differ by any one edit; one of {@value #MIN_LETTERS} only
 * by a letter written alike but for its dots or said alike (حنس / جنس، زات / ذات), since any other
 * edit turns a three-letter word into another word as often as not (سوق / سور، عام / عال).
 */
public final class ArabicTypos {

    /** The fewest letters of both words for one edit to be read as a typo. */
    public static final int MIN_LETTERS = 3;
    /** The fewest letters of both words for any one edit, not only a confused letter, to be read as a typo. */
    static final int ANY_EDIT_LETTERS = 4;
    /**
     * Letters the spoken dialects say alike, each pair an interdental (ث ذ ظ) first and the stop or
     * sibilant the dialects say for it second (ث ت, ث س, ذ د, ذ ز, ظ ض). Their speakers write either
     * for the other: the dialect's sound (مند for منذ) or a Standard one put back where the word never
     * had it (ثامر for تامر, اظطراب for اضطراب).
     */
    private static final List<String> SAID_ALIKE = List.of("ثت", "ثس", "ذد", "ذز", "ظض");
    /**
     * Letters a typist confuses, each group one: those written alike but for their dots (the tooth
     * ب ت ث ن ي, ج ح خ, د ذ, ر ز, س ش, ص ض, ط ظ, ع غ, ف ق) and those said alike ({@link #SAID_ALIKE}).
     */
    private static final List<String> CONFUSED = Stream.concat(
            Stream.of("بتثني", "جحخ", "دذ", "رز", "سش", "صض", "طظ", "عغ", "فق"), SAID_ALIKE.stream()).toList();

    /**
     * Letters Arabic writes one foreign sound with, each group one: a name is transliterated with
     * either (ديفيس / ديفيز، غوغل / جوجل، تكساس / طكساس), so they are no other root of a name.
     */
    private static final List<String> TRANSLITERATED = List.of("سصزث", "تط", "دض", "كقغج", "هح", "ذزظ");
    /** Long vowels, hamza seats and the feminine ending: a pattern or a spelling changes them, not the root. */
    private static final String WEAK = "اويءئؤىةه";
    /** Letters a prefix or proclitic puts first (يكتب / تكتب / مكتب، بكاس / لكاس). */
    private static final String FIRST_AFFIX = "اتينملبوفسك";
    /** Letters a suffix puts last (كتبت / كتبن / كتبه). */
    private static final String LAST_AFFIX = "تنه";

    private ArabicTypos() {
    }

    /**
     * Whether {@code typed} is {@code word} with one consonant of its root replaced by another, a
     * different word rather than a slip (نشبت / نشرت، مسير / مسيح، ينتمي / ينتج): both of {@value
     * #ANY_EDIT_LETTERS} letters or more and of one length, the one letter that differs in each a
     * consonant (no long vowel, hamza seat or feminine ending), not a letter a typist confuses or
     * a transliteration writes otherwise, and not an affix's letter last nor a prefix's letter first in both
     * words (a prefix letter against a root consonant is another word: مراع / صراع, docs/answers.md,
     * "near41"). A typo slips
     * into the letters of a pattern or of a neighbouring key as often as into the root; a word
     * one root consonant from a word of the article is as often another word of the language that
     * no article uses (docs/answers.md, "near32: a word the article holds only one root consonant apart
     * is unknown, not a typo").
     */
    public static boolean otherRoot(String typed, String word) {
        int length = typed.length();
        if (length < ANY_EDIT_LETTERS || word.length() != length || !oneEditApart(typed, word)) {
            return false;
        }
        int at = 0;
        while (typed.charAt(at) == word.charAt(at)) {
            at++;
        }
        char a = typed.charAt(at);
        char b = word.charAt(at);
        return WEAK.indexOf(a) < 0 && WEAK.indexOf(b) < 0 && !confused(a, b)
                && TRANSLITERATED.stream().noneMatch(group -> group.indexOf(a) >= 0 && group.indexOf(b) >= 0)
                // A first letter is a prefix's only where both words may start with one (تستخدم / مستخدم):
                // a prefix letter against a root consonant (مراعي / صراع) is another word.
                && !(at == 0 && FIRST_AFFIX.indexOf(a) >= 0 && FIRST_AFFIX.indexOf(b) >= 0)
                && !(at == length - 1 && (LAST_AFFIX.indexOf(a) >= 0 || LAST_AFFIX.indexOf(b) >= 0));
    }

    /**
     * Whether {@code typed} is {@code word} with its first letter replaced, both first letters ones a prefix or
     * proclitic puts first ({@value #FIRST_AFFIX}) and not two a typist confuses (بحث / تحث stays a slip);
     * both folded. Between two root skeletons, which keep some of a word's affix letters, that is two words
     * with other prefixes, not a slip of one: the نمتر of نانومتر against the لمتر of كيلومتر.
     */
    public static boolean otherPrefix(String typed, String word) {
        if (typed.length() != word.length() || typed.length() < MIN_LETTERS
                || !typed.regionMatches(1, word, 1, typed.length() - 1)) {
            return false;
        }
        char a = typed.charAt(0);
        char b = word.charAt(0);
        return a != b && FIRST_AFFIX.indexOf(a) >= 0 && FIRST_AFFIX.indexOf(b) >= 0 && !confused(a, b);
    }

    /**
     * The words a folded word is with one interdental replaced by a letter the dialects say for it
     * ({@link #SAID_ALIKE}): ثامر gives تامر and سامر, منذ gives مند and منز. One way only: the
     * interdentals are rare letters, so a word holding one that the articles lack is seldom another
     * word, while a common ت، س، د، ز or ض read as an interdental makes one (a near miss's مسيره read
     * as مثيره, docs/answers.md, "arcd56"). Not the letters written alike but for their dots: a word
     * of the tooth letters has a dozen such neighbours, most of them other words.
     */
    public static Stream<String> saidAlike(String folded) {
        return IntStream.range(0, folded.length()).boxed().flatMap(at -> SAID_ALIKE.stream()
                .filter(pair -> pair.charAt(0) == folded.charAt(at))
                .map(pair -> folded.substring(0, at) + pair.charAt(1) + folded.substring(at + 1)));
    }

    /** Whether {@code typed} is {@code word} with one letter replaced, added or left out; both folded. */
    public static boolean oneEditApart(String typed, String word) {
        // The letters are compared before the script is checked: a question's word is tried against
        // every word of an article, and nearly all differ in more than one letter.
        return oneEdit(typed, word) && ArabicTextNormalizer.ARABIC_WORD.matcher(typed).matches()
                && ArabicTextNormalizer.ARABIC_WORD.matcher(word).matches();
    }

    private static boolean oneEdit(String typed, String word) {
        int typedLength = typed.length();
        int wordLength = word.length();
        int shorter = Math.min(typedLength, wordLength);
        if (shorter < MIN_LETTERS || Math.abs(typedLength - wordLength) > 1 || typed.equals(word)) {
            return false;
        }
        int same = 0;
        while (same < shorter && typed.charAt(same) == word.charAt(same)) {
            same++;
        }
        // After the first letter that differs, the rest must be the same once the edit is undone.
        if (typedLength == wordLength) {
            return typed.regionMatches(same + 1, word, same + 1, typedLength - same - 1)
                    && (shorter >= ANY_EDIT_LETTERS || confused(typed.charAt(same), word.charAt(same)));
        }
        if (shorter < ANY_EDIT_LETTERS) {
            return false;
        }
        if (typedLength > wordLength) {
            return typed.regionMatches(same + 1, word, same, wordLength - same);
        }
        return typed.regionMatches(same, word, same + 1, typedLength - same);
    }

    private static boolean confused(char a, char b) {
        return CONFUSED.stream().anyMatch(group -> group.indexOf(a) >= 0 && group.indexOf(b) >= 0);
    }
}
