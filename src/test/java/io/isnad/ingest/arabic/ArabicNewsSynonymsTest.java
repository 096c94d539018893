package io.isnad.ingest.arabic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArabicNewsSynonymsTest {

    /**
     * Pairs of words news writes for one thing (an inflected member of a group meets another member)
     * and pairs that only look alike: الشيعة shares the letters of شيّع (to bury) but not its group.
     */
    @ParameterizedTest(name = "{0} / {1}: {2}")
    @CsvSource({
            "شهيداً, القتلى, true", "المصابين, الجرحى, true", "الاعتداء, الهجوم, true",
            "تفاهمات, الاتفاقات, true", "الاتفاقية, تفاهم, true", "جنازة, وشيعت, true", "تشييع, الجنازات, true",
            "الشيعة, جنازة, false",
            "تستطيع, يمكن, true", "يظن, يعتقد, true", "يظن, يمكن, false",
            "المكتشفة, العثور, true", "تشتهر, معروفة, true", "المكتشفة, معروفة, false",
            "كلام, تصريحات, true", "قوله, الكلام, true", "أدرج, تصنيف, true", "صنفت, إدراج, true",
            "كلام, تصنيف, false", "اجتماع, الجنازة, false", "قال, أكد, true", "أعلن, قال, true",
            "قال, الجرحى, false", "محتاجة, بحاجة, true", "يحتاج, يتطلب, true", "محتاج, طلب, false",
            "اللوم, المسؤولية, true", "باللوم, مسؤوليته, true", "اللوم, الجرحى, false",
            "خالفت, خرقا, true", "مخالفة, خرق, true", "خرقت, الهجوم, false",
            "يرجع, عودة, true", "رجوع, العودة, true", "يرجع, خرق, false", "خايف, محذرا, true", "يخشى, تحذير, true",
            "خايف, عودة, false", "ماتوا, القتلى, true", "ماتت, شهيداً, true", "ماتوا, الجرحى, false",
            "المهم, أهمية, true", "هام, الأهمية, true", "أهمية, الهجوم, false",
            "أغلب, معظم, true", "غالبية, أغلب, true", "أغلب, الهجوم, false",
            "عزاه, معزياً, true", "تعازي, عزى, true", "معزياً, أكد, false"})
    void wordsOfOneGroupAreNamedEitherWay(String a, String b, boolean same) {
        assertEquals(same, sameGroup(a, b));
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
    void aDatedEventIsNamedByAWholePhraseOrAWordWithItsProcliticsAndPronoun() {
        List<String> inForce = ArabicTextNormalizer.words("والذي دخل حيز التنفيذ يوم الأحد");
        assertEquals(1, ArabicNewsSynonyms.eventsNamedAt(inForce, 2).size());
        assertTrue(ArabicNewsSynonyms.eventsNamedAt(inForce, 3).isEmpty(), "التنفيذ alone is any carrying out");
        List<String> group = ArabicNewsSynonyms.eventsNamedAt(inForce, 2).getFirst();
        assertTrue(ArabicNewsSynonyms.namesEvent(ArabicTextNormalizer.words("متى صارت الهدنة سارية؟"), group));
        assertTrue(ArabicNewsSynonyms.namesEvent(ArabicTextNormalizer.words("منذ متى الاتفاق ساري"), group));
        assertFalse(ArabicNewsSynonyms.namesEvent(ArabicTextNormalizer.words("متى انسحب من الاتفاق؟"), group));
        assertFalse(ArabicNewsSynonyms.namesEvent(ArabicTextNormalizer.words("هجوم بغاز السارين"), group));
        List<String> inaugurated = ArabicTextNormalizer.words("هنأه على تنصيبه امس وبعد أن تولى منصبه رسميا");
        assertEquals(1, ArabicNewsSynonyms.eventsNamedAt(inaugurated, 2).size());
        assertEquals(1, ArabicNewsSynonyms.eventsNamedAt(inaugurated, 6).size());
        // An attack is no dated event: news tells one by many words its group does not hold.
        assertTrue(ArabicNewsSynonyms.eventsNamedAt(ArabicTextNormalizer.words("شن هجوما"), 1).isEmpty());
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

    @Test
    void theKilledAreAskedByNewssWordsOrByADialectVerbOfKilling() {
        assertTrue(ArabicNewsSynonyms.countsKilled(ArabicTextNormalizer.words("كم شخصا قتل في الهجوم")));
        assertTrue(ArabicNewsSynonyms.countsKilled(ArabicTextNormalizer.words("قديش واحد انقتل بالمعارك")));
        assertTrue(ArabicNewsSynonyms.countsKilled(ArabicTextNormalizer.words("كام واحد اتقتلوا هناك")));
        assertFalse(ArabicNewsSynonyms.countsKilled(ArabicTextNormalizer.words("قديش واحد انجرح بالمعارك")));
        assertFalse(ArabicNewsSynonyms.countsKilled(ArabicTextNormalizer.words("كم استمر القتال")));
    }

    @Test
    void theTollsNamedAreTheKilledAndTheWoundedAlone() {
        assertEquals(Set.of(0), ArabicNewsSynonyms.tollsNamed("قُتل ما بين 120 و130 شخصًا"), "by the verb");
        assertEquals(Set.of(1), ArabicNewsSynonyms.tollsNamed("عدد الجرحى بلغ 277"));
        assertEquals(Set.of(0, 1), ArabicNewsSynonyms.tollsNamed("89 قتيلاً و277 جريحاً"));
        // The civilians and the residents are counted, but no toll.
        assertTrue(ArabicNewsSynonyms.tollsNamed("نزح آلاف المدنيين من المدينة التي يبلغ عدد سكانها مليونا").isEmpty());
    }

    @Test
    void theCiviliansAreCountedAsWrittenAndNotByTheCitysRoot() {
        Set<Integer> civilians = ArabicNewsSynonyms.counted("نزح آلاف المدنيين");
        assertEquals(1, civilians.size());
        assertEquals(civilians, ArabicNewsSynonyms.counted("مدن"), "the form an English question's translation is searched by");
        Set<Integer> killed = ArabicNewsSynonyms.counted("قُتل ما بين 120 و130 شخصًا في الهجوم على مدينة حلب");
        assertEquals(1, killed.size(), "the city is no civilian");
        assertTrue(ArabicNewsSynonyms.counted("قتل 20 مدنيا").containsAll(killed));
        assertTrue(ArabicNewsSynonyms.counted("قتل 20 مدنيا").containsAll(civilians));
    }
}
