package io.isnad.answer.question;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.isnad.answer.question.QuestionRoles.Role;

class QuestionRolesTest {

    /** The role of {@code word} (folded, lower-cased) in {@code question}. */
    private static Role roleOf(String question, String word) {
        QuestionRoles roles = QuestionRoles.of(question);
        return roles.roles().get(roles.words().indexOf(word));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "How many interceptions are the Panthers credited with in 2015?|interceptions|HEAD",
        "How many interceptions are the Panthers credited with in 2015?|2015|QUALIFIER",
        "How many interceptions are the Panthers credited with in 2015?|panthers|HEAD",
        "What did Putin say about the visit?|putin|HEAD",
        "What did Putin say about the visit?|visit|QUALIFIER",
        "In which year did the war end?|year|HEAD",
        "متى غادر خاشقجي السعودية؟|خاشقجي|HEAD",
        "متى غادر خاشقجي السعودية؟|السعوديه|CORE",
        "كم عدد القتلى في الهجوم على الكلية؟|الكليه|QUALIFIER",
        "في أي مدينة ولد جمال خاشقجي؟|مدينه|HEAD",
        "ما الذي قاله الوزير يوم الخميس؟|الخميس|QUALIFIER",
    })
    void aWordAfterThePrepositionThatFollowsTheHeadOrADateQualifiesTheQuestion(String question, String word,
            Role role) {
        assertEquals(role, roleOf(question, word));
    }
}
