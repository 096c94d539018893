package io.isnad.answer.abstain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;


/**
 * The words by which an Arabic question names the kind of answer it wants (سنة، موجودة) or that are
 * function words with a glued pronoun (لديها): the articles need not hold them, so missing from the
 * corpus they are the question's wording, not a subject or a name the corpus lacks.
 */
class QuestionWordingTest extends AbsenceCheckCase {

    @Override
    String article() {
        return LANDING;
    }

    @Test
    void theNounOfTheAskedTimeIsWording() {
        // The article dates the landing by عام; سنة is only how the question asks for the year.
        assertTrue(worded("الطائرة هبطت في لارنكا سنة كام؟").contains("سن"));
        assertEquals(0, check("في أي سنة هبطت الطائرة في لارنكا؟").strangeShare());
    }

    @Test
    void aWordThatSaysWhereSomethingIsIsWordingNotAName() {
        // موجودة is shaped like a name (five letters, no verb prefix) and no article holds it.
        AbsentEvidence absent = check("وين موجودة الطائرة؟");
        assertTrue(absent.unknownWord());
        assertEquals(List.of(), absent.unknownNames());
        assertEquals(0, absent.strangeShare());
    }

    @Test
    void aFunctionWordWithAPronounIsWording() {
        assertTrue(worded("هل لديها ركاب؟").contains("لد"), () -> worded("هل لديها ركاب؟").toString());
    }

    @Test
    void aWordAskingAPersonsPostIsWordingNotAName() {
        // منصبها is shaped like a name and no article holds it: an answer names the post, not the word.
        String asked = "الطائرة التي هبطت في لارنكا وش كان منصبها؟";
        assertTrue(worded(asked).contains("منصب"), () -> worded(asked).toString());
        AbsentEvidence absent = check(asked);
        assertEquals(List.of(), absent.unknownNames());
        assertEquals(0, absent.strangeShare());
    }

    @Test
    void theNounOfTheAskedReasonIsWording() {
        // An answer gives the reason ("بعد ساعة من إقلاعها"), seldom the word سبب; the landing is what is asked about.
        Map<String, String> reasons = Map.of("هبوط الطائرة في بيروت، وشو السبب؟", "سبب",
                "ما سبب هبوط الطائرة في بيروت؟", "سبب", "ما أسباب هبوط الطائرة؟", "اسباب");
        reasons.forEach((asked, reason) -> {
            List<String> worded = worded(asked);
            assertEquals(List.of(reason), worded, asked);
        });
    }

    @Test
    void aSubjectTheCorpusLacksIsStillStrange() {
        // The submarine is what the question asks about; موجودة beside it changes nothing.
        AbsentEvidence absent = check("وين موجودة الغواصة؟");
        assertTrue(absent.strangeShare() > 0, () -> "strangeShare " + absent.strangeShare());
    }
}
