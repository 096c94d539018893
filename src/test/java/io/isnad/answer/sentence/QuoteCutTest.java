package io.isnad.answer.sentence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QuoteCutTest {

    @Test
    void aSentenceEndingOnAnEllipsisInsideAQuoteOpenedInItIsCut() {
        assertTrue(QuoteCut.endsInsideQuote("وأضاف شمخاني أن \"إيران اليوم وبسبب حاجتها لتعاون روسيا للتصدي للفتن.."));
        assertTrue(QuoteCut.endsInsideQuote("وأضاف نتنياهو: “لقد توسطت في اتفاقيات إبراهيم التاريخية.."));
        assertTrue(QuoteCut.endsInsideQuote("وقال: «نحن مستعدون… "));
    }

    @Test
    void aClosedQuoteOrAnotherEndIsNoCut() {
        assertFalse(QuoteCut.endsInsideQuote("وقال إن \"الوضع صعب\".."), "the quote is closed");
        assertFalse(QuoteCut.endsInsideQuote("وأضاف: “الوضع صعب”، وتابع.."), "the quote is closed");
        assertFalse(QuoteCut.endsInsideQuote("وأضاف شمخاني أن \"إيران اليوم وبسبب حاجتها."), "a full stop");
        assertFalse(QuoteCut.endsInsideQuote("وتقوم الطائرات الروسية بتقديم الدعم الجوي.."), "no quote");
    }
}
