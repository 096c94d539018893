package io.isnad.answer.abstain;

import java.util.List;

import io.isnad.answer.AskedQuestion;
import io.isnad.answer.question.QuestionType;
import io.isnad.ingest.arabic.ArabicReasonWords;

/**
 * The decline of a why-question answered with no reason: the sentences quoted tell the event asked about
 * ("وتُصنف هذه الجماعة … كـجماعة إرهابية" for the reasons of the listing), which the question takes as given.
 */
public final class ReasonDeclines {

    private ReasonDeclines() {
    }

    /**
     * Whether an Arabic question asking why ({@link QuestionType#REASON}: لماذا، ليش، ما الأسباب) is answered by
     * sentences none of which gives a reason ({@link ArabicReasonWords#givesReason}), whatever the abstention model
     * says: it passed such answers at .76 and .96 (the tuning parts). Not an English question, whose sentences may
     * be English.
     */
    public static boolean noReason(AskedQuestion question, List<String> quoted) {
        return !quoted.isEmpty() && !question.english() && question.analysis().type() == QuestionType.REASON
                && quoted.stream().noneMatch(ArabicReasonWords::givesReason);
    }
}
