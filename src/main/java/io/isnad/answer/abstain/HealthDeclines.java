package io.isnad.answer.abstain;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import io.isnad.answer.AskedQuestion;
import io.isnad.ingest.arabic.ArabicProclitics;
import io.isnad.ingest.arabic.ArabicTextNormalizer;

/**
 * The check of an answer that declines it whatever the abstention model says when the question asks what state of
 * health someone is in and no sentence the answer quotes tells one, one kind of {@link Decline} (the others are in
 * {@link Declines} and the other {@code *Declines}).
 */
public final class HealthDeclines {

    /** The English noun of health and the nouns that make it a state asked ("health condition", "state of health"). */
    private static final String HEALTH = "health";
    private static final Set<String> STATES = Set.of("condition", "conditions", "state", "status");
    /** The Arabic adjective of health (الصحية، الصحي), folded, and the nouns of a state it follows (حالة، وضع). */
    private static final Set<String> HEALTH_ADJECTIVES = ArabicTextNormalizer.foldedSet("صحي", "صحية");
    private static final List<String> STATE_STEMS = ArabicTextNormalizer.foldedList("حال", "وضع");
    /**
     * The words by which news tells someone's state of health, folded: well or unharmed, wounded, a condition
     * (stable, critical, serious), treated or in hospital, dead.
     */
    private static final Set<String> TOLD = ArabicTextNormalizer.foldedSet("صحة", "صحته", "صحتها", "صحتهم", "صحي",
            "صحية", "بخير", "سالم", "سالمين", "سليم", "مستقرة", "حرجة", "خطيرة", "مصاب", "مصابين", "مصابون", "إصابة",
            "إصابات", "جروح", "جرحى", "جريح", "أصيب", "أصيبوا", "توفي", "مستشفى", "علاج", "يعالج", "طبي", "طبية");

    private HealthDeclines() {
    }

    /**
     * Whether a question asks what state of health someone is in: "What was the health condition of the three
     * hostages released in Gaza on Sunday?", "state of health", "ما الحالة الصحية للرهائن؟"، "وضعهم الصحي". Not
     * health named otherwise (the health minister, Public Health England).
     */
    static boolean asksHealth(AskedQuestion question) {
        List<String> words = question.analysis().words();
        return IntStream.range(0, words.size()).anyMatch(i -> question.english()
                ? words.get(i).equals(HEALTH) && (i + 1 < words.size() && STATES.contains(words.get(i + 1))
                        || i >= 2 && words.get(i - 1).equals("of") && STATES.contains(words.get(i - 2)))
                : i > 0 && ArabicProclitics.bareForms(words.get(i)).anyMatch(HEALTH_ADJECTIVES::contains)
                        && ArabicProclitics.bareForms(words.get(i - 1))
                                .anyMatch(b -> STATE_STEMS.stream().anyMatch(b::startsWith)));
    }

    /**
     * Whether a question asking what state of health someone is in ({@link #asksHealth}) is answered by sentences
     * none of which tells one ({@link #TOLD}): "…وشهد حتى الآن إطلاق سراح ثلاثة رهائن" tells the hostages'
     * release, which the question takes as given, and nothing of how they are (docs/answers.md, "neg65").
     */
    public static boolean noHealthTold(AskedQuestion question, List<String> quoted) {
        return !quoted.isEmpty() && asksHealth(question) && quoted.stream().noneMatch(HealthDeclines::tellsHealth);
    }

    private static boolean tellsHealth(String text) {
        return ArabicTextNormalizer.words(text).stream()
                .anyMatch(w -> ArabicProclitics.bareForms(w).anyMatch(TOLD::contains));
    }
}
