package io.isnad.answer.abstain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class QuestionWordsTest {

    @Test
    void theArabicWordsAreFoldedInOrderWithRepeatsAndTheTextIsKeptAsAsked() {
        String question = "متى وصل وزير الخارجية إلى طوكيو، ومتى وصل Kishida؟";
        QuestionWords words = QuestionWords.of(question);
        assertEquals(question, words.text());
        // Folded: ى as ي, ة as ه, إ as ا.
        assertEquals(List.of("متي", "وصل", "وزير", "الخارجيه", "الي", "طوكيو", "ومتي", "وصل"), words.arabic());
    }

    @Test
    void anEnglishQuestionHasNoArabicWords() {
        assertEquals(List.of(), QuestionWords.of("When did the minister reach Tokyo?").arabic());
    }
}
