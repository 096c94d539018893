package io.isnad.ingest.arabic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ArabicNewsSynonymsTest {

    @Test
    void inflectedMembersOfOneGroupAreTheSameThing() {
        assertTrue(sameGroup("شهيداً", "القتلى"));
        assertTrue(sameGroup("المصابين", "الجرحى"));
        assertTrue(sameGroup("الاعتداء", "الهجوم"));
    }

    @Test
    void agreementsAndFuneralsAreNamedEitherWay() {
        assertTrue(sameGroup("تفاهمات", "الاتفاقات"));
        assertTrue(sameGroup("الاتفاقية", "تفاهم"));
        assertTrue(sameGroup("جنازة", "وشيعت"));
        assertTrue(sameGroup("تشييع", "الجنازات"));
        assertFalse(sameGroup("الشيعة", "جنازة"), "the Shia share only the letters of شيّع");
    }

    @Test
    void beingAbleAndBelievingAreNamedEitherWay() {
        assertTrue(sameGroup("تستطيع", "يمكن"));
        assertTrue(sameGroup("يظن", "يعتقد"));
        assertFalse(sameGroup("يظن", "يمكن"));
    }

    @Test
    void aFindAndRenownAreNamedEitherWay() {
        assertTrue(sameGroup("المكتشفة", "العثور"));
        assertTrue(sameGroup("تشتهر", "معروفة"));
        assertFalse(sameGroup("المكتشفة", "معروفة"));
    }

    @Test
    void wordsAndListingsAreNamedEitherWay() {
        assertTrue(sameGroup("كلام", "تصريحات"));
        assertTrue(sameGroup("قوله", "الكلام"));
        assertTrue(sameGroup("أدرج", "تصنيف"));
        assertTrue(sameGroup("صنفت", "إدراج"));
        assertFalse(sameGroup("كلام", "تصنيف"));
    }

    @Test
    void wordsOfDifferentGroupsOrOfNoneAreNot() {
        assertFalse(sameGroup("الجرحى", "القتلى"));
        assertFalse(sameGroup("القتلى", "الطائرات"));
        assertFalse(sameGroup("الطائرات", "الطائرات"), "a word outside the table has no group");
    }

    private static boolean sameGroup(String a, String b) {
        return ArabicNewsSynonyms.sameGroup(a, ArabicRootSkeleton.of(a), b, ArabicRootSkeleton.of(b));
    }

    @Test
    void aMemberOfAWeakRootMatchesAsWrittenNotByItsTwoLetters() {
        // ضحايا (root ض-ح-ي) keeps the skeleton ضح, too short to match on.
        assertTrue(sameGroup("الضحايا", "شهيداً"));
        assertTrue(sameGroup("ضحايا", "القتلى"));
        assertTrue(sameGroup("للضحايا", "قتيلاً"));
        assertTrue(sameGroup("توفي", "قتيل"));
        assertFalse(sameGroup("أضحى", "القتلى"), "أضحى (became) shares only the two letters ضح");
        assertFalse(sameGroup("أضحى", "الضحايا"));
        assertFalse(sameGroup("ضحايا", "الجرحى"));
    }

    @Test
    void everyMemberIsFoundInItsGroup() {
        for (List<String> group : ArabicNewsSynonyms.GROUPS) {
            for (String word : group) {
                String other = group.get(0).equals(word) ? group.get(1) : group.get(0);
                assertTrue(sameGroup(word, other), word + " / " + other);
            }
        }
    }

    @Test
    void everyEntryIsOneWord() {
        // A phrase would be analysed into words that each count as a synonym alone ("لقي" of "لقي حتفه").
        for (List<String> group : ArabicNewsSynonyms.GROUPS) {
            for (String word : group) {
                assertFalse(word.isBlank() || word.strip().contains(" "), word);
            }
        }
    }

    @Test
    void aSentenceCountsTheKilledTheWoundedOrTheResidentsByTheWordsItUses() {
        Set<Integer> killed = ArabicNewsSynonyms.counted("وبحسب التقارير، قُتل ما بين 120 و130 شخصًا في الهجوم");
        Set<Integer> wounded = ArabicNewsSynonyms.counted("مشيرةً إلى أن عدد الجرحى بلغ 277");
        Set<Integer> residents = ArabicNewsSynonyms.counted("يبلغ عدد سكانها 1.5 مليون نسمة");
        assertEquals(1, killed.size());
        assertEquals(1, wounded.size());
        assertEquals(1, residents.size());
        assertEquals(3, Set.of(killed, wounded, residents).size(), "three things counted");
        assertEquals(killed, ArabicNewsSynonyms.counted("ارتفاع عدد الضحايا إلى 89 شهيداً"));
        assertEquals(wounded, ArabicNewsSynonyms.counted("كم عدد المصابين؟"));
        assertEquals(residents, ArabicNewsSynonyms.counted("يعيش في المدينة"));
        assertEquals(2, ArabicNewsSynonyms.counted("89 قتيلاً و277 جريحاً").size());
        assertTrue(ArabicNewsSynonyms.counted("استولت على مخازن أسلحة وعدد من المركبات").isEmpty());
    }
}
