package io.isnad.ingest.arabic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArabicNumberWordsTest {

    @Test
    void aDefiniteOrdinalGivesItsPlaceMasculineOrFeminine() {
        assertEquals(1, ArabicNumberWords.ordinalPlace("الاول"));
        assertEquals(1, ArabicNumberWords.ordinalPlace("الاولي"), "الأولى");
        assertEquals(2, ArabicNumberWords.ordinalPlace("الثانيه"), "الثانية");
        assertEquals(10, ArabicNumberWords.ordinalPlace("العاشر"));
        // An indefinite ordinal, الحادي without عشر and a word of no place are none.
        assertEquals(0, ArabicNumberWords.ordinalPlace("ثاني"));
        assertEquals(0, ArabicNumberWords.ordinalPlace("الحادي"));
        assertEquals(0, ArabicNumberWords.ordinalPlace("الحرب"));
    }

    // The construct forms of "two" open twelve and stand only before its عشر or عشرة; the dual itself stands alone.
    @Test
    void anOpeningOfTwelveWithNoTenAfterItIsUnfinished() {
        assertTrue(unfinishedTwelve("من هو اثنتي الألماني الذي كان من سلالة الهوغونوت؟"));
        assertTrue(unfinishedTwelve("كم عدد اللاعبين واثنا المدربين؟"));
        assertTrue(unfinishedTwelve("ما هي الحديقة اثنتي"));
        assertFalse(unfinishedTwelve("ما الدول اثنتي عشرة التي وقعت؟"));
        assertFalse(unfinishedTwelve("قتل اثنا عشر شخصا"));
        assertFalse(unfinishedTwelve("بعد اثنى عشر عاما"));
        assertFalse(unfinishedTwelve("من هما اللاعبان اثنين في الفريق؟"));
        assertFalse(unfinishedTwelve("ماذا حدث يوم الاثنين؟"));
        assertFalse(unfinishedTwelve("فازت اثنتان من الفرق"));
    }

    private static boolean unfinishedTwelve(String text) {
        return ArabicNumberWords.unfinishedTwelve(ArabicTextNormalizer.words(text));
    }

    // Read as the text is folded: مئات's hamza seat folds to ي, and the list was once written unfolded.
    @Test
    void aVagueQuantityIsReadAsFolded() {
        assertTrue(ArabicNumberWords.isQuantityWord(ArabicTextNormalizer.normalize("مئات")));
        assertTrue(ArabicNumberWords.isQuantityWord(ArabicTextNormalizer.normalize("وبضعة")));
        assertFalse(ArabicNumberWords.isQuantityWord(ArabicTextNormalizer.normalize("مدينة")));
    }

    // A ranking is named by its superlative before its length; أشهر is also "months", and أكثر takes من first.
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"أفضل|true", "وأكبر|true", "أشهر|false", "أكثر|false", "الأفضل|false"})
    void aSuperlativeBeforeAFigureNamesARanking(String word, boolean ranks) {
        assertEquals(ranks, ArabicNumberWords.ranksByNumber(ArabicTextNormalizer.normalize(word)), word);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"بينهم|true", "منهم|true", "بينهن|true", "منها|true", "بين|false",
        "بينما|false", "منه|false"})
    void amongThemOrOfWhomOpensAPartOfTheWholeBefore(String word, boolean part) {
        assertEquals(part, ArabicNumberWords.countsPartOfWhole(ArabicTextNormalizer.normalize(word)), word);
    }

    @Test
    void aGoallessDrawIsWrittenByTheDrawsNilAdjectiveOrByGoalsCountedAsNone() {
        assertTrue(ArabicNumberWords.writesGoallessDraw("وانتهت المباراة بالتعادل السلبي."));
        assertTrue(ArabicNumberWords.writesGoallessDraw("وتعادل الفريقان تعادلا سلبيا."));
        assertTrue(ArabicNumberWords.writesGoallessDraw("انتهت المباراة دون أهداف."));
        assertFalse(ArabicNumberWords.writesGoallessDraw("فتكون نتيجة المباراة إما التعادل أو الوقت الإضافي."));
        assertFalse(ArabicNumberWords.writesGoallessDraw("وكان للقرار أثر سلبي على الاقتصاد."));
    }
}
