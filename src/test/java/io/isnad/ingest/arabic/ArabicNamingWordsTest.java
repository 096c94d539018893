package io.isnad.ingest.arabic;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class ArabicNamingWordsTest {

    // A sentence names by a word of naming, with its diacritics or a glued و, not by a word only sharing letters.
    @Test
    void aSentenceNamesByAWordOfNaming() {
        assertTrue(ArabicNamingWords.names("تُعرف هذه النظرية اليوم بنظرية ميازما."));
        assertTrue(ArabicNamingWords.names("وسميت المدينة على اسم مؤسسها."));
        assertTrue(ArabicNamingWords.names("أطلق عليه الإعلام لقب الثعلب."));
        assertTrue(ArabicNamingWords.names("الحي المعروف بحوض دوغ."));
        assertTrue(ArabicNamingWords.names("العميد بورهاشمي، الملقب بـ\"الحاج هاشم\"."));
        assertFalse(ArabicNamingWords.names("أصبحت النظرية المقبولة هي أن الطاعون نتج عن فساد الهواء."));
        assertFalse(ArabicNamingWords.names("تعرفة الكهرباء ارتفعت."));
    }

    // A question asks why a thing is called so by a verb of naming in any person or dialect (لقبو، تسمي، سمي), by
    // أطلق with a noun of naming, or in English; not by اسم alone nor by أطلق without one (a launch).
    @Test
    void aQuestionAsksWhyAThingIsCalledByAVerbOfNaming() {
        for (String called : List.of("ليش لقبو بورهاشمي بالحاج هاشم؟", "ليش ايران تسمي قواتها اللي بسوريا المدافعين؟",
                "لماذا سُمّي بالتقويم الغريغوري؟", "لماذا يطلق على الدولة السلجوقية الاسم الأخير؟",
                "وليه سموها ردع العدوان؟", "Why is the operation called Deterrence of Aggression?")) {
            assertTrue(ArabicNamingWords.asksWhyCalled(called), called);
        }
        for (String other : List.of("لماذا أضاف المسلمون عبارة عليه السلام بعد اسمه؟", "لماذا أطلقت الفصائل العملية؟",
                "ايران ليش دزت قوات عسكريه لسوريا؟", "ليش سمير راح على حلب؟",
                "Why did Iran send forces to Syria?")) {
            assertFalse(ArabicNamingWords.asksWhyCalled(other), other);
        }
    }

    // What a thing is named after is asked by a naming stem with a glued proclitic or an English word of naming;
    // who did something is not.
    @Test
    void aQuestionAsksWhatAThingIsNamedAfter() {
        assertTrue(ArabicNamingWords.asksNaming(List.of("لمن", "سميت", "الكاس")));
        assertTrue(ArabicNamingWords.asksNaming(List.of("ما", "سبب", "التسميه")));
        assertTrue(ArabicNamingWords.asksNaming(List.of("who", "is", "the", "cup", "named", "after")));
        assertFalse(ArabicNamingWords.asksNaming(List.of("من", "قاد", "الهجوم")));
    }

    @Test
    void aNicknameIsIntroducedByItsPhrasesButNotByAName() {
        assertTrue(ArabicNamingWords.nicknamePhrases().contains("الملقب"));
        assertTrue(ArabicNamingWords.nicknamePhrases().contains("المعروف بلقب"));
        assertFalse(ArabicNamingWords.nicknamePhrases().contains("المعروف باسم"));
    }
}
