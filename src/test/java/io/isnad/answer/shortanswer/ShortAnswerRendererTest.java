package io.isnad.answer.shortanswer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class ShortAnswerRendererTest {

    @Test
    void datesAndNumbersAreRenderedInEnglish() {
        assertEquals(Optional.of("7 October 2023"), ShortAnswerRenderer.english("٧ تشرين الأول ٢٠٢٣"));
        assertEquals(Optional.of("1 December"), ShortAnswerRenderer.english("1 كانون الأول/ديسمبر"));
        assertEquals(Optional.of("1 December"), ShortAnswerRenderer.english("الأول من ديسمبر/كانون الأول"));
        assertEquals(Optional.of("20 thousand"), ShortAnswerRenderer.english("20 ألف"));
        assertEquals(Optional.of("3"), ShortAnswerRenderer.english("ثلاثة"));
        assertEquals(Optional.of("last Thursday"), ShortAnswerRenderer.english("الخميس الماضي"));
    }

    @Test
    void hijriMonthsAndErasAreRenderedInEnglish() {
        assertEquals(Optional.of("10 Ramadan 1393 AH"), ShortAnswerRenderer.english("10 رمضان 1393 هـ"));
        assertEquals(Optional.of("12 Rabi al-Awwal"), ShortAnswerRenderer.english("12 ربيع الأول"));
        assertEquals(Optional.of("5 Jumada al-Ula"), ShortAnswerRenderer.english("5 جمادى الأولى"));
        assertEquals(Optional.of("61 AH"), ShortAnswerRenderer.english("سنة 61 للهجرة"));
        assertEquals(Optional.of("336 BC"), ShortAnswerRenderer.english("سنة 336 ق.م"));
        assertEquals(Optional.of("960"), ShortAnswerRenderer.english("سنة 960م"));
    }

    @Test
    void aMonthAfterTheWordMonthIsRenderedWithoutIt() {
        assertEquals(Optional.of("March"), ShortAnswerRenderer.english("شهر مارس"));
        assertEquals(Optional.of("January 2011"), ShortAnswerRenderer.english("شهر كانون الثاني 2011"));
        assertEquals(Optional.of("May"), ShortAnswerRenderer.english("شهر أيار"));
        assertEquals(Optional.of("Rabi al-Awwal"), ShortAnswerRenderer.english("شهر ربيع الأول"));
        // After شهر, صفر is the Hijri month, not zero.
        assertEquals(Optional.of("Safar 61 AH"), ShortAnswerRenderer.english("شهر صفر سنة 61 للهجرة"));
        assertNotEquals(Optional.of("Safar"), ShortAnswerRenderer.english("صفر"));
    }

    @Test
    void aDayGivenByItsOrdinalIsRenderedAsADayOfTheMonth() {
        assertEquals(Optional.of("10 Muharram 61 AH"), ShortAnswerRenderer.english("العاشر من محرم سنة 61 للهجرة"));
        assertEquals(Optional.of("10 Safar"), ShortAnswerRenderer.english("العاشر من شهر صفر"));
        // Before an ordinal, اليوم is the day word of the date, not "today".
        assertEquals(Optional.of("10 Muharram"), ShortAnswerRenderer.english("اليوم العاشر من شهر محرم"));
        assertEquals(Optional.of("today"), ShortAnswerRenderer.english("اليوم"));
    }

    @Test
    void aPeriodBetweenTwoYearsIsRenderedWithBetween() {
        assertEquals(Optional.of("between 2005 and 2010"), ShortAnswerRenderer.english("بين سنتي 2005 و2010"));
        assertEquals(Optional.of("between 1805 and 1848"), ShortAnswerRenderer.english("ما بين عامي 1805 إلى 1848"));
        assertEquals(Optional.of("between 1805 and 1848"), ShortAnswerRenderer.english("مابين العامين 1805 و1848"));
    }

    @Test
    void aYearInBothCalendarsKeepsItsSlashOrBracket() {
        assertEquals(Optional.of("1157 AH / 1744"), ShortAnswerRenderer.english("سنة 1157 هـ / 1744"));
        assertEquals(Optional.of("1037 (429 AH)"), ShortAnswerRenderer.english("1037م (429 هـ)"));
        // Between the two names of one month the slash goes with the repeat.
        assertEquals(Optional.of("7 October 2023"), ShortAnswerRenderer.english("7 تشرين الأول/أكتوبر 2023"));
    }

    @Test
    void boundsAndRangesAreRenderedInEnglish() {
        assertEquals(Optional.of("more than 37 million"), ShortAnswerRenderer.english("أكثر من 37 مليون"));
        assertEquals(Optional.of("less than 4%"), ShortAnswerRenderer.english("أقل من 4%"));
        assertEquals(Optional.of("30 to 50 thousand"), ShortAnswerRenderer.english("30 إلى 50 ألفٍ"));
        assertEquals(Optional.of("120 and 130"), ShortAnswerRenderer.english("120 و130"));
        assertEquals(Optional.of("2,8%"), ShortAnswerRenderer.english("2,8٪"));
        assertEquals(Optional.of("85 percent"), ShortAnswerRenderer.english("85 في المائة"));
    }

    @Test
    void theHundredsAndAPopulationAreRenderedInEnglish() {
        // مئة and مائة are written with ئ, folded to ي as the span is.
        assertEquals(Optional.of("100"), ShortAnswerRenderer.english("مئة"));
        assertEquals(Optional.of("100"), ShortAnswerRenderer.english("مائة"));
        assertEquals(Optional.of("128 million inhabitants"), ShortAnswerRenderer.english("128 مليون نسمة"));
    }

    @Test
    void teensAndCompoundTensAreOneNumber() {
        assertEquals(Optional.of("13"), ShortAnswerRenderer.english("ثلاثة عشر"));
        assertEquals(Optional.of("11"), ShortAnswerRenderer.english("أحد عشر"));
        assertEquals(Optional.of("12"), ShortAnswerRenderer.english("اثنا عشر"));
        assertEquals(Optional.of("23"), ShortAnswerRenderer.english("ثلاثة وعشرون"));
        assertEquals(Optional.of("76"), ShortAnswerRenderer.english("ستة وسبعين"));
        // A unit and its scale stay two words.
        assertEquals(Optional.of("3 thousand"), ShortAnswerRenderer.english("ثلاثة آلاف"));
    }

    @Test
    void aClockTimeIsRenderedWhole() {
        assertEquals(Optional.of("3:08"), ShortAnswerRenderer.english("3:08"));
    }

    @Test
    void twoFiguresJoinedByADashAreRenderedWhole() {
        assertEquals(Optional.of("23–16"), ShortAnswerRenderer.english("23–16"));
        assertEquals(Optional.of("100-150"), ShortAnswerRenderer.english("100-150"));
    }

    @Test
    void placesAndPeopleTheLexiconKnowsTakeItsEnglishSpelling() {
        assertEquals(Optional.of("London"), ShortAnswerRenderer.english("لندن"));
        assertEquals(Optional.of("Mediterranean"), ShortAnswerRenderer.english("البحر الأبيض المتوسط"));
        assertEquals(Optional.of("Vladimir Putin"), ShortAnswerRenderer.english("فلاديمير بوتين"));
        // A name the lexicon lists only word by word.
        assertEquals(Optional.of("Mohamed Khamenei"), ShortAnswerRenderer.english("محمد خامنئي"));
    }

    @Test
    void aWordThatCannotBeRenderedLeavesTheSpanUnrendered() {
        assertEquals(Optional.empty(), ShortAnswerRenderer.english("إسماعيل بقائي"));
    }
}
