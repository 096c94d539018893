package io.isnad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class LineClassifierTest {

    private final LineClassifier classifier = new LineClassifier();

    @Test
    void wordsAreCountedAsSplittingOnAsciiWhitespaceCountsThem() {
        for (String line : List.of("", "كلمة", "a b", "a  \t b", "a b ", "a\u00A0b c", "one two three four five six seven eight",
                "x\u2003y z", "a\nb\rc\u000Bd\fe")) {
            assertEquals(Math.min(line.split("\\s+").length, 7), Math.min(LineClassifier.words(line), 7), line);
        }
    }

    @Test
    void shortUnpunctuatedLinesAreLabelsAndLongOnesContent() {
        assertEquals(LineClassifier.Kind.CREDIT, classifier.classify("بقلم أحمد محمد"));
        assertEquals(LineClassifier.Kind.CONTENT, classifier.classify("قال المتحدث باسم الوزارة إن الاجتماع سيعقد غدا في العاصمة"));
        assertEquals(LineClassifier.Kind.CONTENT, classifier.classify("قال المتحدث: نعم"));
    }

    @Test
    void aSourceLineIsACreditAndFurnitureIsNot() {
        assertEquals(LineClassifier.Kind.CREDIT, classifier.classify("المصدر: “تايمز أوف إسرائيل” + RT"));
        assertEquals(LineClassifier.Kind.CREDIT, classifier.classify("Source: Reuters, AFP."));
        assertEquals(LineClassifier.Kind.BOILERPLATE, classifier.classify("https://www.example.com/story-1.html"));
        assertEquals(LineClassifier.Kind.BOILERPLATE, classifier.classify("المواضيع الأكثر قراءة"));
        assertEquals(LineClassifier.Kind.BOILERPLATE, classifier.classify("[إعلان 2]"));
        assertEquals(LineClassifier.Kind.BOILERPLATE, classifier.classify("تعليق (0)"));
    }
}
