package io.isnad.answer.abstain;

import java.util.List;
import java.util.function.Predicate;

import io.isnad.answer.AskedQuestion;
import io.isnad.answer.question.QuestionType;
import io.isnad.ingest.arabic.ArabicNamingWords;
import io.isnad.ingest.arabic.ArabicReasonWords;

/**
 * The decline of a why-question answered with no reason: the sentences quoted tell the event asked about
 * ("وتُصنف هذه الجماعة … كـجماعة إرهابية" for the reasons of the listing), which the question takes as given.
 */
public final class ReasonDeclines {

    private ReasonDeclines() {
    }

    /**
     * Whether a question asking why ({@link QuestionType#REASON}: لماذا، ليش، ما الأسباب, "why") is answered by
     * sentences none of which gives a reason ({@link ArabicReasonWords#givesReason}), whatever the abstention model
     * says: it passed such answers at .76 and .96 (the tuning parts). An English question is read so too: its answer
     * quotes the same Arabic articles, and a sentence telling that the army named no one ("دون ذكر هوية القوات
     * الصديقة") gives no reason for it in either language (passed at .84 and .89; docs/answers.md, "unans57").
     * A question asking why a thing is called so ({@link ArabicNamingWords#asksWhyCalled}) wants the name's reason
     * ({@link ArabicReasonWords#givesReasonForName}): the line that only gives the name, whose other clause holds a
     * ل of purpose, passed at .48 (docs/answers.md, "whyname59").
     */
    public static boolean noReason(AskedQuestion question, List<String> quoted) {
        if (quoted.isEmpty() || question.analysis().type() != QuestionType.REASON) {
            return false;
        }
        Predicate<String> reason = ArabicNamingWords.asksWhyCalled(question.text())
                ? ArabicReasonWords::givesReasonForName : ArabicReasonWords::givesReason;
        return quoted.stream().noneMatch(reason);
    }
}
