package io.isnad.answer.sentence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class QuoteCutTest {

    @Test
    void aSentenceEndingOnAnEllipsisInsideAQuoteOpenedInItIsCut() {
        List.of("وأضاف شمخاني أن \"إيران اليوم وبسبب حاجتها لتعاون روسيا للتصدي للفتن..",
                "وأضاف نتنياهو: “لقد توسطت في اتفاقيات إبراهيم التاريخية..", "وقال: «نحن مستعدون… ")
                .forEach(sentence -> assertTrue(QuoteCut.endsInsideQuote(sentence), sentence));
    }

    @Test
    void aClosedQuoteOrAnotherEndIsNoCut() {
        Map.of("وقال إن \"الوضع صعب\"..", "a straight quote closed",
                "وأضاف: “الوضع صعب”، وتابع..", "a curly quote closed",
                "وأضاف شمخاني أن \"إيران اليوم وبسبب حاجتها.", "a full stop",
                "وتقوم الطائرات الروسية بتقديم الدعم الجوي..", "no quote")
                .forEach((sentence, why) -> assertFalse(QuoteCut.endsInsideQuote(sentence), why));
    }

    @Test
    void aSentenceClosingTheQuoteItsSentenceBeforeLeftOpenClosesIt() {
        assertTrue(QuoteCut.closesQuoteOf("وقال: \"من المفترض أن نستعيد هذا المال من سوريا.",
                "أموال هذا الشعب تم إنفاقها هناك\"."));
        assertTrue(QuoteCut.closesQuoteOf("وأضاف نتنياهو: “لقد توسطت في اتفاقيات إبراهيم.", "وسنكمل المهمة”."));
    }

    @Test
    void aQuoteClosedWhereItOpenedOrNeverOpenedClosesNone() {
        Map.of("وقال إن \"الوضع صعب\".", "the quote before closed",
                "وتقوم الطائرات الروسية بتقديم الدعم الجوي.", "no quote before")
                .forEach((before, why) -> assertFalse(QuoteCut.closesQuoteOf(before, "أموال الشعب أنفقت هناك\"."),
                        why));
        assertFalse(QuoteCut.closesQuoteOf("وقال: \"من المفترض أن نستعيد المال.", "وأضاف الوزير أن الوضع صعب."),
                "the next sentence closes nothing");
    }
}
