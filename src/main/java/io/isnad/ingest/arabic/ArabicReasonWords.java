package io.isnad.ingest.arabic;

import static io.isnad.ingest.arabic.ArabicTextNormalizer.foldedSet;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The words by which a news sentence gives a reason, folded as the text is: a cause (لأن، بسبب، إثر، نتيجة، جراء،
 * بحجة، بداعي، عقب، خوفا), a purpose (بهدف، أجل، كي، بغية، سعيا، ردا، بطلب) or a consequence (لذلك، لذا، لهذا), and
 * the purpose glued to ل before a noun or a verb (لإرسال رسالة دعم، ليدعم، للمساعدة), unless a word before it governs
 * that ل (تعرضت للهجوم، وفقاً لمعلومات). A sentence without any of them tells what happened, not why.
 */
public final class ArabicReasonWords {

    private static final Set<String> MARKERS = foldedSet("لأن", "لأنه", "لأنها", "لأنهم", "بسبب", "بسببه", "بسببها",
            "إثر", "نتيجة", "جراء", "بحجة", "بداعي", "بدعوى", "عقب", "خوفا", "بهدف", "أجل", "لأجل", "كي", "لكي", "بغية",
            "سعيا", "ردا", "بطلب", "لذلك", "لذا", "لهذا");
    /** The words glued to ل that give no purpose: particles, pronouns and the words of time or number. */
    private static final Set<String> NOT_PURPOSE = foldedSet("لكن", "لكنه", "لكنها", "لدى", "لقد", "لها", "لهم", "لهما",
            "لنا", "لكم", "ليس", "ليست", "لما", "لمدة", "للمرة", "لاحقا", "لاحقاً", "ليلة", "ليلا");
    /**
     * The words after which a glued ل is their own complement, not a purpose: the prepositions built on ل (وفقاً
     * لـ، طبقاً لـ، تبعاً لـ، خلافاً لـ، بالنسبة لـ، إضافة لـ، استناداً لـ) and the verbs and participles that take
     * their object with it, of being exposed to (تعرّض لـ) and belonging to (تابع لـ، تتبع لـ), in the persons
     * news writes them ({@link ArabicVerbForms}).
     */
    private static final Set<String> GOVERN_LAM = foldedSet(Stream.of(
            Stream.of("وفقا", "طبقا", "تبعا", "خلافا", "بالنسبة", "إضافة", "بالإضافة", "استنادا"),
            ArabicVerbForms.thirdPersonPast("تعرض"), ArabicVerbForms.thirdPersonPresent("تعرض"),
            ArabicVerbForms.thirdPersonPresent("تبع"), Stream.of("تابع", "تابعة", "التابع", "التابعة"))
            .flatMap(forms -> forms));
    /**
     * The words by which a name's reason is given beside it: what it is named after (نسبة إلى البابا غريغوريوس،
     * تيمناً بـ) or alludes to (في إشارة إلى).
     */
    private static final Set<String> NAME_ORIGINS = foldedSet("نسبة", "تيمنا", "إشارة");
    /** The shortest word read as ل glued to a noun or verb of purpose (ليدعم; not لم، لن، له). */
    private static final int GLUED_PURPOSE_LENGTH = 4;

    private ArabicReasonWords() {
    }

    /**
     * Whether a sentence gives a reason: it holds a word of {@link #MARKERS}, or a word opening with ل (after a
     * glued و or ف) of at least {@value #GLUED_PURPOSE_LENGTH} letters that is not {@link #NOT_PURPOSE} and does not
     * follow a word of {@link #GOVERN_LAM}. A word whose root opens with ل (لبنان، لقاء) counts as well: the reading
     * errs towards a reason given. The governed ل was read as a purpose in "أكدت… أن قنصليتها في حلب تعرضت للهجوم"
     * and "وفقًا لمعلومات من رامي عبد الرحمن", which tell what happened and who said so, and so answered why-questions
     * on both seeds sets (docs/answers.md, "unans58").
     */
    public static boolean givesReason(String sentence) {
        List<String> words = ArabicTextNormalizer.arabicWords(sentence);
        for (int i = 0; i < words.size(); i++) {
            String word = ArabicProclitics.withoutConjunction(words.get(i), GLUED_PURPOSE_LENGTH - 1);
            if (MARKERS.contains(word) || word.startsWith("ل") && word.length() >= GLUED_PURPOSE_LENGTH
                    && !NOT_PURPOSE.contains(word)
                    && (i == 0 || !ArabicProclitics.oneOfWithOrWithoutConjunction(GOVERN_LAM, words.get(i - 1)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a sentence gives a reason for a name: when it names a thing ({@link ArabicNamingWords#names}), a reason
     * ({@link #givesReason}) or a word of {@link #NAME_ORIGINS} in the clause that names it or a clause after it
     * (سُمّيت بذلك، وذلك لوقوعها…: a reason follows what it explains); otherwise a reason anywhere in it. A reason in
     * a clause before the name is another deed's: "ربطت إيران دعمها لنظام الأسد بالحرب ضد داعش، وأطلقت على قواتها …
     * لقب المدافعين عن الحرم" tells the name and not why (docs/answers.md, "whyname59").
     */
    public static boolean givesReasonForName(String sentence) {
        List<String> clauses = ArabicTextNormalizer.clauses(sentence);
        int naming = 0;
        while (naming < clauses.size() && !ArabicNamingWords.names(clauses.get(naming))) {
            naming++;
        }
        return naming == clauses.size() ? givesReason(sentence) : clauses.subList(naming, clauses.size()).stream()
                .anyMatch(clause -> givesReason(clause) || ArabicTextNormalizer.arabicWords(clause).stream()
                        .anyMatch(word -> NAME_ORIGINS.contains(ArabicProclitics.withoutConjunction(word, 3))));
    }
}
