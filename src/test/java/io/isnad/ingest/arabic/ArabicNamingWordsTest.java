package io.isnad.ingest.arabic;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ArabicNamingWordsTest {

    // A sentence names by a word of naming, with its diacritics or a glued و, not by a word only sharing letters.
    @Test
    void aSentenceNamesByAWordOfNaming() {
        assertTrue(ArabicNamingWords.names("تُعرف هذه النظرية اليوم بنظرية ميازما."));
        assertTrue(ArabicNamingWords.names("وسميت المدينة على اسم مؤسسها."));
        assertTrue(ArabicNamingWords.names("أطلق عليه الإعلام لقب الثعلب."));
        assertTrue(ArabicNamingWords.names("الحي المعروف بحوض دوغ."));
        assertFalse(ArabicNamingWords.names("أصبحت النظرية المقبولة هي أن الطاعون نتج عن فساد الهواء."));
        assertFalse(ArabicNamingWords.names("تعرفة الكهرباء ارتفعت."));
    }
}
