package io.isnad.ingest.arabic;

import static io.isnad.ingest.arabic.ArabicTextNormalizer.foldedSet;

import java.util.Set;

/**
 * The words by which a news sentence gives a reason, folded as the text is: a cause (لأن، بسبب، إثر، نتيجة، جراء،
 * بحجة، بداعي، عقب، خوفا), a purpose (بهدف، أجل، كي، بغية، سعيا، ردا، بطلب) or a consequence (لذلك، لذا، لهذا), and
 * the purpose glued to ل before a noun or a verb (لإرسال رسالة دعم، ليدعم، للمساعدة). A sentence without any of them
 * tells what happened, not why.
 */
public final class ArabicReasonWords {

    private static final Set<String> MARKERS = foldedSet("لأن", "لأنه", "لأنها", "لأنهم", "بسبب", "بسببه", "بسببها",
            "إثر", "نتيجة", "جراء", "بحجة", "بداعي", "بدعوى", "عقب", "خوفا", "بهدف", "أجل", "لأجل", "كي", "لكي", "بغية",
            "سعيا", "ردا", "بطلب", "لذلك", "لذا", "لهذا");
    /** The words glued to ل that give no purpose: particles, pronouns and the words of time or number. */
    private static final Set<String> NOT_PURPOSE = foldedSet("لكن", "لكنه", "لكنها", "لدى", "لقد", "لها", "لهم", "لهما",
            "لنا", "لكم", "ليس", "ليست", "لما", "لمدة", "للمرة", "لاحقا", "لاحقاً", "ليلة", "ليلا");
    /** The shortest word read as ل glued to a noun or verb of purpose (ليدعم; not لم، لن، له). */
    private static final int GLUED_PURPOSE_LENGTH = 4;

    private ArabicReasonWords() {
    }

    /**
     * Whether a sentence gives a reason: it holds a word of {@link #MARKERS}, or a word opening with ل (after a
     * glued و or ف) of at least {@value #GLUED_PURPOSE_LENGTH} letters that is not {@link #NOT_PURPOSE}. A word whose
     * root opens with ل (لبنان، لقاء) counts as well: the reading errs towards a reason given.
     */
    public static boolean givesReason(String sentence) {
        return ArabicTextNormalizer.arabicWords(sentence).stream()
                .map(word -> ArabicProclitics.withoutConjunction(word, GLUED_PURPOSE_LENGTH - 1))
                .anyMatch(word -> MARKERS.contains(word) || word.startsWith("ل")
                        && word.length() >= GLUED_PURPOSE_LENGTH && !NOT_PURPOSE.contains(word));
    }
}
