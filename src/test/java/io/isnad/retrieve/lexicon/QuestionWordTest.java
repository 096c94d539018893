package io.isnad.retrieve.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

/** How an English question's numbers are read: as the index holds them. */
class QuestionWordTest {

    private static List<String> numbers(String text) {
        return QuestionWord.read(text).stream().filter(QuestionWord::number).map(QuestionWord::key).toList();
    }

    @Test
    void thousandsSeparatorsAreDroppedAndDecimalsKept() {
        assertEquals(List.of("1500000", "2.5", "12,34"), numbers("Was it 1,500,000 or 2.5 million, or 12,34?"));
    }

    @Test
    void aRomanNumeralAfterANameIsReadAsItsNumber() {
        assertEquals(List.of("49"), numbers("Who won Super Bowl XLIX?"));
        assertEquals(List.of("38", "33"), numbers("Who was 38 in Super Bowl XXXIII?"));
    }

    @Test
    void aSmallRomanNumeralIsARegnalOrdinalNotDigits() {
        assertEquals(List.of(), numbers("Who was ennobled by Henry III and Elizabeth II?"));
    }

    @Test
    void romanLettersOutsideANameAreNoNumber() {
        assertEquals(List.of(), numbers("XLIX is what? The XL size and MIX of DC."));
        assertEquals(OptionalInt.of(49), QuestionWord.romanNumber("XLIX"));
        assertEquals(OptionalInt.empty(), QuestionWord.romanNumber("XIIII"));
        assertEquals(OptionalInt.of(89), QuestionWord.romanNumber("LXXXIX"));
    }
}
