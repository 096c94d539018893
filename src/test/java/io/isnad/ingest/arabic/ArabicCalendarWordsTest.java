package io.isnad.ingest.arabic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ArabicCalendarWordsTest {

    @Test
    void aSentenceWithADateAFigureOrATimeClausePlacesItsEventInTime() {
        assertTrue(ArabicCalendarWords.placesInTime("وقعت الاتفاقات في 15 أيلول."), "a figure");
        assertTrue(ArabicCalendarWords.placesInTime("وقعت الاتفاقات في ١٥ أيلول."), "Eastern Arabic digits");
        assertTrue(ArabicCalendarWords.placesInTime("وصل الوزير صباح الخميس إلى أنقرة."), "a weekday");
        assertTrue(ArabicCalendarWords.placesInTime("هاجم المتمردون المدينة في تشرين الثاني الماضي."),
                "a month of two words");
        assertTrue(ArabicCalendarWords.placesInTime("وقال الوزير بالأمس إن بلاده مستعدة."), "a relative day, glued");
        assertTrue(ArabicCalendarWords.placesInTime("يحدث الالتهاب عندما يتفاقم الانسداد."), "a time clause");
        assertTrue(ArabicCalendarWords.placesInTime("وبعد زيارته لدمشق توجه إلى أنقرة."), "a glued time link");
        assertTrue(ArabicCalendarWords.placesInTime("The ceasefire took effect in November."), "an English month");
    }

    @Test
    void aDateAfterSinceWithOrWithoutTheYearsNounEndsInSince() {
        assertTrue(ArabicCalendarWords.endsInSince("ويوجه ضربات جوية ضد مواقع تنظيم داعش في العراق وسوريا منذ "));
        assertTrue(ArabicCalendarWords.endsInSince("تخضع المنطقة لوقف إطلاق النار منذ عام "));
        assertTrue(ArabicCalendarWords.endsInSince("ومنذ "));
        assertFalse(ArabicCalendarWords.endsInSince("انسحبت القوات في عام "));
        assertFalse(ArabicCalendarWords.endsInSince("منذ اندلاع الحرب الأهلية السورية عام "));
        assertFalse(ArabicCalendarWords.endsInSince(""));
    }

    @Test
    void aSentenceThatOnlyNamesItsEventPlacesNothingInTime() {
        assertFalse(ArabicCalendarWords.placesInTime("خارجية إيران تعتبر معارك حلب \"انتهاك صارخ لاتفاقات أستانا\""));
        assertFalse(ArabicCalendarWords.placesInTime(
                "وقال المتحدث باسم وزارة الخارجية إن الوزير سيزور أيضا العاصمة التركية أنقرة."));
        assertFalse(ArabicCalendarWords.placesInTime("جاء الفريق الثاني في الترتيب."), "a month's second word alone");
    }

    /**
     * A weekday with its article, a month's words and a day's ordinal before its month are words of a date; a bare
     * أحد ("one of"), an ordinal with no month after it and a month that is also a common word are not.
     */
    @Test
    void aDatesWordsThatAreAlsoWordsOfAnotherSenseAreMarked() {
        assertArrayEquals(new boolean[] {false, false, true, false, false},
                dateWords("وأعلنت، صباح الجمعة، ارتفاع عدد"), "a weekday");
        assertArrayEquals(new boolean[] {false, true, false, true, true, true},
                dateWords("في الأول من ديسمبر/كانون الأول"), "a day's ordinal and both namings of its month");
        assertArrayEquals(new boolean[] {true, false}, dateWords("والأحد المقبل"), "a weekday after its conjunction");
        assertArrayEquals(new boolean[] {false, false, false}, dateWords("أحد أبرز القادة"), "a bare weekday");
        assertTrue(ArabicCalendarWords.bareWeekday(ArabicTextNormalizer.normalize("أحد")), "one, or a bare Sunday");
        assertFalse(ArabicCalendarWords.bareWeekday(ArabicTextNormalizer.normalize("الأحد")), "Sunday");
        assertFalse(ArabicCalendarWords.bareWeekday("عام"), "no weekday");
        assertArrayEquals(new boolean[] {false, false, false, false}, dateWords("جاء الأول من بين"),
                "an ordinal with no month after it");
        assertArrayEquals(new boolean[] {false, false, false}, dateWords("مارس الضغط عليه"),
                "a month's name that is also a verb");
        assertTrue(ArabicCalendarWords.namesDayOrMonth("Friday"));
        assertTrue(ArabicCalendarWords.namesDayOrMonth("december"));
        assertFalse(ArabicCalendarWords.namesDayOrMonth("assembly"));
        assertFalse(ArabicCalendarWords.namesDayOrMonth("first"));
    }

    private static boolean[] dateWords(String text) {
        return ArabicCalendarWords.dateWords(ArabicTextNormalizer.words(text));
    }

    /** The figure of a road's, an aircraft's or a launch pad's code names it: no time, no date, no year. */
    @Test
    void aLetteredCodesFigureDatesNothing() {
        String road = "بسبب قربه من الطريق السريع الرئيسي \"M5\" الذي يعد من الطرق الحيوية في المنطقة.";
        assertFalse(ArabicCalendarWords.placesInTime(road), "a road's code");
        assertFalse(ArabicCalendarWords.datesByCalendar(road), "a road's code, by the calendar");
        assertFalse(ArabicCalendarWords.datesByCalendar("أسقطت طائرة F-16 فوق المدينة."), "an aircraft's code");
        assertFalse(ArabicCalendarWords.namesYear("Two crews were named for the launch pad LC-340."), "a pad's code");
        assertTrue(ArabicCalendarWords.datesByCalendar("قطع الطريق M5 في 28 نوفمبر."), "a date beside the code");
        assertTrue(ArabicCalendarWords.datesByCalendar("The talks resumed on December5."), "a month glued to its day");
        assertTrue(ArabicCalendarWords.placesInTime("The missile struck at 5pm."), "a clock time's letters follow");
    }

    /** A clock's time or a part of the day tells the hour; a day, a date or a duration does not. */
    @Test
    void aClockTimeOrAPartOfTheDayTellsTheHour() {
        assertTrue(ArabicCalendarWords.tellsHour("بدأ القصف عند الساعة الثالثة فجراً."), "an hour's word");
        assertTrue(ArabicCalendarWords.tellsHour("انفجرت السيارة الساعة 11 قبل الظهر."), "an hour's figure");
        assertTrue(ArabicCalendarWords.tellsHour("وصل الوفد مساء الأحد إلى بيروت."), "a part of the day");
        assertTrue(ArabicCalendarWords.tellsHour("وفي الليل اشتدت الاشتباكات."), "the night, with its article");
        assertTrue(ArabicCalendarWords.tellsHour("The vote closed at 10:45."), "hours and minutes");
        assertTrue(ArabicCalendarWords.tellsHour("The strike hit at 3pm."), "an hour before pm");
        assertTrue(ArabicCalendarWords.tellsHour("The convoy left at dawn."), "an English part of the day");
        assertFalse(ArabicCalendarWords.tellsHour("وصل الوفد يوم الأحد 8 ديسمبر إلى بيروت."), "a weekday and a date");
        assertFalse(ArabicCalendarWords.tellsHour("استمرت المعارك 36 ساعة."), "hours as a length");
        assertFalse(ArabicCalendarWords.tellsHour("The talks lasted for hours on Monday."), "hours, no time");
    }

    /** A year figure (also in Eastern Arabic digits), a year word, a decade, a century, in English too. */
    @Test
    void aCalendarDateOrAFigureDatesATextButATimeLinkOrAUnitAloneDoesNot() {
        assertTrue(ArabicCalendarWords.datesByCalendar("وفي 30 نوفمبر أكدت الوزارة الهجوم."), "a figure");
        assertTrue(ArabicCalendarWords.datesByCalendar("وصل الوزير صباح الخميس إلى أنقرة."), "a weekday");
        assertTrue(ArabicCalendarWords.datesByCalendar("وقال الوزير بالأمس إن بلاده مستعدة."), "a relative day");
        assertTrue(ArabicCalendarWords.datesByCalendar("هاجم المتمردون المدينة في تشرين الثاني الماضي."), "a month");
        assertTrue(ArabicCalendarWords.datesByCalendar("وزار دمشق العام الماضي."), "a year word");
        assertFalse(ArabicCalendarWords.datesByCalendar("إن عراقجي سيزور أنقرة بعد زيارته لدمشق."), "a time link");
        assertFalse(ArabicCalendarWords.datesByCalendar("تدعم إيران الحكومة منذ سنوات."), "a unit of duration");
        assertTrue(ArabicCalendarWords.placesInTime("تدعم إيران الحكومة منذ سنوات."), "yet both place it in time");
    }

    /** A figure right before a unit of duration counts it: it says how long, not when, though it places in time. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "بعد معارك ضارية استمرت لأكثر من 36 ساعة متواصلة.|false",
        "The siege lasted 3 days.|false",
        "استمرت المعارك 36 ساعة حتى 27 نوفمبر.|true",
        "قتل 36 شخصاً.|true"})
    void aFigureCountingAUnitOfDurationDatesNothing(String text, boolean dates) {
        assertEquals(dates, ArabicCalendarWords.datesByCalendar(text), text);
        assertTrue(ArabicCalendarWords.placesInTime(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"تقود واشنطن التحالف منذ 2014.", "وقعت الحرب في ١٩٧٣.", "زار الوزير دمشق في العام الماضي.",
        "ارتفعت الأسعار منذ الخمسينيات.", "بني المسجد في القرن الماضي.", "Resolution 2231 was adopted in that year."})
    void aYearFigureAYearWordADecadeOrACenturyNamesAYear(String text) {
        assertTrue(ArabicCalendarWords.namesYear(text));
    }

    @Test
    void aWeekdayIsReadWithItsArticleGluedOrInEnglishAsItsDayOfTheArabicWeek() {
        assertEquals(Set.of(6), ArabicCalendarWords.weekdaysWritten("وأعلنت، صباح الجمعة، ارتفاع عدد"));
        assertEquals(Set.of(0, 5), ArabicCalendarWords.weekdaysWritten("بين السبت والخميس"));
        assertEquals(Set.of(1), ArabicCalendarWords.weekdaysWritten("حتى بالأحد المقبل"));
        assertEquals(Set.of(0), ArabicCalendarWords.weekdaysWritten("By Saturday, the toll had risen"));
        assertEquals(Set.of(), ArabicCalendarWords.weekdaysWritten("قال أحد القادة إن اثنين قتلا"), "bare: one, two");
        assertEquals(Set.of(), ArabicCalendarWords.weekdaysWritten("النظرية الأحدث"), "a longer word");
        assertTrue(ArabicCalendarWords.writesRelativeDay("وأعلنت الوزارة اليوم ارتفاع العدد"));
        assertTrue(ArabicCalendarWords.writesRelativeDay("وصل بالأمس إلى دمشق"));
        assertFalse(ArabicCalendarWords.writesRelativeDay("وصل صباح الخميس إلى دمشق"));
    }

    @Test
    void aWeekdayOrADayOfAMonthNamesNoYear() {
        assertFalse(ArabicCalendarWords.namesYear("كشف شمخاني، يوم الثلاثاء، أن الطيران الروسي تدخل في حلب."),
                "a weekday");
        assertFalse(ArabicCalendarWords.namesYear("هاجم المتمردون حلب في 27 نوفمبر/تشرين الثاني."),
                "a day and its month");
        assertFalse(ArabicCalendarWords.namesYear("قتل 89 شخصاً في الهجوم."), "a figure of two digits");
    }

    @Test
    void theYearsNounIsAYearWordBareOrGluedButNotAMonthsOrADaysNoun() {
        assertTrue(ArabicCalendarWords.isYearWord("سنه"), "speech's year, folded");
        assertTrue(ArabicCalendarWords.isYearWord("العام"), "news' year, with its article");
        assertTrue(ArabicCalendarWords.isYearWord("وبالسنه"), "with its conjunction and preposition");
        assertFalse(ArabicCalendarWords.isYearWord("شهر"), "a month's noun");
        assertFalse(ArabicCalendarWords.isYearWord("يوم"), "a day's noun");
        assertFalse(ArabicCalendarWords.isYearWord("سنوات"), "years counted, not one asked");
    }

    @Test
    void anEraWordOfEitherCalendarIsAnEra() {
        assertTrue(ArabicCalendarWords.isEra("هجريه"), "the Hijri era, folded");
        assertTrue(ArabicCalendarWords.isEra("للهجره"), "the Hijri era with its preposition");
        assertTrue(ArabicCalendarWords.isEra("الميلادي"), "the Gregorian era with its article");
        assertTrue(ArabicCalendarWords.isEra("ad"), "the Gregorian era in English");
        assertFalse(ArabicCalendarWords.isEra("ميلاد"), "a birth, bare");
        assertFalse(ArabicCalendarWords.isEra("عام"), "a year word");
    }

    @Test
    void aYearWordAPrepositionOrATimeLinkBeforeAYearDatesIt() {
        assertTrue(ArabicCalendarWords.datesYear("في"), "في itself, though its ف reads like a glued conjunction");
        assertTrue(ArabicCalendarWords.datesYear("لسنه"), "a year word with its preposition");
        assertTrue(ArabicCalendarWords.datesYear("وعام"), "a year word with its conjunction");
        assertTrue(ArabicCalendarWords.datesYear("عامي"), "the dual naming a period's ends");
        assertTrue(ArabicCalendarWords.datesYear("منذ"), "a time link");
        assertFalse(ArabicCalendarWords.datesYear("حضره"), "a verb before a count");
        assertFalse(ArabicCalendarWords.datesYear("نحو"), "an approximation before a count");
    }

    @Test
    void aDayBesideAMonthIsTheDayOfAMonthTheTextNames() {
        assertEquals(5, dayOfMonth("What did Iran's foreign ministry confirm on December 5?"));
        assertEquals(5, dayOfMonth("What happened on the 5th of December?"));
        assertEquals(27, dayOfMonth("ماذا حدث في 27 نوفمبر؟"));
        assertEquals(1, dayOfMonth("من التقى عراقجي في الأول من ديسمبر؟"));
        assertEquals(3, dayOfMonth("ماذا حدث في 3 تشرين الثاني؟"), "a month of two words");
        // A two-word month's ordinal is no day, nor a figure after an Arabic month (a year), nor a year.
        assertEquals(0, dayOfMonth("ماذا حدث في تشرين الثاني 2016؟"));
        assertEquals(0, dayOfMonth("When did the fighting start in December 2016?"));
        assertEquals(0, dayOfMonth("ماذا حدث في ديسمبر؟"));
    }

    @Test
    void aMonthIsNamedInAnyNamingSystemAndOneThatIsAlsoAWordOnlyAfterTheMonthWord() {
        assertEquals(Set.of(7), monthsAsked("ممن تموز الهند؟"));
        assertEquals(Set.of(7), monthsAsked("ماذا حدث بيوليو 1947؟"), "with its preposition");
        assertEquals(Set.of(11), monthsAsked("ماذا حدث في تشرين الثاني؟"), "a month of two words");
        assertEquals(Set.of(7), monthsAsked("What happened in July?"));
        assertEquals(Set.of(), monthsAsked("من مارس الرياضة في الهند؟"), "practised");
        assertEquals(Set.of(), monthsAsked("ما الذي قاله الأب؟"), "father");
        assertEquals(Set.of(3), monthsAsked("ماذا حدث في شهر مارس؟"));
        assertEquals(Set.of(3), ArabicCalendarWords.monthsWritten("مارس الرياضي السباحة."), "a sentence may mean the month");
    }

    @Test
    void aDayIsWrittenAsAFigureOrAnOrdinal() {
        assertTrue(ArabicCalendarWords.writesDay("أكدت الوزارة في 5 ديسمبر أن القنصلية تعرضت للهجوم.", 5));
        assertTrue(ArabicCalendarWords.writesDay("أكدت الوزارة في ٥ كانون الأول أن القنصلية تعرضت للهجوم.", 5),
                "Eastern Arabic digits");
        assertTrue(ArabicCalendarWords.writesDay("أكدت الوزارة في الخامس من ديسمبر أن القنصلية تعرضت للهجوم.", 5));
        assertFalse(ArabicCalendarWords.writesDay("التقى عراقجي الأسد في الأول من ديسمبر/كانون الأول.", 5));
        assertFalse(ArabicCalendarWords.writesDay("قتل 150 شخصا في الهجوم عام 2015.", 5), "a figure holding the digit");
    }

    @Test
    void aFoundingABuildingOrABirthIsAnOrigin() {
        assertTrue(asksOrigin("when was the homs military academy founded"));
        assertTrue(asksOrigin("متى تأسست الكلية الحربية في حمص؟"));
        assertTrue(asksOrigin("ومتى أُنشئت الكلية؟"), "with a conjunction");
        assertTrue(asksOrigin("When was Araghchi born?"));
        assertFalse(asksOrigin("متى حكم بني أمية؟"), "the sons of");
        assertFalse(asksOrigin("When did the ceasefire end?"));
        assertFalse(asksOrigin("When was the consulate opened?"), "news dates an opening by the day");
        assertTrue(asksOrigin("When did Rami Abdel Rahman found the Syrian Observatory for Human Rights?"));
        assertFalse(asksOrigin("When was the body found?"), "the past of find");
        assertFalse(asksOrigin("When were the weapons found in the depot?"), "the past of find");
    }

    @Test
    void aDayAMonthOrADateIsACalendarUnitButHistoryAndAPeriodAreNot() {
        assertTrue(asksCalendarUnit("وش اليوم اللي قصف فيه الجيش أريحا؟"));
        assertTrue(asksCalendarUnit("وفي أي شهر بدأت المعارك؟"));
        assertTrue(asksCalendarUnit("باليوم الكام اتقابلوا؟"), "with a preposition");
        assertTrue(asksCalendarUnit("On what date did the truce begin?"));
        assertFalse(asksCalendarUnit("ما تاريخ اتفاقات أستانا؟"), "also history");
        assertFalse(asksCalendarUnit("في أي فترة حكم الأمويون؟"));
        assertFalse(asksCalendarUnit("In what period did the Umayyads rule?"));
    }

    @Test
    void aDateNounAfterAWhichWordAsksWhichDateWhereverItStands() {
        assertTrue(asksWhichDate("الطيران الروسي ضرب بحلب بطلب الايرانيين، بأي تاريخ بالضبط؟"), "late, glued ب");
        assertTrue(asksWhichDate("في أي تاريخ وصل عراقجي إلى دمشق؟"));
        assertTrue(asksWhichDate("On what date did the truce begin?"));
        assertTrue(asksWhichDate("which date did the rebels enter aleppo"));
        assertFalse(asksWhichDate("ما تاريخ اتفاقات أستانا؟"), "also history");
        assertFalse(asksWhichDate("في أي يوم بدأت المعارك؟"), "a day is not a date's noun");
        assertFalse(asksWhichDate("bagheri visit damascus date"), "no which-word before it");
    }

    @Test
    void aUnitOfTimeAsWrittenOrGluedNamesALength() {
        assertTrue(ArabicCalendarWords.namesLength("استمرت المعارك لأكثر من 36 ساعة متواصلة."));
        assertTrue(ArabicCalendarWords.namesLength("صيف طويل جداً امتدّ لعقد."), "after a preposition");
        assertTrue(ArabicCalendarWords.namesLength("استخدموا الأسماء لفترة طويلة في القرن التاسع عشر."), "with the article");
        assertTrue(ArabicCalendarWords.namesLength("The siege lasted three days."));
    }

    @Test
    void aDateOrTheRelativeDayNamesNoLength() {
        assertFalse(ArabicCalendarWords.namesLength("أدى الهجوم في 27 نوفمبر إلى كسر وقف إطلاق النار، وهو اليوم نفسه "
                + "الذي دخلت فيه هدنة هشة حيز التنفيذ."), "اليوم is the day, not a day's length");
        assertFalse(ArabicCalendarWords.namesLength("وقعت الاتفاقات في 15 أيلول 2017 في أستانا."), "a date");
        assertFalse(ArabicCalendarWords.namesLength("واستعادت حكومة دمشق السيطرة على معظم أنحاء سوريا في عام 2015، "
                + "وفي عام 2016 استعادت السيطرة الكاملة على مدينة حلب."), "a year written with its word");
        assertFalse(ArabicCalendarWords.namesLength("اندلعت الاشتباكات سنة 2011."), "سنة before a year");
        assertTrue(ArabicCalendarWords.namesLength("حكم البلاد 20 عاماً منذ عام 1990."), "a length beside a year");
        assertTrue(ArabicCalendarWords.namesLength("استمر الحصار عاماً كاملاً."), "a year's length without a figure");
    }

    private static boolean asksOrigin(String question) {
        return ArabicCalendarWords.asksOrigin(ArabicTextNormalizer.words(question));
    }

    private static boolean asksWhichDate(String question) {
        return ArabicCalendarWords.asksWhichDate(ArabicTextNormalizer.words(question));
    }

    private static boolean asksCalendarUnit(String question) {
        return ArabicCalendarWords.asksCalendarUnit(ArabicTextNormalizer.words(question));
    }

    private static int dayOfMonth(String text) {
        return ArabicCalendarWords.dayOfMonth(ArabicTextNormalizer.words(text));
    }

    private static Set<Integer> monthsAsked(String question) {
        return ArabicCalendarWords.monthsAsked(ArabicTextNormalizer.words(question));
    }

    @Test
    void aRateIsAskedPerUnitOfTimeButNotByALengthOrATime() {
        for (String rate : new String[] {"iran yearly spending on syria how much per year",
                "How many aid trucks a day enter Gaza?", "How many passengers a year does the network carry?",
                "What were the annual fees?", "How many strikes each day?"}) {
            assertTrue(ArabicCalendarWords.asksRate(ArabicTextNormalizer.words(rate)), rate);
        }
        for (String time : new String[] {"Which area did they take after a day and a half of fighting?",
                "and which parts were still out of their hands a day later?", "Was he in prison for a year?",
                "When did the war start, which year?"}) {
            assertFalse(ArabicCalendarWords.asksRate(ArabicTextNormalizer.words(time)), time);
        }
    }

    @Test
    void aRateIsWrittenByItsAdverbOrAUnitAfterFiOrKullButADateIsNone() {
        assertTrue(ArabicCalendarWords.tellsRate("وتحمل أكثر من 37 مليون راكب في السنة."));
        assertTrue(ArabicCalendarWords.tellsRate("تدخل 600 شاحنة يومياً."));
        assertTrue(ArabicCalendarWords.tellsRate("ويعقد المؤتمر كل عام في جنيف."));
        assertTrue(ArabicCalendarWords.tellsRate("الميزانية السنوية للوزارة."));
        assertFalse(ArabicCalendarWords.tellsRate("واستعادت الحكومة السيطرة على معظم أنحاء سوريا في عام 2015."));
        assertFalse(ArabicCalendarWords.tellsRate("والذي دخل حيز التنفيذ يوم الأحد."));
        assertFalse(ArabicCalendarWords.tellsRate("بأن طهران أنفقت ما بين 20 إلى 30 مليار دولار في سوريا."));
    }

    @Test
    void yearsInThePluralAfterAWhichWordAskAPeriodThatTwoYearsADecadeOrACenturyName() {
        assertTrue(ArabicCalendarWords.asksYears(ArabicTextNormalizer.words("During which years was the plague present?")));
        assertTrue(ArabicCalendarWords.asksYears(ArabicTextNormalizer.words("في أي الأعوام انتشر الطاعون؟")));
        assertTrue(ArabicCalendarWords.asksYears(ArabicTextNormalizer.words("وبأي سنوات حكم؟")));
        assertTrue(ArabicCalendarWords.asksYears(ArabicTextNormalizer.words("الطاعون انتشر في انهي سنوات؟")),
                "the Egyptian which-word, as asksWhichDate reads it");
        assertFalse(ArabicCalendarWords.asksYears(ArabicTextNormalizer.words("In which year did he die?")));
        assertFalse(ArabicCalendarWords.asksYears(ArabicTextNormalizer.words("How many years did he rule?")));
        assertFalse(ArabicCalendarWords.asksYears(ArabicTextNormalizer.words("كم سنوات حكم؟")));
        assertTrue(ArabicCalendarWords.namesYears("كل عام تقريباً بين 1500 و 1850."));
        assertTrue(ArabicCalendarWords.namesYears("انتشر بين عامي 1347 و1351."));
        assertTrue(ArabicCalendarWords.namesYears("انتشر في القرن الرابع عشر."));
        assertTrue(ArabicCalendarWords.namesYears("ازدهرت في الخمسينيات."));
        assertFalse(ArabicCalendarWords.namesYears("هاجر إلى المدينة عام 622م، وعاش فيها عام 622 وما بعده."));
        assertFalse(ArabicCalendarWords.namesYears("قتل 89 شخصاً في الهجوم."));
    }
}
