package io.isnad.answer.abstain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.isnad.answer.AskedQuestion;
import io.isnad.answer.question.QuestionAnalyzer;

class FactionDeclinesTest {

    private static final String FIGHTERS = "مقاتلون من المعارضة السورية يقودون مركبة مدرعة تابعة للجيش السوري تم "
            + "مصادرتها بالقرب من بلدة خان السبل السورية، جنوب غرب حلب.";
    private static final String DEPOTS = "وأفادت تقارير صحافية بأن \"هيئة تحرير الشام\" استولت على مخازن أسلحة.";
    private static final String SHELLING = "ورداً على الهجوم، شن الجيش السوري قصفاً مدفعياً مستهدفاً مقار للحزب "
            + "التركستاني وكتيبة المهاجرين في أريحا.";

    @Test
    void aQuestionAskingWhichFactionAnsweredBySentencesNamingNoneIsDeclined() {
        AskedQuestion dialect = arabic("المقاتلين اللي كانوا سايقين المدرعة جنب خان السبل تبع أنهي فصيل؟");
        assertTrue(Declines.readsQuoted(dialect), "a which-faction question reads its quoted sentences");
        assertTrue(FactionDeclines.noneNamed(dialect, List.of(FIGHTERS)), "the fighters as a side, no faction");
        assertTrue(FactionDeclines.noneNamed(arabic("إلى أي فصيل ينتمي المقاتلون؟"), List.of(FIGHTERS)));
        assertTrue(FactionDeclines.noneNamed(arabic("المقاتلين دول من فصيل إيه؟"), List.of(FIGHTERS)),
                "the Egyptian إيه after its noun");
        assertTrue(FactionDeclines.noneNamed(english("Which militias were driving the armoured vehicle?"),
                List.of(FIGHTERS)), "an English noun, read by its translations");
    }

    @Test
    void aQuotedSentenceThatMayNameAFactionOrAQuestionAskingNoneKeepsTheAnswer() {
        AskedQuestion asked = arabic("إلى أي فصيل ينتمي المقاتلون؟");
        assertFalse(FactionDeclines.noneNamed(asked, List.of(DEPOTS)), "a name in quotation marks, with its head");
        assertFalse(FactionDeclines.noneNamed(asked, List.of(SHELLING)), "a party and a battalion by their nouns");
        assertFalse(FactionDeclines.noneNamed(asked, List.of(FIGHTERS, DEPOTS)), "one quoted sentence names one");
        assertFalse(FactionDeclines.noneNamed(asked, List.of("وتبنى داعش الهجوم على المدينة.")), "a bare name");
        assertFalse(FactionDeclines.noneNamed(arabic("من كان يقود المدرعة؟"), List.of(FIGHTERS)), "no faction asked");
        assertFalse(FactionDeclines.noneNamed(english("What group of scientists measure oxygen?"),
                List.of("يقيس علماء المناخ القديم نسبة الأكسجين.")), "a group is no faction");
        assertFalse(FactionDeclines.noneNamed(asked, List.of()));
    }

    private static AskedQuestion arabic(String question) {
        return new AskedQuestion(question, question, QuestionAnalyzer.analyze(question), false, Optional.empty());
    }

    private static AskedQuestion english(String question) {
        return new AskedQuestion(question, question, QuestionAnalyzer.analyze(question), true, Optional.empty());
    }
}
