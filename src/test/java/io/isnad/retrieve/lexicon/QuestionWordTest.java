package io.isnad.retrieve.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

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
}
