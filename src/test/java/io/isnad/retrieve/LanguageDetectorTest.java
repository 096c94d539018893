package io.isnad.retrieve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageDetectorTest {

    // The text's letters decide the path it is searched in; its words, whose question words type it. They part
    // only where a long name in one script stands in a short question in the other.
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "كم عدد القتلى في حلب؟|ar|ar",
        "How many were killed in Aleppo?|en|en",
        "أين يقع مقر Lockheed Martin؟|en|ar",
        "what did he call them? (اعتبر معارك حلب)|en|en",
        "وشو قال Erdogan؟|en|ar",
        "w kam wa7ed?|en|en",
        "Erdogan قال|en|ar",
    })
    void aMixedTextIsReadByItsLettersForItsPathAndByItsWordsForItsQuestionWords(String text, String byLetters,
            String byWords) {
        assertEquals(byLetters, LanguageDetector.detect(text), text);
        List<String> words = List.of(text.toLowerCase().split("[^\\p{L}\\p{Nd}]+")).stream()
                .filter(w -> !w.isEmpty()).toList();
        assertEquals(byWords, LanguageDetector.ofWords(words), text);
    }
}
