package io.isnad.answer.shortanswer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.isnad.answer.question.QuestionAnalyzer;
import io.isnad.answer.question.QuestionType;

class SpanFinderTest {

    private static List<String> spans(String text, QuestionType type) {
        return SpanFinder.find(text, type).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void aSentenceNamesAPersonByTitleByTheLexiconOrByTwoWordsNoListReads() {
        assertTrue(SpanFinder.namesPerson("وقال المتحدث باسم الخارجية إسماعيل بقائي إن عراقجي سيزور أنقرة."));
        assertTrue(SpanFinder.namesPerson("وشدد رئيسي على ضرورة محاسبة الداعمين."), "a person the lexicon knows");
        assertTrue(SpanFinder.namesPerson("كان ويليام فاريل طالباً في جامعة لوفيفر."), "two words no list reads");
        assertTrue(SpanFinder.namesPerson("كان بحوزة جون إلواي، الذي قاد الفريق."),
                "a hamza's alif, folded as the article's, opens no noun with the article");
        assertTrue(SpanFinder.namesPerson("أبحر كريستوفر كولومبوس غرباً."),
                "a name's first letter that a preposition glued to a common word would be");
        assertTrue(SpanFinder.namesPerson("سيطر المتمردون بقيادة إسلاميين على المدينة."), "a leader after بقيادة");
        assertTrue(SpanFinder.namesPerson("وكتبت صباح هاديان في مقالها."),
                "a word of a name that is a common word too (صباح, morning), beside one that is not");
    }

    @Test
    void everyWordThatMaySayWhereIsReadAndDatesAreNot() {
        String funeral = "وشيعت سوريا الجمعة ضحايا الاعتداء الإرهابي من أمام المستشفى العسكري في حمص.";
        assertEquals(List.of("سوريا", "حمص"), SpanFinder.mayBePlaces(funeral, false).stream().distinct().toList(),
                "a place named, past an adverb of place; no kind's noun unless described");
        assertTrue(SpanFinder.mayBePlaces(funeral, true).contains("مستشفي"), "the hospital describes a place");
        assertEquals(List.of("كونفيكتورسكا"), SpanFinder.mayBePlaces("يقع الملعب في شارع كونفيكتورسكا.", false),
                "a street the lexicon does not know, named after its noun");
        assertEquals(List.of("سفينه"), SpanFinder.mayBePlaces("اقترحوا قياس الإشعاع من سفينة عائمة.", false),
                "a word after a preposition of place the lexicon does not know");
        assertTrue(SpanFinder.mayBePlaces("أنتجتها شركة Energiprojekt في العام الماضي.", false)
                .contains("energiprojekt"), "a capitalised Latin name");
        assertEquals(List.of(), SpanFinder.mayBePlaces("وفي 30 نوفمبر/تشرين الثاني، وفي الأول من ديسمبر/كانون "
                + "الأول، قال المتحدث إن الهجوم في عام 2020 فشل منذ البداية.", true),
                "dates, a function word and a year's noun after a preposition are no places");
    }

    @Test
    void aSentenceOfOfficesBodiesAndPlacesNamesNobody() {
        assertFalse(SpanFinder.namesPerson("وفي 30 نوفمبر/تشرين الثاني، أكدت وزارة الخارجية الإيرانية أن قنصليتها "
                + "في حلب تعرضت للهجوم، لكن موظفيها بخير."), "a glued pronoun or preposition, a place, the article");
        assertFalse(SpanFinder.namesPerson("وتابع المسؤول الإيراني، أن الطائرات لم تغادر يوم أمس الاثنين."),
                "a unit of time after a verb");
        assertFalse(SpanFinder.namesPerson("قالت وكالة أنباء إيرانية إن جنرالا في الحرس الثوري قتل في معارك بسوريا."),
                "two words the lexicon translates common English words by");
        assertFalse(SpanFinder.namesPerson("وشيعت سوريا الجمعة ضحايا الاعتداء من أمام المستشفى العسكري في حمص."));
    }

    @Test
    void datesInBothDigitSystemsAndBothMonthNamings() {
        assertEquals(List.of("7 أكتوبر 2023"), spans("بدأ الهجوم في 7 أكتوبر 2023 على البلدة.", QuestionType.DATE));
        assertEquals(List.of("٧ تشرين الأول ٢٠٢٣"), spans("بدأ الهجوم في ٧ تشرين الأول ٢٠٢٣.", QuestionType.DATE));
        assertEquals(List.of("1 كانون الأول/ديسمبر"), spans("وصل في 1 كانون الأول/ديسمبر إلى دمشق.", QuestionType.DATE));
        assertEquals(List.of("الأول من ديسمبر/كانون الأول"),
                spans("التقاه في الأول من ديسمبر/كانون الأول لإرسال رسالة.", QuestionType.DATE));
        assertEquals(List.of("عام 1958"), spans("ولد عام 1958 في المدينة.", QuestionType.DATE));
        assertEquals(List.of("October 7, 2023"), spans("It began on October 7, 2023.", QuestionType.DATE));
    }

    @Test
    void aShortYearNeedsItsEraOrYearWordAndAPeriodPartStaysWithItsDate() {
        assertEquals(List.of("سنة 960م"), spans("دخلت العشيرة الإسلام سنة 960م.", QuestionType.DATE));
        assertEquals(List.of("336 ق.م"), spans("خلف والده في 336 ق.م بعد اغتياله.", QuestionType.DATE));
        assertEquals(List.of("2800 قبل الميلاد"),
                spans("شكلت أول سلالة حاكمة في إيران في 2800 قبل الميلاد.", QuestionType.DATE));
        assertEquals(List.of("عام 1347 للميلاد"), spans("دخل الطاعون أوروبا عام 1347 للميلاد.", QuestionType.DATE));
        assertEquals(List.of("أواخر عام 2010"), spans("اندلعت الاحتجاجات أواخر عام 2010 في تونس.", QuestionType.DATE));
        // أوائل folds to اوايل: the part is found with its hamza written.
        assertEquals(List.of("أوائل عام 2002"), spans("بدأت مشوارها الغنائي في أوائل عام 2002.", QuestionType.DATE));
        assertEquals(List.of("أوائل ٢٠٠٢"), spans("بدأت مشوارها في أوائل ٢٠٠٢.", QuestionType.DATE));
        // "بداية من" is "starting from": the date is the year.
        assertEquals(List.of("1519"), spans("انتشرت كتاباته في فرنسا بدايةً من 1519.", QuestionType.DATE));
        assertEquals(List.of("بداية 2006"), spans("رفعت القضية في بداية 2006.", QuestionType.DATE));
        assertEquals(List.of(), spans("قطع 500 متر في 12 دقيقة.", QuestionType.DATE));
    }

    @Test
    void aYearThatEndsTheSentenceIsADateButAYearLongFigureIsNot() {
        assertEquals(List.of("عام 1654"), spans("دمر الطاعون مدينة أوسلو في عام 1654.", QuestionType.DATE));
        assertEquals(List.of("1944"), spans("تم تدمير معظمها في 1944، بعد الانتفاضة.", QuestionType.DATE));
        assertEquals(List.of(), spans("بلغ الطول 1654.5 متر.", QuestionType.DATE));
        assertEquals(List.of(), spans("شارك 1,654 شخصاً.", QuestionType.DATE));
    }

    @Test
    void aYearWrittenWithItsWordIsOutsideTheCountsOnlyWhereAsked() {
        String sentence = "منذ عام 2020 شارك 1944 جنديا، وفي 1944 انسحبوا.";
        List<Span> numbers = SpanFinder.find(sentence, QuestionType.NUMBER);
        List<String> counted = SpanFinder.notInCalendarDates(sentence, numbers).stream().map(Span::folded).toList();
        List<String> written = SpanFinder.notInWrittenDates(sentence, numbers).stream().map(Span::folded).toList();
        assertTrue(counted.stream().anyMatch(f -> f.contains("2020")), counted.toString());
        assertFalse(written.stream().anyMatch(f -> f.contains("2020")), written.toString());
        assertTrue(written.stream().anyMatch(f -> f.contains("1944")), "a bare year may be a count: " + written);
    }

    @Test
    void maghrebMonthNamesAreMonths() {
        assertEquals(List.of("الثامن من فيفري 2007"),
                spans("أعلنت الشركة في الثامن من فيفري 2007 عن خطتها.", QuestionType.DATE));
        assertEquals(List.of("ماي 2013"), spans("أعلنت في ماي 2013 إغلاق المصنع.", QuestionType.DATE));
    }

    @Test
    void hijriMonthsAreMonthsAndTheirShortYearsFollowThemAfterAYearWord() {
        assertEquals(List.of("العاشر من محرم سنة 61 للهجرة"),
                spans("قتل الحسين في العاشر من محرم سنة 61 للهجرة في كربلاء.", QuestionType.DATE));
        assertEquals(List.of("15 رمضان 1445"), spans("أعلنت الوزارة في 15 رمضان 1445 عن القرار.", QuestionType.DATE));
        // "اليوم" before an ordinal day is the day of that date, not "today"; شهر may name the month.
        assertEquals(List.of("اليوم العاشر من شهر مُحَرَّم"),
                spans("عاشوراء هو اليوم العاشر من شهر مُحَرَّم في التقويم الهجري.", QuestionType.DATE));
        // A Hijri month that is also a name or a word is no date alone.
        assertEquals(List.of(), spans("التقى رمضان بشعبان في رجب المدينة.", QuestionType.DATE));
        assertEquals(List.of(), spans("فاز الفريق 2 صفر على ضيفه.", QuestionType.DATE));
    }

    @Test
    void weekdaysAndRelativeDaysAreDates() {
        assertEquals(List.of("اليوم الخميس"), spans("قتل اليوم الخميس في حلب.", QuestionType.DATE));
        assertEquals(List.of("الخميس الماضي"), spans("وصل الخميس الماضي.", QuestionType.DATE));
        assertEquals(List.of("أمس"), spans("أعلن أمس عن الاتفاق.", QuestionType.DATE));
    }

    @Test
    void theSameOrTheNextDayOfTheStoryIsNoToday() {
        // "اليوم نفسه", "اليوم الذي", "في اليوم التالي", "نفس اليوم" say when in the story, not today.
        assertEquals(List.of("27 نوفمبر"), spans("هاجموا حلب في 27 نوفمبر، وهو اليوم نفسه الذي بدأت فيه الهدنة.",
                QuestionType.DATE));
        assertEquals(List.of("3 مارس"), spans("وصل الوفد في 3 مارس، وفي اليوم التالي التقى الرئيس.", QuestionType.DATE));
        assertEquals(List.of(), spans("وفي نفس اليوم أعلنت الشركة تغيير اسمها.", QuestionType.DATE));
        assertEquals(List.of(), spans("وفي تلك الليلة غادر الوفد.", QuestionType.DATE));
        assertEquals(List.of("اليوم"), spans("وأعلنت الحكومة اليوم استقالتها.", QuestionType.DATE));
    }

    @Test
    void aMonthAloneIsNotADate() {
        assertEquals(List.of(), spans("مارس الفريق الضغط على الحكومة.", QuestionType.DATE));
    }

    @Test
    void aMonthAfterTheWordMonthIsADate() {
        // مارس is also a verb and صفر also zero; after شهر each is the month, in every naming system.
        assertEquals(List.of("شهر مارس"), spans("بدأت الاحتجاجات في شهر مارس.", QuestionType.DATE));
        assertEquals(List.of("شهر أيار"), spans("وقعت المعركة بشهر أيار.", QuestionType.DATE));
        assertEquals(List.of("شهر كانون الثاني 2011"), spans("عاد في شهر كانون الثاني 2011 إلى بلده.",
                QuestionType.DATE));
        assertEquals(List.of("شهر صفر"), spans("خرج الجيش في شهر صفر.", QuestionType.DATE));
        assertEquals(List.of("العاشر من شهر صفر"), spans("خرج الجيش في العاشر من شهر صفر.", QuestionType.DATE));
        assertEquals(List.of(), spans("انتهت المباراة 2 صفر.", QuestionType.DATE));
    }

    @Test
    void numbersWithScaleAndNumberWords() {
        assertEquals(List.of("1,200", "20 ألف"), spans("قتل 1,200 شخص ونزح 20 ألف آخرون.", QuestionType.NUMBER));
        assertEquals(List.of("ثلاثة"), spans("أصيب ثلاثة جنود.", QuestionType.NUMBER));
        assertEquals(List.of("45%"), spans("بلغت النسبة 45% هذا العام.", QuestionType.NUMBER));
    }

    @Test
    void aScaleOrUnitInTheAccusativeStaysWithItsFigure() {
        assertEquals(List.of("20 ألفاً"), spans("قتل 20 ألفاً من الجنود.", QuestionType.NUMBER));
        assertEquals(List.of("15 ملياراً"), spans("بلغت الخسائر 15 ملياراً.", QuestionType.NUMBER));
        assertEquals(List.of("250 كيلوغراماً"), spans("تفوق كتلة الذكور 250 كيلوغراماً.", QuestionType.NUMBER));
        assertEquals(List.of("646 ميلاً"), spans("قطع القطار 646 ميلاً في يوم.", QuestionType.NUMBER));
        assertEquals(List.of("7,000,000 كيلومتراً مربّعاً"),
                spans("يغطي الحوض 7,000,000 كيلومتراً مربّعاً من القارة.", QuestionType.NUMBER));
        assertEquals(List.of("230000 دولاراً"), spans("دفع 230000 دولاراً ثمناً للبيت.", QuestionType.NUMBER));
        assertEquals(List.of("3600 دورة في الدقيقة"),
                spans("السرعات النموذجية هي 3600 دورة في الدقيقة في الولايات المتحدة.", QuestionType.NUMBER));
        assertEquals(List.of("25"), spans("شارك 25 دورة من قبل.", QuestionType.NUMBER));
        // A word that only begins like a unit is no unit, with or without the alif.
        assertEquals(List.of("300"), spans("حضر 300 مترجم الحفل.", QuestionType.NUMBER));
        assertEquals(List.of("40"), spans("وصل 40 ميلادياً إلى المدينة.", QuestionType.NUMBER));
    }

    @Test
    void aCompoundOrdinalOfTheTeensIsOneNumberAndItsTenNoCount() {
        assertEquals(List.of("الثاني عشر"), spans("هو رئيس الجمهورية الثاني عشر والحالي.", QuestionType.NUMBER));
        assertEquals(List.of("الثالثة عشرة"), spans("احتلت المرتبة الثالثة عشرة بين الدول.", QuestionType.NUMBER));
        assertEquals(List.of("ثلاثة عشر"), spans("سجل ثلاثة عشر هدفاً.", QuestionType.NUMBER));
    }

    @Test
    void aShareInWordsKeepsThemThoughTheirHamzaIsFolded() {
        // المئة and المائة fold to الميه and المايه, as the sentence does.
        assertEquals(List.of("85 في المائة", "40 بالمئة"),
                spans("يعزى إليها حوالي 85 في المائة من الحالات و40 بالمئة من الوفيات.", QuestionType.NUMBER));
    }

    @Test
    void aConjunctionOrPrepositionGluedToANumberWordIsNoPartOfIt() {
        assertEquals(List.of("ثلاثة", "أربعة"), spans("سجل ثلاثة أهداف وأربعة تمريرات.", QuestionType.NUMBER));
        assertEquals(List.of("عشرات"), spans("قتل بعشرات الغارات.", QuestionType.NUMBER));
        assertEquals(List.of("واحد"), spans("بقي واحد منهم.", QuestionType.NUMBER));
    }

    @Test
    void twoFiguresJoinedByIlaOrAfterBainAreOneRangeUnlessMinMakesItAChange() {
        assertEquals(List.of("30 إلى 50 ألفٍ", "1620"),
                spans("فقدت الجزائر 30 إلى 50 ألفٍ من سكانها في 1620.", QuestionType.NUMBER));
        assertEquals(List.of("خمس إلى عشر سنوات"), spans("يستغرق الأمر خمس إلى عشر سنوات.", QuestionType.NUMBER));
        assertEquals(List.of("415,000", "587,000 كيلومتر"),
                spans("ازدادت المساحة من 415,000 إلى 587,000 كيلومتر.", QuestionType.NUMBER));
        assertEquals(List.of("120 و130"), spans("قتل ما بين 120 و130 شخصًا.", QuestionType.NUMBER));
        assertEquals(List.of("89", "277"), spans("أسفر الهجوم عن 89 قتيلاً و277 جريحاً.", QuestionType.NUMBER));
    }

    @Test
    void twoFiguresJoinedByAnEnDashAreOneSpanAsWithAHyphen() {
        assertEquals(List.of("23–16", "11"),
                spans("هزم البرونكوس فريق بيتسبرغ ستيلرز، 23–16، بتسجيله 11 نقطة.", QuestionType.NUMBER));
        assertEquals(List.of("100-150"), spans("تم التعريف فقط 100-150 نوعا.", QuestionType.NUMBER));
        assertEquals(List.of("1600", "1800"), spans("معارض الأثاث في الفترة 1600–1800.", QuestionType.NUMBER));
    }

    @Test
    void aMultiplierAfterANumberStaysWithItAndWhatItMultiplies() {
        assertEquals(List.of("عشرة أضعاف وزنها"),
                spans("يمكن للمشطيات أن تأكل عشرة أضعاف وزنها في اليوم.", QuestionType.NUMBER));
        // A function word after the multiplier opens a clause of its own.
        assertEquals(List.of("3 أضعاف"), spans("زاد الإنتاج 3 أضعاف ما كان عليه.", QuestionType.NUMBER));
    }

    @Test
    void aYearInBothCalendarsIsOneDate() {
        assertEquals(List.of("سنة 1157 هـ / 1744"),
                spans("أسسها محمد بن سعود سنة 1157 هـ / 1744 وظلت حتى 1818.", QuestionType.DATE).subList(0, 1));
        assertEquals(List.of("533 هـ/1138م"), spans("توفي 533 هـ/1138م في بغداد.", QuestionType.DATE));
        assertEquals(List.of("عام 1037م (429 هـ)"), spans("انتزعت المدينة في عام 1037م (429 هـ).", QuestionType.DATE));
        // A year without its era is followed by another figure, not by its other calendar.
        assertEquals(List.of("1744", "1818"), spans("بين 1744 / 1818 تغير كل شيء.", QuestionType.DATE));
    }

    @Test
    void aCurrencyKeepsTheAdjectiveOfItsCountryButNoFunctionWord() {
        assertEquals(List.of("30 مليون جنيه إسترليني"),
                spans("بلغت معاليم الحمل 30 مليون جنيه إسترليني سنوياً.", QuestionType.NUMBER));
        assertEquals(List.of("5 ملايين دولار"), spans("أنفقت 5 ملايين دولار على المشروع.", QuestionType.NUMBER));
        assertEquals(List.of("5 ملايين دولار"), spans("هي 5 ملايين دولار التي وعدت بها.", QuestionType.NUMBER));
    }

    @Test
    void aBareFigureBeforeAFigureWithAUnitSharesItsUnit() {
        assertEquals(List.of("687 و760 نانومتر"),
                spans("تصل ذروة النطاقات عند 687 و760 نانومتر.", QuestionType.NUMBER));
        // Figures with nouns of their own, or two bare figures, count different things.
        assertEquals(List.of("89", "277"), spans("سقط 89 قتيلاً و277 جريحاً.", QuestionType.NUMBER));
        assertEquals(List.of("158349", "68511"), spans("توجد 158349 و68511 عائلة.", QuestionType.NUMBER).subList(0, 2));
    }

    @Test
    void aDurationKeepsItsUnit() {
        assertEquals(List.of("ثلاث سنوات", "5 أيام"),
                spans("استمر الحصار ثلاث سنوات، وتوقف القتال 5 أيام.", QuestionType.NUMBER));
        assertEquals(List.of("عشرين عاماً"), spans("حكم البلاد عشرين عاماً.", QuestionType.NUMBER));
        assertEquals(List.of("17 ثانية"), spans("بقيت 17 ثانية على النهاية.", QuestionType.NUMBER));
        // A counted noun that is no unit of time stays out of the span.
        assertEquals(List.of("ثلاثة"), spans("أصيب ثلاثة جنود.", QuestionType.NUMBER));
    }

    @Test
    void aLengthOfTimeAgoIsADate() {
        assertEquals(List.of("66 مليون سنة خلت"),
                spans("وجدت المجموعات بعد انقراض العصر الطباشيري منذ 66 مليون سنة خلت.", QuestionType.DATE));
        // Not the year of "2000 سنة خلت".
        assertEquals(List.of("2000 سنة مضت"), spans("بنيت المدينة قبل 2000 سنة مضت.", QuestionType.DATE));
        // A length of time alone is no date.
        assertEquals(List.of(), spans("استمر الحكم 600 سنة.", QuestionType.DATE));
    }

    @Test
    void andOneOfIsNoNumber() {
        assertEquals(List.of("250 كيلوغراما"),
                spans("الأسد وأحد السنوريات الأربعة الكبيرة، وتفوق كتلة الذكور 250 كيلوغراما.", QuestionType.NUMBER));
        assertEquals(List.of("واحد"), spans("لم يفز سوى فريق واحد باللقب.", QuestionType.NUMBER));
    }

    @Test
    void theHundredsAreNumberWordsThoughTheirHamzaIsFolded() {
        // مئة and مائتا are written with ئ, which the text's folding makes ي.
        assertEquals(List.of("مئة"), spans("شارك في السباق مئة عداء.", QuestionType.NUMBER));
        assertEquals(List.of("مائتي"), spans("قطع مائتي كيلومتر.", QuestionType.NUMBER));
        // A word glued to the next by a zero-width non-joiner is part of a longer word, no number.
        assertEquals(List.of(), spans("تنطق ميه\u200c\u200cتانتيه كونان.", QuestionType.NUMBER));
    }

    @Test
    void aTimeOfDayBeforeADateIsNoSpanOfItsOwn() {
        assertEquals(List.of("يوم الخميس"),
                spans("وصل الوفد الساعة العاشرة صباح يوم الخميس إلى المدينة.", QuestionType.DATE));
        // A part of the day joined to its weekday is that day's date.
        assertEquals(List.of("مساء الخميس"), spans("قصفت الطائرات المدينة مساء الخميس.", QuestionType.DATE));
        assertEquals(List.of("7 أكتوبر 2023"), spans("بدأ الهجوم فجر 7 أكتوبر 2023.", QuestionType.DATE));
        // With no date after it, the time is the span.
        assertEquals(List.of("مساء"), spans("عاد الوفد مساء إلى العاصمة.", QuestionType.DATE));
        // "يوم" between the time and a day of the month.
        assertEquals(List.of("27 كانون الثاني/يناير 1967"),
                spans("بدأ اختبار المقابس في صباح يوم 27 كانون الثاني/يناير 1967، وفوراً ظهرت المشاكل.", QuestionType.DATE));
        assertEquals(List.of("٢٧ يناير ١٩٦٧"), spans("بدأ الاختبار صباح يوم ٢٧ يناير ١٩٦٧.", QuestionType.DATE));
        assertEquals(List.of("الساعة العاشرة صباحاً"), spans("بدأ الاجتماع الساعة العاشرة صباحاً في القصر.", QuestionType.DATE));
        // A weekday before the day of the month it names, with a time before both.
        assertEquals(List.of("27 تشرين الثاني"),
                spans("أعلنت الفصائل، صباح يوم الأربعاء 27 تشرين الثاني، إطلاق العملية.", QuestionType.DATE));
        assertEquals(List.of("يوم الأربعاء", "الخميس"), spans("وصل يوم الأربعاء وغادر الخميس.", QuestionType.DATE));
    }

    @Test
    void clockTimesDecadesAndCenturiesWithTheirEraAreDates() {
        assertEquals(List.of("الساعة 10:30 مساءً"), spans("انطلق القطار الساعة 10:30 مساءً من المحطة.", QuestionType.DATE));
        assertEquals(List.of("8:45 a.m."), spans("The train left at 8:45 a.m. sharp.", QuestionType.DATE));
        assertEquals(List.of("الثمانينيات"), spans("ازدهرت الصناعة في الثمانينيات.", QuestionType.DATE));
        assertEquals(List.of("عقد الستينات"), spans("ظهرت الفرقة في عقد الستينات.", QuestionType.DATE));
        assertEquals(List.of("ثمانينيات القرن الماضي"), spans("وفي ثمانينيات القرن الماضي تغيّر ذلك.", QuestionType.DATE));
        assertEquals(List.of("1980s"), spans("It grew in the 1980s.", QuestionType.DATE));
        assertEquals(List.of("القرن الثالث قبل الميلاد"),
                spans("بنيت المدينة في القرن الثالث قبل الميلاد على التل.", QuestionType.DATE));
        assertEquals(List.of("القرن التاسع عشر"), spans("عاش في القرن التاسع عشر في باريس.", QuestionType.DATE));
        assertEquals(List.of("19th century"), spans("It was built in the 19th century.", QuestionType.DATE));
        // A figure with a colon and no clock word is a count or a score, not a time.
        assertEquals(List.of(), spans("بقي 3:08 على نهاية المباراة.", QuestionType.DATE));
    }

    @Test
    void aCenturyIsNamedByAnOrdinalOrAFigureOnly() {
        assertEquals(List.of("القرن الحادي والعشرين"), spans("نعيش في القرن الحادي والعشرين.", QuestionType.DATE));
        assertEquals(List.of("القرن الـ19"), spans("بني الجسر في القرن الـ19 فوق النهر.", QuestionType.DATE));
        assertEquals(List.of("القرن الماضي"), spans("تغير ذلك في القرن الماضي كله.", QuestionType.DATE));
        // The noun of another phrase: "the century in which", "the century because".
        assertEquals(List.of(), spans("وصف القرن في كتابه بأنه عصر الثورات.", QuestionType.DATE));
        assertEquals(List.of(), spans("سمي القرن لكونه عصر العلم.", QuestionType.DATE));
    }

    @Test
    void twoYearsThatBoundAPeriodAreOneDate() {
        assertEquals(List.of("1914 إلى 1918"), spans("دامت الحرب من 1914 إلى 1918 في أوروبا.", QuestionType.DATE));
        assertEquals(List.of("1500 و 1850"), spans("انتشر الطاعون بين 1500 و 1850 في البلدان.", QuestionType.DATE));
        assertEquals(List.of("1914 and 1918"), spans("The war lasted between 1914 and 1918.", QuestionType.DATE));
        // Two years joined by و without بين are two dates: "صدر قانونان في 1964 و1968".
        assertEquals(List.of("1964", "1968"), spans("صدر القانونان في 1964 و1968.", QuestionType.DATE));
        // "إلى" without "من" before the first year joins no period.
        assertEquals(List.of("1939", "1945"), spans("امتدت في 1939 إلى 1945 وما بعدها.", QuestionType.DATE));
    }

    @Test
    void aPeriodAfterBetweenAndTheDualYearWordStartsAtBetween() {
        assertEquals(List.of("بين عامي 1908 و 1914"),
                spans("بين عامي 1908 و 1914، زعزع استقرار المنطقة.", QuestionType.DATE));
        assertEquals(List.of("بين سنتي 2005 و2010"), spans("ارتفعت نسبةً غير مسبوقةٍ بين سنتي 2005 و2010.", QuestionType.DATE));
        assertEquals(List.of("ما بين عامي 1805 إلى 1848"),
                spans("كان حاكم مصر ما بين عامي 1805 إلى 1848، ويشيع وصفه.", QuestionType.DATE));
        assertEquals(List.of("مابين العامين 1805 و1848"), spans("حكم مابين العامين 1805 و1848.", QuestionType.DATE));
        // Offsets stay exact: the span is the text's own, diacritics included.
        assertEquals(List.of("ما بينَ عامَي 1805 و1848"), spans("حكمَ ما بينَ عامَي 1805 و1848.", QuestionType.DATE));
        // "بين" alone, or a word ending in it, stays out.
        assertEquals(List.of("1914 و1918"), spans("وقعت الحرب بين 1914 و1918.", QuestionType.DATE));
    }

    @Test
    void aYearWordGluedToAPrepositionStaysOutOfTheSpan() {
        assertEquals(List.of("1996"), spans("وفقاً للتوجيهية الأبوية لسنة 1996.", QuestionType.DATE));
        assertEquals(List.of("2011"), spans("جرت الانتخابات البرلمانية لعام 2011 في موعدها.", QuestionType.DATE));
        assertEquals(List.of("سنة 1996"), spans("صدرت التوجيهية سنة 1996.", QuestionType.DATE));
        // A short year needs its year word, which a glued one is not.
        assertEquals(List.of(), spans("صدر القرار لسنة 61 من القانون.", QuestionType.DATE));
    }

    @Test
    void twoDatesThatBoundAPeriodAreOneDate() {
        assertEquals(List.of("أواخر عام 1939 إلى أوائل عام 1941"),
                spans("ومن أواخر عام 1939 إلى أوائل عام 1941، سيطرت ألمانيا على أوروبا.", QuestionType.DATE));
        assertEquals(List.of("14 يونيو ولغاية 15 يوليو من عام 2018"),
                spans("استضافتها روسيا في الفترة ما بين 14 يونيو ولغاية 15 يوليو من عام 2018.", QuestionType.DATE));
        assertEquals(List.of("أواخر عام 1939 وحتى أوائل عام 1941"),
                spans("سيطرت من أواخر عام 1939 وحتى أوائل عام 1941 على أوروبا.", QuestionType.DATE));
        // Without "من" or "بين" before the first, two dates "إلى" joins stay two.
        assertEquals(List.of("1 سبتمبر 1939", "2 سبتمبر 1945"),
                spans("امتدت في 1 سبتمبر 1939 إلى 2 سبتمبر 1945.", QuestionType.DATE));
    }

    @Test
    void offsetsSurviveDiacritics() {
        String text = "وُلِدَ في ١٣ أكتوبر ١٩٥٨.";
        Span span = SpanFinder.find(text, QuestionType.DATE).getFirst();
        assertEquals("١٣ أكتوبر ١٩٥٨", text.substring(span.start(), span.end()));
    }

    @Test
    void aPlaceNounIntroducesAPlace() {
        assertEquals(List.of("أنقرة"), spans("سيزور أيضا العاصمة التركية أنقرة بعد زيارته لدمشق.", QuestionType.PLACE));
        assertEquals(List.of("حلب"), spans("وقعت الاشتباكات في مدينة حلب.", QuestionType.PLACE));
        assertEquals(List.of("غرب آسيا"), spans("تقع إيران في غرب آسيا.", QuestionType.PLACE));
        assertEquals(List.of(), spans("يقع الحي في الجنوب الغربي على الطريق.", QuestionType.PLACE));
        assertEquals(List.of("الشّمال الغربِيّ من القارّة"),
                spans("تقع الولاية في الشّمال الغربِيّ من القارّة.", QuestionType.PLACE));
    }

    @Test
    void aPlatformIntroducesWhereAThingWasPosted() {
        assertEquals(List.of("إكس"), spans("وقال الناطق باسم الغرفة \"حسن عبد الغني\"، على منصة إكس، إن الحشود تهدد "
                + "أمن المناطق المحررة.", QuestionType.PLACE));
        assertEquals(QuestionType.PLACE, QuestionAnalyzer.analyze("على أي منصة نشر الناطق البيان؟").type());
    }

    @Test
    void aPlaceNameOfTwoWordsAfterAConstructHeadIsWhole() {
        assertEquals(List.of("خان السبل"), spans("تم مصادرتها بالقرب من بلدة خان السبل السورية، جنوب غرب حلب",
                QuestionType.PLACE).subList(0, 1));
        assertEquals(List.of("دير الزور"), spans("وصلت القوات إلى مدينة دير الزور.", QuestionType.PLACE));
    }

    @Test
    void theLandAroundAKnownPlaceIsAPlace() {
        assertEquals(List.of("ريف حلب الغربي"), spans("وأعلنت \"إدارة العمليات العسكرية\"، تحرير كامل ريف حلب الغربي، "
                + "بعد معارك ضارية.", QuestionType.PLACE));
        assertEquals(List.of("ضواحي دمشق"), spans("تقدمت القوات نحو ضواحي دمشق", QuestionType.PLACE));
        assertEquals(List.of(), spans("يعيش أبناء الريف بعيدا عن المدن الكبرى.", QuestionType.PLACE));
        assertEquals(List.of(), spans("انتقل إلى ريف بعيد بعد تقاعده.", QuestionType.PLACE));
    }

    @Test
    void whatAPlaceIsLikeOrDoesIsNoPlaceName() {
        assertEquals(List.of(), spans("يضم التحالف أكثر من 60 دولة ويوجه ضربات جوية", QuestionType.PLACE));
        assertEquals(List.of(), spans("مغادرتها لم تكن بسبب ضغوط من دول أخرى.", QuestionType.PLACE));
        assertEquals(List.of("غرب آسيا"), spans("سوريا دولة عربية تقع في غرب آسيا", QuestionType.PLACE));
        assertEquals(List.of("غزة"), spans("قصفت الطائرات مدينة غزة فجرا", QuestionType.PLACE));
        assertEquals(List.of("الإسكندرية"), spans("ولد في مدينة الإسكندرية", QuestionType.PLACE));
        assertEquals(List.of("بغداد"), spans("عاصمة عراقية هي مدينة بغداد", QuestionType.PLACE));
    }

    @Test
    void theCountriesThatBorderAPlaceAreNamedBare() {
        assertEquals(List.of("الكويت", "المملكة العربية السعودية", "تركيا"),
                spans("يحده من الجنوب الكويت والمملكة العربية السعودية، ومن الشمال تركيا، وهو عضو في منظمة أوبك.",
                        QuestionType.PLACE));
        assertEquals(List.of("تركيا", "العراق", "الأردن"),
                spans("يحدها شمالاً تركيا، وشرقًا العراق، وجنوبًا الأردن.", QuestionType.PLACE));
        assertEquals(List.of("كندا", "المَكْسِيك"), spans("وتحُدُّها كندا شمالاً والمَكْسِيك جنُوباً.", QuestionType.PLACE));
        assertEquals(List.of("سوريا", "إسرائيل"),
                spans("تحدها سوريا من الشمال والشرق، وفلسطين المحتلة - إسرائيل من الجنوب.", QuestionType.PLACE));
    }

    @Test
    void limitingAndSidesWithoutACountryNameNoPlace() {
        assertEquals(List.of(), spans("اتخذت إجراءات يحد من انتشار الوباء في أوروبا.", QuestionType.PLACE));
        assertEquals(List.of(), spans("تقدمت القوات شمالاً نحو المدينة، ومن الشرق الأوسط وصلت التعزيزات.",
                QuestionType.PLACE));
    }

    @Test
    void aCapitalIsNamedAfterItsPronounToo() {
        assertEquals(List.of("ريكيافيك"), spans("عاصمتها هي ريكيافيك، حيث يعيش ثلثا السكان.", QuestionType.PLACE));
        assertEquals(List.of("بغداد"), spans("عاصمته بغداد.", QuestionType.PLACE));
    }

    @Test
    void aWebsiteIsNoPlace() {
        assertEquals(List.of(), spans("وحسب موقع وكالة \"مهر\" الإيرانية", QuestionType.PLACE));
    }

    @Test
    void knownPlacesAfterAPrepositionAreFoundApart() {
        String met = "التقى عراقجي الرئيس السوري بشار الأسد في دمشق في الأول من ديسمبر";
        assertEquals(List.of(), spans(met, QuestionType.PLACE));
        assertEquals(List.of("دمشق"), known(met));
        assertEquals(List.of("ريف دمشق"), known("سقطت قذائف في ريف دمشق أمس"));
        assertEquals(List.of("حلب", "دمشق"), known("انتقل الوفد من حلب الى دمشق وبطلب من الحكومة"));
        assertEquals(List.of("حلب"), known("وقعت الاشتباكات بحلب"));
        assertEquals(List.of(), known("في وقت سابق من الأسبوع"));
        assertEquals(List.of(), known("من الطرق الحيوية في المنطقة."));
        assertEquals(List.of(), known("تحدها سوريا من الشمال والشرق، وتطل من الشمال الشرقي على الجبال."));
    }

    private static List<String> known(String text) {
        return SpanFinder.knownPlaces(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void aNameStopsAtTheNextTitle() {
        assertEquals(List.of("عباس عراقجي"),
                spans("التقى وزير الخارجية الإيراني عباس عراقجي الرئيس السوري", QuestionType.PERSON));
    }

    @Test
    void aTitleIntroducesAName() {
        assertEquals(List.of("إسماعيل بقائي"),
                spans("وقال المتحدث باسم الخارجية إسماعيل بقائي إن", QuestionType.PERSON).stream()
                        .map(String::strip).toList());
    }

    @Test
    void aQuotedNameThatATitleFollowsIsAName() {
        assertEquals("إسماعيل بقائي",
                spans("اعتبر \"إسماعيل بقائي\" المتحدث باسم وزارة الخارجية الإيرانية، المعارك", QuestionType.PERSON).get(0));
        assertEquals(List.of(), spans("قال \"المشروع الأمريكي\" للمنطقة", QuestionType.PERSON));
    }

    @Test
    void aNameBeforeACommaAndItsNicknameIsAName() {
        assertEquals(List.of("كيومرث بور هاشمي"),
                spans("أفادت وسائل إعلام إيرانية بأن كيومرث بور هاشمي، المعروف بلقب \"حاج هاشم\"، قد قتل", QuestionType.PERSON));
        assertEquals(List.of(), spans("وهذا الأمر، المعروف منذ سنوات، لم يتغير", QuestionType.PERSON));
    }

    @Test
    void aPrepositionAfterATitleIsNoAdjective() {
        assertEquals(List.of(), spans("وقال المتحدث الإيراني في أول تعليق إيراني رسمي", QuestionType.PERSON));
    }

    @Test
    void aNameAfterANameAndItsTitleIsFound() {
        assertEquals(List.of("عباس عراقجي", "بشار الأسد"),
                spans("التقى وزير الخارجية الإيراني عباس عراقجي الرئيس السوري بشار الأسد في دمشق", QuestionType.PERSON));
    }

    @Test
    void theNounInConstructWithATitleIsNoName() {
        assertEquals(List.of("رامي عبد الرحمن"), spans("وفقا لمعلومات من رامي عبد الرحمن، رئيس منظمة الرصد.",
                QuestionType.PERSON));
        assertTrue(spans("آخر رئيس وزراء لجمهورية ألمانيا الديمقراطية (الشرقية)، لوثار دي ميزيير، وهو كذلك",
                QuestionType.PERSON).contains("لوثار دي ميزيير"));
        assertEquals(List.of("إسماعيل بقائي"),
                spans("وقال المتحدث باسم وزارة الخارجية الإيرانية إسماعيل بقائي إن", QuestionType.PERSON));
        assertEquals(List.of("محمد حسين باقري"), spans("أكد رئيس أركان القوات المسلحة الإيرانية، اللواء محمد حسين باقري، أن",
                QuestionType.PERSON));
    }

    @Test
    void aNameBeforeACommaAndATitleIsAName() {
        assertEquals(List.of("حسن عبد الغني"), spans("وقال حسن عبد الغني، المتحدث باسم غرفة العمليات", QuestionType.PERSON));
        assertEquals(List.of(), spans("أكدت القوات المسلحة، اللواء", QuestionType.PERSON));
        assertEquals(List.of(), spans("قال إنه، الرئيس", QuestionType.PERSON));
        assertEquals(List.of("سمير خليل"), spans("وقال المتحدث باسم الوزارة سمير خليل، المتحدث الرسمي", QuestionType.PERSON));
    }

    @Test
    void aNameEndsBeforeTheSpeechVerbThatFollowsIt() {
        assertEquals(List.of("بهرام قاسمي"), spans("وكان المتحدث الرسمي باسم وزارة الخارجية الإيرانية بهرام قاسمي كشف، في وقت",
                QuestionType.PERSON));
        assertEquals(List.of("مريم فاضل"), spans("وكانت السيدة مريم فاضل قالت إن", QuestionType.PERSON));
    }

    @Test
    void aNameInCommasAfterATitleIsAName() {
        assertEquals(List.of("حسين أمير عبد اللهيان"), spans("أجرى وزير الخارجية الإيراني، حسين أمير عبد اللهيان، اتصالاً",
                QuestionType.PERSON));
    }

    @Test
    void aPrepositionWithTheArticleAfterATitleIsNoName() {
        assertEquals(List.of(), spans("وهو حالياً نائب الرئيس التنفيذي للعمليات والمدير العام", QuestionType.PERSON));
        assertEquals(List.of(), spans("كان الجنرال الألماني والطيار الأول", QuestionType.PERSON));
    }

    @Test
    void aLengthOfTimeAfterKullIsHowOften() {
        assertEquals(List.of("كل خمس سنوات"), spans("تجري الانتخابات البرلمانية كل خمس سنوات.", QuestionType.NUMBER));
        assertEquals(List.of("كل ٤ أعوام"), spans("تقام البطولة كل ٤ أعوام.", QuestionType.NUMBER));
        // Not a count after كل, nor a length of time after a word ending in كل.
        assertEquals(List.of("5"), spans("يحصل كل 5 لاعبين على جائزة.", QuestionType.NUMBER));
        assertEquals(List.of("ثلاث سنوات"), spans("تدوم الشهادة لثلاث سنوات.", QuestionType.NUMBER));
    }

    @Test
    void anEnvoyWithTheNounHeServesIntroducesAName() {
        assertEquals(List.of("ستيف ويتكوف"), spans("والاجتماع المتوتر بين نتنياهو ومبعوث ترامب ستيف ويتكوف", QuestionType.PERSON));
        assertEquals(List.of("جيك سوليفان"), spans("وقال مستشار الأمن القومي جيك سوليفان إن", QuestionType.PERSON));
    }

    @Test
    void aQualifierAfterAGluedLamStaysWithTheTitle() {
        assertEquals(List.of("علي شمخاني"), spans("كشف أمين المجلس الأعلى للأمن القومي الإيراني علي شمخاني، يوم الثلاثاء",
                QuestionType.PERSON));
        assertEquals(List.of(), spans("وهو نائب الرئيس التنفيذي للعمليات والمدير العام", QuestionType.PERSON));
    }

    @Test
    void aNounGluedToLamAfterATitleIsItsComplementNoName() {
        assertEquals(List.of(), spans("وهو حالياً نائب الرئيس التنفيذي لعمليات كرة القدم والمدير العام لدنفر.",
                QuestionType.PERSON));
        assertEquals(List.of("لوثار دي ميزيير"), spans("آخر رئيس وزراء لجمهورية ألمانيا الديمقراطية (الشرقية)، لوثار دي"
                + " ميزيير، وهو كذلك", QuestionType.PERSON));
        assertEquals(List.of("ليونيل جوسبان"), spans("وقال السيد ليونيل جوسبان إن", QuestionType.PERSON));
    }

    @Test
    void aCounterpartIntroducesTheOtherSidesName() {
        assertEquals(List.of("حسين أمير عبد اللهيان", "فيصل المقداد"), spans("أجرى وزير الخارجية الإيراني، حسين أمير عبد"
                + " اللهيان، اتصالاً هاتفياً بنظيره السوري، فيصل المقداد، مساء الخميس", QuestionType.PERSON));
    }

    @Test
    void aTitleWithAProcliticStillIntroducesAName() {
        assertEquals(List.of("بشار الأسد"), spans("واستقبل والرئيس السوري بشار الأسد", QuestionType.PERSON));
        assertEquals(List.of(), spans("المقر الرئيسي للشركة", QuestionType.PERSON));
    }
}
