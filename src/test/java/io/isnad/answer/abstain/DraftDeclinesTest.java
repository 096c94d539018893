package io.isnad.answer.abstain;

import static io.isnad.answer.abstain.YesNoDeclinesTest.arabic;
import static io.isnad.answer.abstain.YesNoDeclinesTest.english;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.isnad.answer.AskedQuestion;
import io.isnad.answer.followup.PreviousAnswer;
import io.isnad.answer.question.QuestionAnalyzer;
import io.isnad.answer.question.QuestionType;

class DraftDeclinesTest {

    /** Names the base only by the name the query gives it, and quotes the ministry's words. */
    private static final String BASE = "وكان المتحدث الرسمي باسم وزارة الخارجية الإيرانية بهرام قاسمي كشف إن روسيا "
            + "علقت استخدامها لقاعدة \"همدان\" الجوية الإيرانية، قبل اعلان وزارة الدفاع الروسية أن قاذفاتها أنجزت "
            + "\"مهامها وعادت لروسيا\".";
    /** Gives a coined name in quotes that open with the noun it names. */
    private static final String OPERATION = "وكانت أعلنت الفصائل العسكرية في شمال غربي سوريا، يوم الأربعاء 27 تشرين "
            + "الثاني، إطلاق \"عملية ردع العدوان\".";

    @Test
    void aSearchBoxQueryAskingANameIsDeclinedWhenNoQuotedSentenceGivesOne() {
        assertTrue(DraftDeclines.searchBoxNameUngiven(english("hamadan air base official name"), List.of(BASE)));
        assertTrue(DraftDeclines.searchBoxNameUngiven(english("rebel operation name northwest syria november"),
                List.of(BASE)), "the noun of naming inside the query");
    }

    @Test
    void aGivenNameOrAnotherQuestionKeepsTheAnswer() {
        assertFalse(DraftDeclines.searchBoxNameUngiven(english("rebel operation name northwest syria november"),
                List.of(BASE, OPERATION)), "a quoted sentence gives the coined name");
        assertFalse(DraftDeclines.searchBoxNameUngiven(english("hezbollah secretary general name"), List.of(BASE)),
                "an office's holder is asked, read by the person declines");
        assertFalse(DraftDeclines.searchBoxNameUngiven(english("araghchi lavrov phone call aleppo"), List.of(BASE)),
                "a phone call asks no name");
        assertFalse(DraftDeclines.searchBoxNameUngiven(english("What is the official name of the Hamadan air base?"),
                List.of(BASE)), "a full question, read by its head noun");
        assertFalse(DraftDeclines.searchBoxNameUngiven(arabic("اسم قاعدة همدان الجوية"), List.of(BASE)),
                "an Arabic question");
        String followUp = "official name";
        assertFalse(DraftDeclines.searchBoxNameUngiven(new AskedQuestion(followUp, followUp,
                QuestionAnalyzer.analyze(followUp), true, Optional.of(new PreviousAnswer("a.txt", 0,
                        QuestionType.OTHER, "Which base did the Russian bombers use?"))), List.of(BASE)),
                "a follow-up");
    }

    /** Tells of a ceasefire two powers brokered, and names no operation. */
    private static final String CEASEFIRE = "منذ عام 2020، تخضع منطقة إدلب لوقف إطلاق النار بوساطة تركيا وروسيا، "
            + "والذي صمد لكنه انتهك بشكل متكرر.";

    @Test
    void aMilitaryOperationsNameAskedIsDeclinedWhenNoQuotedSentenceGivesACodedName() {
        assertTrue(DraftDeclines.operationNameUngiven(english("What was the name of Turkey's 2020 military operation "
                + "in Idlib?"), List.of(CEASEFIRE)));
        assertTrue(DraftDeclines.operationNameUngiven(arabic("ما اسم العملية العسكرية التي أطلقتها تركيا في إدلب؟"),
                List.of(CEASEFIRE)));
        assertTrue(DraftDeclines.operationNameUngiven(english("What was the name of the rebels' offensive?"),
                List.of(CEASEFIRE)), "an offensive is a military operation");
    }

    @Test
    void aCodedNameQuotedOrAnotherThingsNameKeepsTheAnswer() {
        assertFalse(DraftDeclines.operationNameUngiven(english("What was the name of the rebels' military "
                + "operation?"), List.of(CEASEFIRE, OPERATION)), "a quoted sentence gives the coined name");
        assertFalse(DraftDeclines.operationNameUngiven(english("What was the name of du Pont's gunpowder "
                + "operation?"), List.of(CEASEFIRE)), "a business is named bare");
        assertFalse(DraftDeclines.operationNameUngiven(arabic("ما اسم قائد العملية العسكرية في إدلب؟"),
                List.of(CEASEFIRE)), "a commander is asked, read by the person declines");
        assertFalse(DraftDeclines.operationNameUngiven(english("When did Turkey's military operation in Idlib "
                + "begin?"), List.of(CEASEFIRE)), "no name asked");
    }
}
