package io.isnad.ingest.arabic;

import java.util.List;

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
     * Letters a typist confuses, each group one: those written alike but for their dots (the tooth
     * ب ت ث ن ي, ج ح خ, د ذ, ر ز, س ش, ص ض, ط ظ, ع غ, ف ق) and those the spoken dialects say alike
     * (ذ ز, ض ظ, ث س, ث ت).
     */
    private static final List<String> CONFUSED = List.of("بتثني", "جحخ", "دذ", "رز", "سش", "صض", "طظ", "عغ", "فق",
            "ذز", "ضظ", "ثس", "ثت");

    private ArabicTypos() {
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
