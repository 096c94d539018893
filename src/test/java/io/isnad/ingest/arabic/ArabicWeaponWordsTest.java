package io.isnad.ingest.arabic;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ArabicWeaponWordsTest {

    // A kind named, glued to a preposition or the article, or the general noun with its adjective, names a weapon.
    @Test
    void aSentenceNamesAWeaponByItsKind() {
        assertTrue(ArabicWeaponWords.namesKind("استهدفت حفل التخريج عبر مسيّرات تحمل ذخائر متفجرة."));
        assertTrue(ArabicWeaponWords.namesKind("وقصفت المدينة بالصواريخ."));
        assertTrue(ArabicWeaponWords.namesKind("شن الجيش قصفاً مدفعياً على أريحا."));
        assertTrue(ArabicWeaponWords.namesKind("واستخدم النظام الأسلحة الكيميائية في الغوطة."));
        assertTrue(ArabicWeaponWords.namesKind("وصادر المقاتلون أسلحة خفيفة."));
    }

    // The general noun alone, before a conjunction, a function word or a comma, says there were weapons, not which;
    // an armoured vehicle is listed beside them as another thing.
    @Test
    void theGeneralNounAloneOrAVehicleNamesNoWeapon() {
        assertFalse(ArabicWeaponWords.namesKind("استولت هيئة تحرير الشام على مخازن أسلحة وعدد من المركبات المدرعة."));
        assertFalse(ArabicWeaponWords.namesKind("وضبطت القوات أسلحة في المنزل."));
        assertFalse(ArabicWeaponWords.namesKind("ونقلت السلاح، ثم عادت."));
        assertFalse(ArabicWeaponWords.namesKind("أكد رئيس أركان القوات المسلحة أن إيران مستعدة لمساعدة سوريا."));
    }

    @Test
    void aGeneralNounOrAKindIsReadGluedToAProclitic() {
        assertTrue(ArabicWeaponWords.general(ArabicTextNormalizer.normalize("بالأسلحة")));
        assertTrue(ArabicWeaponWords.general(ArabicTextNormalizer.normalize("وسلاح")));
        assertTrue(ArabicWeaponWords.kind(ArabicTextNormalizer.normalize("والمسيرات")));
        assertTrue(ArabicWeaponWords.kind(ArabicTextNormalizer.normalize("لغم")));
        assertFalse(ArabicWeaponWords.kind(ArabicTextNormalizer.normalize("مدرعة")));
        assertFalse(ArabicWeaponWords.general(ArabicTextNormalizer.normalize("المسلحة")));
    }
}
