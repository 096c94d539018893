package io.isnad.ingest.arabic;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class ArabicReasonWordsTest {

    // A ل glued to a noun or verb gives a purpose, unless the word before it governs that ل: a preposition built on
    // ل (وفقاً لـ، بالنسبة لـ) or a verb taking its object with it (تعرّض لـ، تتبع لـ), with or without a glued و.
    @Test
    void aGluedLamGovernedByTheWordBeforeItGivesNoReason() {
        for (String governed : List.of("أكدت الوزارة أن قنصليتها في حلب تعرضت للهجوم، لكن موظفيها بخير.",
                "سيطرت الجماعة على المدينة، وفقًا لمعلومات من رئيس منظمة الرصد.",
                "استهدفت الفصائل مراكز أمنية تتبع لميليشيات النظام.",
                "ووفقاً لمصادر محلية، دخلت القوات البلدة.")) {
            assertFalse(ArabicReasonWords.givesReason(governed), governed);
        }
        for (String purpose : List.of("ووصل الوفد إلى دمشق لإرسال رسالة دعم.",
                "وفقاً لمصادر محلية، دخلت القوات البلدة لتأمين الطريق.",
                "تعرضت القنصلية للهجوم بسبب موقعها.", "وجاء الهجوم ردا على قصف مواقعها.")) {
            assertTrue(ArabicReasonWords.givesReason(purpose), purpose);
        }
    }

    // A sentence that names a thing gives the name's reason only in the clause that names it or one after it: a cause,
    // a purpose or what it is named after; a ل of purpose in a clause before it is another deed's reason.
    @Test
    void aNameIsExplainedOnlyInTheClauseThatGivesIt() {
        String nameOnly = "وفي رواياتها، ربطت إيران دعمها لنظام الأسد بالحرب ضد \"داعش\"، وأطلقت على قواتها التي"
                + " أُرسلت إلى سوريا لقب \"المدافعين عن الحرم\".";
        assertTrue(ArabicReasonWords.givesReason(nameOnly));
        assertFalse(ArabicReasonWords.givesReasonForName(nameOnly));
        assertFalse(ArabicReasonWords.givesReasonForName(
                "وحسب وكالة مهر الإيرانية للأنباء، فإن قائد القوات، الملقب بـ\"الحاج هاشم\"، قتل في حلب."));
        for (String explained : List.of("يسمى هذا التقويم بالتقويم الميلادي لأن عد السنين فيه يبدأ من ميلاد المسيح.",
                "ويسمى بالتقويم الغريغوري نسبة إلى البابا غريغوريوس الثالث عشر.",
                "الدولة السلجوقية (يطلق عليها الاسم الأخير لتمييزها عن دول السلاجقة اللاحقة) هي من الدول الكبرى.",
                "سميت المدينة بهذا الاسم، وذلك لوقوعها على ضفة النهر.", "ووصل الوفد إلى دمشق لإرسال رسالة دعم.")) {
            assertTrue(ArabicReasonWords.givesReasonForName(explained), explained);
        }
    }
}
