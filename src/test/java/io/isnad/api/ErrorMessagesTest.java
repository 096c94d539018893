package io.isnad.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.isnad.index.CorpusUnavailableException;

class ErrorMessagesTest {

    @Test
    void theHeadersFirstArabicOrEnglishRangeByWeightDecides() {
        assertEquals("ar", ErrorMessages.language("ar-SA,ar;q=0.9,en;q=0.8", "Who?"));
        assertEquals("en", ErrorMessages.language("fr, en-US;q=0.9, ar;q=0.5", "من؟"));
        assertEquals("ar", ErrorMessages.language("en;q=0.2, ar;q=0.7", null));
        assertEquals("en", ErrorMessages.language("en, ar;q=0", "من؟"), "q=0 refuses Arabic");
    }

    @Test
    void withoutANamedLanguageTheQuestionsDecidesThenEnglish() {
        assertEquals("ar", ErrorMessages.language(null, "من التقى الأسد؟"));
        assertEquals("ar", ErrorMessages.language("*", "من التقى الأسد؟"));
        assertEquals("ar", ErrorMessages.language("de-DE,;;q=x", "من التقى الأسد؟"), "a broken header names nothing");
        assertEquals("en", ErrorMessages.language(null, "Who met Assad?"));
        assertEquals("en", ErrorMessages.language("", " "));
    }

    @Test
    void everyCodeHasAnArabicSentenceForADetailWithoutOne() {
        for (ErrorCode code : ErrorCode.values()) {
            String arabic = ErrorMessages.in("ar", code, "detail " + code);
            assertTrue(arabic.endsWith(": detail " + code), arabic);
            assertFalse(arabic.startsWith("null"), code::toString);
        }
    }

    @Test
    void theAskersSentencesHaveTheirOwnArabicAndEnglishStaysAsWritten() {
        assertEquals("ما زالت المقالات قيد الفهرسة؛ حاول مجدداً بعد قليل.",
                ErrorMessages.in("ar", ErrorCode.NOT_READY, CorpusUnavailableException.STILL_INDEXING));
        assertEquals("حدث خطأ من جهتنا وسُجّل؛ حاول مجدداً بعد قليل.",
                ErrorMessages.in("ar", ErrorCode.INTERNAL_ERROR, ApiErrorMapper.OUR_FAULT));
        assertEquals(ApiErrorMapper.OUR_FAULT,
                ErrorMessages.in("en", ErrorCode.INTERNAL_ERROR, ApiErrorMapper.OUR_FAULT));
    }
}
