package io.isnad.ingest.arabic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

class ArabicTyposTest {

    /** Each typed word against the word it is compared with: whether it is a typo of it is {@code expected}. */
    private static void assertTypos(boolean expected, Map<String, String> typedAgainstWord) {
        typedAgainstWord.forEach((typed, word) -> assertEquals(expected, ArabicTypos.oneEditApart(typed, word),
                typed + " / " + word));
    }

    @Test
    void oneLetterReplacedAddedLeftOutOrDoubledIsATypo() {
        assertTypos(true, Map.of("يباغ", "يبلغ", "المنطققه", "المنطقه", "المنطه", "المنطقه", "كتابه", "كتاب",
                "ححكومه", "حكومه"));
    }

    @Test
    void aThreeLetterWordIsATypoOnlyForALetterWrittenOrSaidAlike() {
        assertTypos(true, Map.of("حنس", "جنس", "زات", "ذات"));
        assertTypos(false, Map.of("سوق", "سور", "يبغ", "يبلغ"));
    }

    @Test
    void twoEditsTheSameWordAShortWordOrAFigureIsNoTypo() {
        assertTypos(false, Map.of("يبغا", "يبلغ", "المنطقه", "المنطقه", "مل", "مال", "ابولو15", "ابولو1",
                "minister", "ministers"));
    }
}
