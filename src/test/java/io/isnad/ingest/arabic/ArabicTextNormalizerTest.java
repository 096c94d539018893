package io.isnad.ingest.arabic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ArabicTextNormalizerTest {

    @Test
    void foldsAlefYaAndTaMarbutaForms() {
        assertEquals("اسماعيل ايران القاعده الي", ArabicTextNormalizer.normalize("إسماعيل إيران القاعدة إلى"));
        assertEquals("امن اداره", ArabicTextNormalizer.normalize("آمن أدارة"));
    }

    @Test
    void dropsDiacriticsAndTatweel() {
        assertEquals("قتل شخصا", ArabicTextNormalizer.normalize("قُتِلَ شخصًا"));
        assertEquals("الحرب", ArabicTextNormalizer.normalize("الحـــرب"));
    }

    @Test
    void unifiesArabicIndicAndPersianDigits() {
        assertEquals("2011 و 2024", ArabicTextNormalizer.normalize("٢٠١١ و ۲۰۲۴"));
    }

    @Test
    void unifiesCurlyAndStraightQuotesAndLatinCase() {
        assertEquals("\"الجديد\" 'x' iran", ArabicTextNormalizer.normalize("“الجديد” ‘x’ IRAN"));
    }

    @Test
    void foldsPersianLetterForms() {
        assertEquals("كيومرث", ArabicTextNormalizer.normalize("کیومرث"));
    }

    @Test
    void everyOtherCharacterIsLowerCasedAsTheJdkDoes() {
        String special = "أإآٱىیئةؤک“”„«»″‘’‚′٫\u00A0٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹";
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            if (special.indexOf(c) < 0) {
                assertEquals(Character.toLowerCase(c), ArabicTextNormalizer.fold(c), "U+" + Integer.toHexString(c));
            }
        }
    }
}
