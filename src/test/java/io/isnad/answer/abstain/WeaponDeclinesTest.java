package io.isnad.answer.abstain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.isnad.answer.AskedQuestion;
import io.isnad.answer.question.QuestionAnalyzer;

class WeaponDeclinesTest {

    private static final String DEPOTS = "وأفادت تقارير صحافية بأن \"هيئة تحرير الشام\" استولت على مخازن أسلحة وعدد من "
            + "المركبات المدرعة التابعة للجيش السوري.";
    private static final String PRECISION = "لا سيما وأن فصائل الثوار استهدفت بدقة كبيرة مواقع قيادية وأهداف ومراكز "
            + "أمنية تتبع لميليشيات النظام وإيران.";
    private static final String ACADEMY = "وكانت التنظيمات المسلحة استهدفت، الخميس، حفل تخريج طلاب ضباط الكلية الحربية "
            + "في حمص، عبر مسيّرات تحمل ذخائر متفجرة.";

    @Test
    void aQuestionAskingWhichWeaponAnsweredBySentencesNamingNoneByItsKindIsDeclined() {
        AskedQuestion found = english("what weapons did hts find in the syrian army depots it seized");
        assertTrue(Declines.readsQuoted(found), "a which-weapon question reads its quoted sentences");
        assertTrue(WeaponDeclines.noneNamed(found, List.of(DEPOTS)), "the depots' general noun, no kind");
        assertTrue(WeaponDeclines.noneNamed(english("hts seized weapons depots what weapons"), List.of(DEPOTS)),
                "a search-box query");
        assertTrue(WeaponDeclines.noneNamed(arabic("ما الأسلحة التي استولت عليها الهيئة؟"), List.of(DEPOTS)));
        assertTrue(WeaponDeclines.noneNamed(arabic("بأي سلاح ضرب الثوار المواقع؟"), List.of(PRECISION)),
                "أي glued to a preposition");
        assertTrue(WeaponDeclines.noneNamed(arabic("الثوار ضربوا المواقع القياديه بدقه كبيره بايه؟ صواريخ ولا مسيرات"),
                List.of(PRECISION)), "two kinds as alternatives");
        assertTrue(WeaponDeclines.noneNamed(arabic("الضربات على المواقع القيادية كانت صواريخ أم مسيرات؟"),
                List.of(PRECISION)), "the Standard أم joins the alternatives as the spoken ولا does");
        assertTrue(WeaponDeclines.asksWeapon(arabic("هل قصف الجيش المدينة بالصواريخ أم بالمدافع؟")),
                "kinds with the article and a preposition");
        assertTrue(WeaponDeclines.noneNamed(english("Did they strike with rockets or drones?"), List.of(PRECISION)),
                "English alternatives, read by their translations");
    }

    @Test
    void aQuotedSentenceNamingAKindKeepsTheAnswer() {
        assertFalse(WeaponDeclines.noneNamed(english("What weapons were used in the attack on the military college?"),
                List.of(ACADEMY)), "drones carrying explosive munitions");
        assertFalse(WeaponDeclines.noneNamed(english("what weapons did hts find in the depots"),
                List.of(DEPOTS, "وكان بينها صواريخ مضادة للدروع.")), "another quoted sentence names one");
        assertFalse(WeaponDeclines.noneNamed(english("What weapons did HTS find?"), List.of()));
    }

    @Test
    void onlyAQuestionAskingWhichWeaponIsRead() {
        // A count of weapons is asked by how many, an arms maker by who; a weapon named and not asked is no asked kind.
        assertFalse(WeaponDeclines.asksWeapon(english("How many weapons depots did HTS seize?")));
        assertFalse(WeaponDeclines.asksWeapon(english("Who was one prominent Huguenot-descended arms manufacturer?")));
        assertFalse(WeaponDeclines.asksWeapon(english("What did the drones carry?")));
        assertFalse(WeaponDeclines.asksWeapon(arabic("كم مخزن سلاح استولت عليه الهيئة؟")));
        assertFalse(WeaponDeclines.asksWeapon(arabic("هل قصف الجيش المدينة بالصواريخ أم لا؟")),
                "one kind, and the or of or not");
        assertFalse(WeaponDeclines.noneNamed(english("What did the drones carry?"), List.of(PRECISION)));
    }

    private static AskedQuestion arabic(String question) {
        return new AskedQuestion(question, question, QuestionAnalyzer.analyze(question), false, Optional.empty());
    }

    private static AskedQuestion english(String question) {
        return new AskedQuestion(question, question, QuestionAnalyzer.analyze(question), true, Optional.empty());
    }
}
