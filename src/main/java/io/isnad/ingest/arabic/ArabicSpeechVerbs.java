package io.isnad.ingest.arabic;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The past-tense verbs news prose reports speech with (قال، كشف، أكد…), in the masculine and the
 * feminine, folded as the text is. Arabic puts the verb after its subject in "كان المتحدث … بهرام
 * قاسمي كشف، …": without capital letters, only the verb tells where the name ends.
 */
public final class ArabicSpeechVerbs {

    private static final Set<String> VERBS = Stream.of("قال", "كشف", "أكد", "أعلن", "أضاف", "أشار", "نفى", "اعتبر",
                    "أوضح", "ذكر", "صرح", "شدد", "تابع", "أفاد", "لفت", "حذر", "طالب", "وصف", "نقل", "دعا", "أبلغ")
            .flatMap(verb -> Stream.of(verb, feminine(verb)))
            .map(ArabicTextNormalizer::normalize)
            .collect(Collectors.toUnmodifiableSet());

    private ArabicSpeechVerbs() {
    }

    /** Whether a folded word is one of the verbs, with or without a glued و or ف. */
    public static boolean contains(String folded) {
        return VERBS.contains(folded) || VERBS.contains(ArabicRootSkeleton.withoutConjunction(folded, 3));
    }

    /** نفى → نفت, دعا → دعت, قال → قالت. */
    private static String feminine(String verb) {
        return verb.endsWith("ى") || verb.endsWith("ا") ? verb.substring(0, verb.length() - 1) + "ت" : verb + "ت";
    }
}
