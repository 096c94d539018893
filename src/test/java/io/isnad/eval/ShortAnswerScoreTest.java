package io.isnad.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class ShortAnswerScoreTest {

    @Test
    void arabicIsFoldedAndTheArticleAndPunctuationDropped() {
        assertEquals(List.of("مدينه", "منوره"), ShortAnswerScore.tokens("المدينةُ المنوّرة،"));
        assertEquals(List.of("في", "سبتمبر", "2017"), ShortAnswerScore.tokens("في سبتمبر ٢٠١٧،"));
        assertEquals(List.of("حكومه", "سعوديه"), ShortAnswerScore.tokens("«الحكومة السعودية.»"));
        assertEquals(List.of("مدرسه"), ShortAnswerScore.tokens("والمدرسة"), "article after a conjunction");
        assertEquals(List.of("طلاب"), ShortAnswerScore.tokens("للطلاب"), "ل + ال");
        assertEquals(List.of("ال"), ShortAnswerScore.tokens("ال"), "a bare article is kept, not emptied");
    }

    @Test
    void englishFollowsSquad() {
        assertEquals(List.of("denver", "broncos"), ShortAnswerScore.tokens("The Denver Broncos!"));
        assertEquals(List.of("1958"), ShortAnswerScore.tokens("a 1958 [2]"), "markers and articles go");
    }

    @Test
    void exactMatchIsTheBestOverGoldAnswers() {
        assertEquals(1, ShortAnswerScore.exactMatch(List.of("المدينة المنورة"), List.of("مكة", "مدينه منوره،")));
        assertEquals(0, ShortAnswerScore.exactMatch(List.of("المدينة المنورة الجديدة"), List.of("المدينة المنورة")));
        assertEquals(0, ShortAnswerScore.exactMatch(List.of(), List.of("المدينة المنورة")), "no short answer");
        assertEquals(0, ShortAnswerScore.exactMatch(List.of("،"), List.of(".")), "nothing left is no match");
    }

    @Test
    void f1CountsSharedTokensOnce() {
        // predicted {سبتمبر, 2017}, gold {في, سبتمبر, 2017}: precision 1, recall 2/3.
        assertEquals(0.8, ShortAnswerScore.f1(List.of("سبتمبر 2017"), List.of("في سبتمبر 2017،")), 1e-9);
        assertEquals(0.5, ShortAnswerScore.tokenF1(List.of("a", "a"), List.of("a", "b")), 1e-9);
        assertEquals(0, ShortAnswerScore.f1(List.of("حلب"), List.of("حمص")));
        assertEquals(0, ShortAnswerScore.f1(List.of(), List.of("حمص")));
    }

    @Test
    void theRenderingIsACandidateBesideTheSpan() {
        List<String> candidates = ShortAnswerScore.candidates("أربعة", "four");
        assertEquals(1, ShortAnswerScore.exactMatch(candidates, List.of("Four")));
        assertEquals(1, ShortAnswerScore.exactMatch(candidates, List.of("أربعه")));
        assertEquals(List.of("أربعة"), ShortAnswerScore.candidates("أربعة", null));
    }
}
