package io.isnad.answer.question;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class AskedDeedTest {

    @Test
    void aWhoQuestionAsksTheDoerOfTheVerbAfterItsRelativePronoun() {
        assertEquals(Optional.of("دعا"), AskedDeed.verb("من هو الحاكم الألماني الذي دعا الهوغونوتيين للهجرة؟"));
        assertEquals(Optional.of("قاد"), AskedDeed.verb("من الذي قاد الفريق إلى الفوز؟"));
        assertEquals(Optional.of("فازت"), AskedDeed.verb("مين اللي فازت بالجائزة؟"), "the dialects' relative");
    }

    @Test
    void withoutARelativePronounTheWordAfterTheQuestionWordIsTheVerbOnlyWhenItLooksConjugated() {
        assertEquals(Optional.of("يقود"), AskedDeed.verb("من يقود الفريق؟"));
        assertEquals(Optional.empty(), AskedDeed.verb("من رئيس الوزراء؟"), "a noun");
        assertEquals(Optional.empty(), AskedDeed.verb("من هو رئيس الوزراء؟"), "a pronoun");
    }

    @Test
    void aThreeLetterWordRightAfterTheOpeningWhoWordIsAPastVerb() {
        assertEquals(Optional.of("قتل"), AskedDeed.verb("من قتل الحسين بن علي؟"));
        assertEquals(Optional.empty(), AskedDeed.verb("من أول من وصل إلى القمة؟"), "the elative أفعل");
        assertEquals(Optional.empty(), AskedDeed.verb("من بين المرشحين فاز؟"), "a stop word");
        assertEquals(Optional.empty(), AskedDeed.verb("ومنذ متى قتل الحسين؟"), "no who-word opens it");
    }

    @Test
    void aVerbWhosePronounPointsBackToTheRelativeAsksWhomTheDeedBefell() {
        assertEquals(Optional.empty(), AskedDeed.verb("من الذين هزمهم البرونكوس في مباراة البطولة؟"));
        assertEquals(Optional.empty(), AskedDeed.verb("من الذي استقبله الرئيس في القصر؟"));
        assertEquals(Optional.of("دعاهم"), AskedDeed.verb("من الذي دعاهم إلى الاستقرار؟"), "them: others");
    }

    @Test
    void noDeedIsAskedByAnotherQuestionWordOrByBeing() {
        assertEquals(Optional.empty(), AskedDeed.verb("متى دعا الحاكم الهوغونوتيين؟"));
        assertEquals(Optional.empty(), AskedDeed.verb("من الذي كان يحمل الرقم القياسي؟"));
    }
}
