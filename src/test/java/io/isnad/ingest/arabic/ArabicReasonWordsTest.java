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
}
