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

    // A question asks a thing's other name by اسم or أسماء followed by "other" or "second" agreeing with it; not by
    // the ordinal of the thing named (ما اسم ثاني أكثر المطارات), nor by "other" beside another noun.
    @Test
    void aQuestionAsksAnotherNameByTheNameNounAndOther() {
        for (String other : List.of("ما هو الاسم الاخر للموناليزا؟", "ما هو الاسم التاني للتقويم الميلادي؟",
                "ما الاسم الآخر للطريق الوطنية 168؟", "ما هى اسماؤه الاخرى؟", "هل للمدينة اسم آخر؟",
                "وما الاسم الثاني للمرض؟")) {
            assertTrue(ArabicNamingWords.asksAnotherName(other), other);
        }
        for (String notOther : List.of("ماسم ثاني أكثر المطارات نشاطاً بالولايات المتحدة؟", "ما اسم المدينة؟",
                "ما البلد الآخر الذي زاره؟", "ما الاسم الذي تسمى به المناطق الثمانية؟")) {
            assertFalse(ArabicNamingWords.asksAnotherName(notOther), notOther);
        }
    }

    // A sentence gives a name beside another by a word of naming or by أو after a gloss's bracket; not by أو
    // elsewhere, nor by the noun اسم alone.
    @Test
    void aSentenceGivesAnotherNameByAWordOfNamingOrOrAfterAGloss() {
        assertTrue(ArabicNamingWords.givesAnotherName("ويسمى بالتقويم الغريغوري نسبة إلى البابا غريغوريوس."));
        assertTrue(ArabicNamingWords.givesAnotherName(
                "الموناليزا (باللغة الفرنسية: Mona Lisa) أو الجيوكاندا، هي لوحة فنية."));
        assertFalse(ArabicNamingWords.givesAnotherName("يعود أصل تسمية الموناليزا بهذا الاسم إلى مؤرخ الفن."));
        assertFalse(ArabicNamingWords.givesAnotherName("زار الوزير القاهرة أو الإسكندرية (في مصر) مرتين."));
    }

    // A question asks why a thing is called so by a verb of naming in any person or dialect (لقبو، تسمي، سمي), by
    // أطلق with a noun of naming, or in English; not by اسم alone nor by أطلق without one (a launch).
    @Test
    void aQuestionAsksWhyAThingIsCalledByAVerbOfNaming() {
        for (String called : List.of("ليش لقبو بورهاشمي بالحاج هاشم؟", "ليش ايران تسمي قواتها اللي بسوريا المدافعين؟",
                "لماذا سُمّي بالتقويم الغريغوري؟", "لماذا يطلق على الدولة السلجوقية الاسم الأخير؟",
                "وليه سموها ردع العدوان؟", "Why is the operation called Deterrence of Aggression?",
                "ليش بيسموه الحاج هاشم؟", "لماذا عرف بلقب الحاج هاشم؟", "Why did the statement call them Nusra?",
                "Why is the theory known as miasma?")) {
            assertTrue(ArabicNamingWords.asksWhyCalled(called), called);
        }
        for (String other : List.of("لماذا أضاف المسلمون عبارة عليه السلام بعد اسمه؟", "لماذا أطلقت الفصائل العملية؟",
                "ايران ليش دزت قوات عسكريه لسوريا؟", "ليش سمير راح على حلب؟",
                "Why did Iran send forces to Syria?", "Why did the advisers call in Russian jets?")) {
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
        assertTrue(ArabicNamingWords.asksNaming(List.of("من", "الشخص", "الذي", "سميت", "الجاده", "تيمنا", "باسمه")));
        assertTrue(ArabicNamingWords.asksNaming(List.of("who", "was", "it", "named", "in", "honour", "of")));
        assertFalse(ArabicNamingWords.asksNaming(List.of("من", "قاد", "الهجوم")));
        assertFalse(ArabicNamingWords.asksNaming(List.of("من", "خلف", "اسماعيل", "قاآني")));
        assertFalse(ArabicNamingWords.asksNaming(List.of("whom", "did", "he", "call", "on", "to", "resign")));
    }

    // One list of English words of naming serves every reading: a verb or noun that gives a name, "known as", and
    // "call" with no particle after it ("call for", "called on" and "call in" demand or summon).
    @Test
    void englishWordsNameByOneList() {
        for (String named : List.of("what label did iran give", "what was the operation called",
                "what is the theory officially known as", "why was he nicknamed", "what is another name for it",
                "what do the rebels call the areas")) {
            assertTrue(ArabicNamingWords.namesInEnglish(List.of(named.split(" "))), named);
        }
        for (String other : List.of("who called for international action", "why did they call in russian jets",
                "what is he known for", "who did he phone")) {
            assertFalse(ArabicNamingWords.namesInEnglish(List.of(other.split(" "))), other);
        }
    }

    // A question's term that only names: a word of naming, "known as", or an adverb telling how a thing is named; the
    // text reading splits a question as typed.
    @Test
    void englishTermsOfNamingAreItsWordsKnownAsAndItsAdverbs() {
        for (String naming : List.of("called", "named", "known as", "officially", "commonly")) {
            assertTrue(ArabicNamingWords.namingInEnglish(naming), naming);
        }
        for (String named : List.of("theory", "known", "officially recognised", "often")) {
            assertFalse(ArabicNamingWords.namingInEnglish(named), named);
        }
        assertTrue(ArabicNamingWords.namesInEnglishText("What is the bad air theory officially known as?"));
        assertFalse(ArabicNamingWords.namesInEnglishText("Who called for a ceasefire?"));
    }

    // The question words of naming in one home: اسم and سمّى ask a name (not His Highness, سمو، سموه), and the
    // nickname's root asks a nickname, with a glued و, ب or ل.
    @Test
    void arabicQuestionWordsOfNaming() {
        for (String word : List.of("اسم", "ماسم", "اسمها", "سمت", "بيسموه", "يسمون", "سموها", "وسميت")) {
            assertTrue(ArabicNamingWords.asksName(word), word);
        }
        for (String word : List.of("باسم", "سمو", "سموه", "اسماعيل", "سمير")) {
            assertFalse(ArabicNamingWords.asksName(word), word);
        }
        for (String word : List.of("لقب", "لقبه", "بيلقبوا", "لقبو", "الملقب", "بلقب", "ولقبه", "هاللقب")) {
            assertTrue(ArabicNamingWords.asksNickname(word), word);
        }
        for (String word : List.of("القبض", "للقبول", "قلب")) {
            assertFalse(ArabicNamingWords.asksNickname(word), word);
        }
    }

    @Test
    void aNicknameIsIntroducedByItsPhrasesButNotByAName() {
        assertTrue(ArabicNamingWords.nicknamePhrases().contains("الملقب"));
        assertTrue(ArabicNamingWords.nicknamePhrases().contains("المعروف بلقب"));
        assertFalse(ArabicNamingWords.nicknamePhrases().contains("المعروف باسم"));
    }
}
