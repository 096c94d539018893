package io.isnad.ingest;

/**
 * Folds the spelling variation of Arabic news text so that equal words compare equal.
 * Used for matching only: what is shown to users is always the original text.
 */
public final class ArabicTextNormalizer {

    private ArabicTextNormalizer() {
    }

    /** Normalises {@code text} for comparison; the result is not length-preserving. */
    public static String normalize(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isDiacriticOrTatweel(c)) {
                continue;
            }
            out.append(fold(c));
        }
        return out.toString();
    }

    /** The folded form of one character, or the character itself. */
    public static char fold(char c) {
        return switch (c) {
            case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
            case 'ى', 'ی', 'ئ' -> 'ي';
            case 'ة' -> 'ه';
            case 'ؤ' -> 'و';
            case 'ک' -> 'ك';
            case '“', '”', '„', '«', '»', '″' -> '"';
            case '‘', '’', '‚', '′' -> '\'';
            case '٫' -> '.';
            case '\u00A0' -> ' ';
            default -> foldDigit(c);
        };
    }

    /** Whether {@code c} is a harakat mark, superscript alef or tatweel, all dropped for matching. */
    public static boolean isDiacriticOrTatweel(char c) {
        return (c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640';
    }

    private static char foldDigit(char c) {
        if (c >= '٠' && c <= '٩') {
            return (char) ('0' + (c - '٠'));
        }
        if (c >= '۰' && c <= '۹') {
            return (char) ('0' + (c - '۰'));
        }
        return Character.toLowerCase(c);
    }
}
