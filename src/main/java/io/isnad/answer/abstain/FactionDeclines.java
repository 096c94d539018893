package io.isnad.answer.abstain;

import java.util.List;

import io.isnad.answer.AskedQuestion;
import io.isnad.ingest.arabic.ArabicFactionWords;

/**
 * The check of an answer that declines it whatever the abstention model says when the question asks which faction
 * and no sentence the answer quotes may name one, one kind of {@link Decline} (the others are in {@link Declines},
 * {@link WeaponDeclines} and the other {@code *Declines}).
 */
public final class FactionDeclines {

    private FactionDeclines() {
    }

    /**
     * Whether a question asks which faction ({@link WeaponDeclines#asksWhich} with a noun of {@link
     * ArabicFactionWords#ASKED}: "المقاتلين… تبع أنهي فصيل؟"، "Which militias…?") and no quoted sentence may name one
     * ({@link ArabicFactionWords#mayNameOne}). A sentence that tells of the fighters as a side ("مقاتلون من المعارضة
     * السورية يقودون مركبة مدرعة") gives the deed the question takes as given, which the abstention model weighs,
     * and not the faction it asks, as a sentence writing only "أسلحة" gives no weapon (docs/answers.md, "unans64").
     */
    public static boolean noneNamed(AskedQuestion question, List<String> quoted) {
        // Tested first: none is quoted unless Declines.readsQuoted, which read the question's words, found a check.
        if (quoted.isEmpty()) {
            return false;
        }
        return WeaponDeclines.asksWhich(question, ArabicFactionWords::asked)
                && quoted.stream().noneMatch(ArabicFactionWords::mayNameOne);
    }
}
