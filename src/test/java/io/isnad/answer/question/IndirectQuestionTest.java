package io.isnad.answer.question;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IndirectQuestionTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Does it say who was behind the attack?|who was behind the attack?",
        "and did the report mention where the staff were moved?|where the staff were moved?",
        "Do we know when the consulate will reopen?|when the consulate will reopen?",
        "Does the article tell us how many soldiers were wounded?|how many soldiers were wounded?",
    })
    void aFrameWhoseSubjectIsTheStoryAsksItsQuestionWord(String question, String asked) {
        assertEquals(asked, IndirectQuestion.unframed(question));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Did the Syrian army say who the 'friendly forces' it fought alongside were?",
        "Does it say the staff were unhurt?",
        "Did the minister visit Ankara?",
        "Did he say who attacked the consulate?",
        "Who said that?",
    })
    void aFrameOfAnotherSubjectOrWithoutAQuestionWordIsTheQuestion(String question) {
        assertEquals(question, IndirectQuestion.unframed(question));
    }
}
