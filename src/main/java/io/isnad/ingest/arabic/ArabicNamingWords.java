package io.isnad.ingest.arabic;

import java.util.Set;

/**
 * The words by which news and encyclopaedia prose gives a thing's name (يُعرف بـ، يسمى، يطلق عليه، يلقب، اسمه،
 * المعروف بـ), folded as the text is: a sentence holding one states what something is called.
 */
public final class ArabicNamingWords {

    private static final Set<String> NAMING = ArabicTextNormalizer.foldedSet("يعرف", "تعرف", "عرف", "عرفت", "يسمى",
            "تسمى", "سمي", "سميت", "المسمى", "المسماة", "يطلق", "تطلق", "أطلق", "أطلقت", "يلقب", "تلقب", "لقب",
            "اسمه", "اسمها", "باسم", "المعروف", "المعروفة", "يدعى", "تدعى");

    private ArabicNamingWords() {
    }

    /** Whether {@code text} holds a word of naming, also with a glued و or ف (وتعرف، فسميت). */
    public static boolean names(String text) {
        return ArabicTextNormalizer.words(text).stream()
                .anyMatch(word -> ArabicProclitics.oneOfWithOrWithoutConjunction(NAMING, word));
    }
}
