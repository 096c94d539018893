package io.isnad.ingest.arabic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ArabicDialectWordsTest {

    private static Optional<String> standardOf(String word) {
        return ArabicDialectWords.standardOf(ArabicTextNormalizer.normalize(word));
    }

    private static String folded(String word) {
        return ArabicTextNormalizer.normalize(word);
    }

    @Test
    void theTableCoversTheCommonWordsOfTheDialects() {
        assertTrue(ArabicDialectWords.size() >= 80, "entries: " + ArabicDialectWords.size());
    }

    @Test
    void aDialectWordIsItsStandardWordInEverySpelling() {
        assertEquals(Optional.of(folded("طائرة")), standardOf("طيارة"));
        assertEquals(Optional.of(folded("طائرة")), standardOf("طياره"), "ة written ه");
        assertEquals(Optional.of(folded("أصيب")), standardOf("انجرح"));
        assertEquals(Optional.of(folded("أمس")), standardOf("مبارح"));
        assertEquals(Optional.of(folded("قال")), standardOf("حكى"));
        assertEquals(Optional.of(folded("قال")), standardOf("حكي"), "ى written ي");
    }

    @Test
    void theArticleAProcliticAndADialectMarkerAreReadAround() {
        assertEquals(Optional.of(folded("الطائرات")), standardOf("الطيارات"));
        assertEquals(Optional.of(folded("بالطائرة")), standardOf("بالطيارة"));
        assertEquals(Optional.of(folded("وقال")), standardOf("وحكى"));
        assertEquals(Optional.of(folded("رأى")), standardOf("بيشوف"), "the habitual ب before يشوف");
        assertEquals(Optional.of(folded("يعمل")), standardOf("عميشتغل"), "the progressive عم");
    }

    @Test
    void theDialectWordsForLeavingBeginningAndSoldiersAreRead() {
        assertEquals(Optional.of(folded("غادر")), standardOf("فلّت"));
        assertEquals(Optional.of(folded("اندلع")), standardOf("ولعت"), "a fight or a fire flared up");
        assertEquals(Optional.of(folded("احترق")), standardOf("انحرقت"));
        assertEquals(Optional.of(folded("بدأ")), standardOf("بداو"));
        assertEquals(Optional.of(folded("الجنود")), standardOf("العساكر"));
    }

    @Test
    void talkingToSomeoneIsTheCallNewsWrites() {
        assertEquals(Optional.of(folded("اتصل")), standardOf("كلّم"), "عبد اللهيان كلّم المقداد");
        assertEquals(Optional.of(folded("واتصل")), standardOf("وكلموا"), "the conjunction kept");
        assertEquals(Optional.empty(), standardOf("كلمتها"), "her speech, في كلمتها");
        assertEquals(Optional.empty(), standardOf("تكلم"), "the Standard 'spoke'");
    }

    @Test
    void aPluralVerbOfTheTableWithItsObjectGluedOnIsReadAsTheVerb() {
        assertEquals(Optional.of(folded("رأى")), standardOf("شافوه"), "الخطر اللي شافوه");
        assertEquals(Optional.of(folded("أخذ")), standardOf("خدوه"));
        assertEquals(Optional.empty(), standardOf("قوه"), "a ta marbuta after و: قوة");
        assertEquals(Optional.empty(), standardOf("دعوه"), "دعوة, no verb of the table");
    }

    @Test
    void theParticipleOfPuttingIsReadNotTheStandardLanded() {
        assertEquals(Optional.of(folded("وضع")), standardOf("حاطط"));
        assertEquals(Optional.of(folded("وضع")), standardOf("حاططين"));
        assertEquals(Optional.empty(), standardOf("حطت"), "the Standard 'landed'");
    }

    @Test
    void theGulfAndIraqiSendIsReadInTheFeminineAsInTheMasculine() {
        assertEquals(Optional.of(folded("أرسل")), standardOf("دزّت"), "a state's deed: إيران دزّت قوات");
        assertEquals(Optional.of(folded("أرسل")), standardOf("دزّ"));
        assertEquals(folded("ايران ليش أرسل قوات لسوريا؟"),
                ArabicDialectWords.inStandard(folded("ايران ليش دزّت قوات لسوريا؟")));
    }

    @Test
    void aWordOfTheTableWithAGluedPronounOfTheThirdPersonIsReadAsItsStandardWord() {
        assertEquals(Optional.of(folded("أرسل")), standardOf("بعتتهم"), "sent them");
        assertEquals(Optional.of(folded("أخذ")), standardOf("خدوها"), "the plural's ا dropped before the pronoun");
        assertEquals(Optional.of(folded("أطفال")), standardOf("ولادهم"), "a noun too");
        assertEquals(Optional.empty(), standardOf("قابله"), "ه folds as a ta marbuta: Standard قابلة, capable");
        assertEquals(Optional.empty(), standardOf("عندها"), "no word of the table before the pronoun");
    }

    @Test
    void aPieceIsReadAlsoWithAGluedBiWhichOnlyTheCallerReads() {
        assertEquals(Optional.of(folded("جزء")), standardOf("حتّة"), "Egyptian and Levantine حتّة, a piece");
        assertEquals(Optional.empty(), standardOf("بحتة"), "also the Standard بحتة, purely");
        assertEquals(Optional.of(folded("جزء")), ArabicDialectWords.withGluedBiRead(folded("بحتّة")));
        assertEquals(Optional.empty(), ArabicDialectWords.withGluedBiRead(folded("حتة")), "no ب");
        assertEquals(Optional.empty(), ArabicDialectWords.withGluedBiRead(folded("بترول")), "no dialect word after it");
        assertEquals(Optional.empty(), ArabicDialectWords.withGluedBiRead(folded("بحدا")), "someone: no content");
    }

    @Test
    void theEgyptianInsideAndOutsideAreRead() {
        assertEquals(Optional.of(folded("داخل")), standardOf("جوه"), "Egyptian جوّه, inside");
        assertEquals(Optional.of(folded("خارج")), standardOf("برّه"), "Egyptian برّه, outside");
        assertEquals(Optional.of(folded("وداخل")), standardOf("وجوا"));
        assertEquals(Optional.empty(), standardOf("وجوه"), "faces, a Standard word");
    }

    @Test
    void aQuestionIsWrittenWithTheStandardWordsOfItsDialectWords() {
        assertEquals(folded("عراقجي التقى مين في دمشق؟"), ArabicDialectWords.inStandard(folded("عراقجي قابل مين في دمشق؟")));
        assertEquals(folded("غادر الطائرات"), ArabicDialectWords.inStandard(folded("فلّت الطيارات")));
        assertEquals(folded("أين قاسم؟"), ArabicDialectWords.inStandard(folded("أين قاسم؟")), "no dialect word, as it was");
    }

    @Test
    void anOpeningIsItTrueThatIsAskedWithHal() {
        assertEquals(folded("هل الطائرات غادر من القاعدة؟"),
                ArabicDialectWords.inStandard(folded("صحيح إنو الطيارات فلّت من القاعدة؟")));
        assertEquals(folded("هل الوزير زار أنقرة؟"), ArabicDialectWords.inStandard(folded("هل صحيح أن الوزير زار أنقرة؟")));
        assertEquals(folded("ما الرقم الصحيح؟"), ArabicDialectWords.inStandard(folded("ما الرقم الصحيح؟")),
                "صحيح inside the question is the adjective");
        assertEquals(folded("صحيح الوزير؟"), ArabicDialectWords.inStandard(folded("صحيح الوزير؟")), "no أن after it");
    }

    @Test
    void standardWordsAndNamesStayAsTheyAre() {
        // Words that are dialect words too but mean something else in Standard Arabic are left out.
        for (String word : List.of("قال", "الطائرة", "أصيب", "بيروت", "صار", "حصلت", "سوى", "العربية", "دول", "مية",
                "يرجع", "بيانات", "كشفت", "لشفت", "قابلة", "هون", "التقى")) {
            assertEquals(Optional.empty(), standardOf(word), word);
        }
    }

    @Test
    void aParticleOfTenseBeforeAPresentTenseVerbIsWrittenAsStandardArabicWritesTheTense() {
        assertEquals(folded("ايران عندها جنود يقاتلوا بسوريا"),
                ArabicDialectWords.inStandard(folded("ايران عندها عساكر عم يقاتلوا بسوريا")), "the progressive عم");
        assertEquals(folded("امتى سيزور عراقجي موسكو؟"),
                ArabicDialectWords.inStandard(folded("امتى رح يزور عراقجي موسكو؟")), "the future رح as the glued س");
        assertEquals(folded("عراقجي سيزور مين"), ArabicDialectWords.inStandard(folded("عراقجي حا يزور مين")),
                "the Egyptian حا");
        assertEquals(folded("ليش قاعدين سيفاوضوا"), ArabicDialectWords.inStandard(folded("ليش قاعدين راح يفاوضوا")),
                "قاعدين is no particle of the list");
    }

    @Test
    void theSameWordsStayWhenNoPresentTenseFollows() {
        for (String text : List.of("راح ضحيته عشرات", "عم الرئيس", "قاعد في البيت", "عم")) {
            assertEquals(folded(text), ArabicDialectWords.inStandard(folded(text)), text);
        }
    }

    @Test
    void theNegationMaShIsReadAsTheVerbItWraps() {
        assertEquals(Optional.of(folded("يعرف")), standardOf("مابيعرفش"), "behind a present-tense marker");
        assertEquals(Optional.of(folded("رأى")), standardOf("ماشافش"), "a verb of the table");
        assertEquals(folded("ليش الوفد قال"), ArabicDialectWords.inStandard(folded("ليش الوفد ما حكاش")),
                "written apart");
        for (String text : List.of("ما الجيش الذي دخل", "ما داعش")) {
            assertEquals(folded(text), ArabicDialectWords.inStandard(folded(text)), "ما before a noun: " + text);
        }
        for (String word : List.of("ماكينتوش", "ماش", "مارش")) {
            assertEquals(Optional.empty(), standardOf(word), word);
        }
    }

    @Test
    void numbersAndWeekdaysSaidWithTForThAreTheirStandardWords() {
        assertEquals(Optional.of(folded("الاثنين")), standardOf("الاتنين"));
        assertEquals(Optional.of(folded("ثلاثة")), standardOf("تلاتة"));
        assertEquals(folded("يوم الثلاثاء"), ArabicDialectWords.inStandard(folded("يوم التلاتا")));
    }

    @Test
    void theSpokenNameOfDamascusIsTheCityAfterAPreposition() {
        assertEquals(folded("متى وصل الوفد علي دمشق؟"), ArabicDialectWords.inStandard(folded("متى وصل الوفد عالشام؟")),
                "the dialects' glued ع for على");
        assertEquals(folded("مين التقى الوزير بدمشق"),
                ArabicDialectWords.inStandard(folded("مين التقى الوزير بالشام")));
        assertEquals(folded("سافر لدمشق ثم وبدمشق"), ArabicDialectWords.inStandard(folded("سافر للشام ثم وبالشام")));
        assertEquals(folded("الوفد في دمشق"), ArabicDialectWords.inStandard(folded("الوفد في الشام")));
        assertEquals(folded("الوفد الى دمشق"), ArabicDialectWords.inStandard(folded("الوفد إلى الشام")));
    }

    @Test
    void theLevantOfANameStaysTheLevant() {
        for (String text : List.of("مين قائد هيئة تحرير الشام", "تاريخ بلاد الشام", "الشام", "والشام", "بالشامي")) {
            assertEquals(folded(text), ArabicDialectWords.inStandard(folded(text)), text);
        }
    }

    @Test
    void aCallMadeOnSomeoneIsTheStandardCall() {
        assertEquals(folded("منو الوزير اللي اتصل على المقداد؟"),
                ArabicDialectWords.inStandard(folded("منو الوزير اللي دق على المقداد؟")));
        assertEquals(folded("الوفد اتصلوا على الوزير"), ArabicDialectWords.inStandard(folded("الوفد دقوا على الوزير")));
    }

    @Test
    void theDayBeforeAVerbIsWhen() {
        assertEquals(folded("عبد اللهيان لما اتصل على المقداد، اتهم إسرائيل؟"),
                ArabicDialectWords.inStandard(folded("عبد اللهيان يوم دق على المقداد، اتهم إسرائيل؟")));
        assertEquals(folded("شمخاني لما طلبوا المستشارين غطاء جويا"),
                ArabicDialectWords.inStandard(folded("شمخاني يوم طلبوا المستشارين غطاء جويا")));
    }

    @Test
    void aDayAskedOrNamedStaysADay() {
        for (String text : List.of("هدنة غزه من اي يوم صارت ساريه؟", "هدنة غزه يا يوم بدت تمشي؟",
                "بأي يوم طلبوا الغطاء؟", "يوم الخميس", "كم تأكل في يوم واحد؟", "ما هو يوم عاشوراء؟")) {
            assertEquals(folded(text), ArabicDialectWords.inStandard(folded(text)), text);
        }
    }

    @Test
    void knockingAndSoundingStayAsTheyAre() {
        for (String text : List.of("من دق ناقوس الخطر؟", "يدق على وتر الطائفية", "دق", "دقيق على الوزير")) {
            assertEquals(folded(text), ArabicDialectWords.inStandard(folded(text)), text);
        }
    }

    @Test
    void theMaghrebiVerbOfSpeakingIsReadOnlyAfterARelativePronoun() {
        assertEquals(folded("شكون هو اللي قال على منصة إكس؟"),
                ArabicDialectWords.inStandard(folded("شكون هو اللي دوا على منصة إكس؟")));
        assertEquals(folded("الوزراء الذين قالوا"), ArabicDialectWords.inStandard(folded("الوزراء الذين دواو")));
        assertEquals(folded("شحنة دواء وصلت"), ArabicDialectWords.inStandard(folded("شحنة دوا وصلت")),
                "elsewhere دوا is the medicine");
    }

    @Test
    void theMaghrebiAnnouncedIsTheStandardAnnounced() {
        assertEquals(Optional.of(folded("أعلن")), standardOf("علن"));
        assertEquals(Optional.of(folded("أعلن")), standardOf("علنات"), "she announced, as Darija conjugates it");
        assertEquals(folded("الحكومة أعلن بلي الطريق مسدود"),
                ArabicDialectWords.inStandard(folded("الحكومة علنات بلي الطريق مسدود")));
        assertEquals(Optional.empty(), standardOf("علنا"), "publicly");
        assertEquals(Optional.empty(), standardOf("علني"), "public");
    }

    @Test
    void theMaghrebiChildAndChildrenAreTheChildrenNewsCounts() {
        assertEquals(Optional.of(folded("أطفال")), standardOf("دري"));
        assertEquals(Optional.of(folded("الأطفال")), standardOf("الدراري"));
    }

    @Test
    void allAlongIsContinuousOnlyWithNoNounAfterIt() {
        assertEquals(folded("هي المعارك كانت شغاله متواصل ولا كان فيها وقفات؟"),
                ArabicDialectWords.inStandard(folded("هي المعارك كانت شغالة على طول ولا كان فيها وقفات؟")));
        assertEquals(folded("القصف كان متواصل؟"), ArabicDialectWords.inStandard(folded("القصف كان على طول؟")));
        List.of("انتشرت القوات على طول الحدود", "على طول خط الجبهة", "طول الطريق", "على طوله")
                .forEach(along -> assertEquals(folded(along), ArabicDialectWords.inStandard(folded(along)), along));
    }

    @Test
    void theDialectsNeverIsTheNeverNewsWrites() {
        Map.of("شكون اللي قال بلي حماس عمرها ما غادي تحكم غزة؟", "شكون اللي قال بلي حماس ابدا ستحكم غزة؟",
                "هو عمره ما زار دمشق؟", "هو ابدا زار دمشق؟").forEach((dialect, standard) ->
                        assertEquals(folded(standard), ArabicDialectWords.inStandard(folded(dialect)), dialect));
        // Before a function word, at the end or with no pronoun glued, عمر is someone's age, or a name.
        for (String age : List.of("كان عمره ما بين عشرين وثلاثين", "ما عمرها؟", "عمر ما زار", "عمرها ما")) {
            assertEquals(folded(age), ArabicDialectWords.inStandard(folded(age)), age);
        }
    }

    @Test
    void talkingAboutSomethingInEgyptianIsDiscussingIt() {
        assertEquals(folded("وإرنا قالت إنهم ناقشوا في إيه؟"),
                ArabicDialectWords.inStandard(folded("وإرنا قالت إنهم اتكلموا في إيه؟")));
        List.of("مين اتكلم عن القاعدة الروسية؟", "اللي اتكلم فيه عن القوات", "اتكلموا مع الأسد")
                .forEach(spoke -> assertEquals(folded(spoke), ArabicDialectWords.inStandard(folded(spoke)), spoke));
    }

    @Test
    void theIraqiWasIsReadAfterAQuestionWord() {
        assertEquals(folded("لافروف شنو كان ردّه على الأمريكان؟"),
                ArabicDialectWords.inStandard(folded("لافروف شنو جان ردّه على الأمريكان؟")));
        assertEquals(folded("وهذولة المسلحين منو كان يقودهم؟"),
                ArabicDialectWords.inStandard(folded("وهذولة المسلحين منو جان يقودهم؟")));
        assertEquals(folded("ومنو كانوا قادتها؟"), ArabicDialectWords.inStandard(folded("ومنو جانوا قادتها؟")));
        String jean = "شنو قال جان إيف لودريان عن الهجوم؟";
        assertEquals(folded(jean), ArabicDialectWords.inStandard(folded(jean)), "elsewhere جان is the name Jean");
    }

    @Test
    void theIraqiWasHasItsStandardWordOnlyRightAfterAQuestionWord() {
        assertEquals(Optional.of("كان"), ArabicDialectWords.standardWas("شنو", "جان"));
        assertEquals(Optional.of("كانوا"), ArabicDialectWords.standardWas("ومنو", "جانوا"), "with the conjunction");
        assertEquals(Optional.empty(), ArabicDialectWords.standardWas("قال", "جان"), "after a verb the name Jean");
        assertEquals(Optional.empty(), ArabicDialectWords.standardWas("شنو", "قال"));
        assertTrue(ArabicDialectWords.isWas("من", "كان"));
        assertTrue(ArabicDialectWords.isWas("منو", "جانت"));
        assertFalse(ArabicDialectWords.isWas("قال", "جان"), "after a verb the name Jean");
    }

    @Test
    void theParticipleOfSeeingIsTheStandardView() {
        assertEquals(Optional.of(folded("رأى")), standardOf("شايف"), "he reckons");
        assertEquals(Optional.of(folded("رأى")), standardOf("شايفة"));
        assertEquals(Optional.of(folded("رأى")), standardOf("شايفين"));
    }

    @Test
    void theGulfWantsForItIsANeed() {
        assertEquals(folded("وقف انتشار الارهاب يحتاج له شنو؟"),
                ArabicDialectWords.inStandard(folded("وقف انتشار الارهاب يبي له شنو؟")));
        assertEquals(folded("الموضوع تحتاج لها وقت"), ArabicDialectWords.inStandard(folded("الموضوع تبغى لها وقت")));
        assertEquals(Optional.of(folded("يريد")), standardOf("يبي"), "alone it is 'wants'");
        assertEquals(folded("ايران يريد تزور"), ArabicDialectWords.inStandard(folded("ايران يبي تزور")));
    }

    @Test
    void aFuturesParticleWrittenApartBeforeAPresentTenseTellsTheFuture() {
        assertTrue(ArabicDialectWords.tellFuture(words("قوات التحالف اللي تقوده واشنطن شوكت راح تطلع من العراق؟")));
        assertTrue(ArabicDialectWords.tellFuture(words("إمتى رح يزور عراقجي موسكو؟")));
        assertTrue(ArabicDialectWords.tellFuture(words("فوقاش غادي يستلم الخدمة ديالو؟")));
        assertTrue(ArabicDialectWords.tellFuture(words("متى سوف تنسحب القوات؟")));
        // راح before no present tense is "went"; the glued س is left unread, as سيطر starts with its letters.
        assertFalse(ArabicDialectWords.tellFuture(words("متى راح عراقجي إلى دمشق؟")));
        assertFalse(ArabicDialectWords.tellFuture(words("متى سيطرت ألمانيا على أوروبا؟")));
    }

    @Test
    void theFutureParticleIsReadAlikeWhereItTellsTheFutureAndWhereItIsWrittenAsTheGluedSin() {
        String withConjunction = "ومتى وراح تطلع القوات من العراق؟";
        assertTrue(ArabicDialectWords.tellFuture(words(withConjunction)));
        assertEquals(folded("ومتى وستطلع القوات من العراق؟"),
                ArabicDialectWords.withVerbPhrasesRead(folded(withConjunction)),
                "the conjunction stays before the glued س");
        String went = "ومتى وراح عراقجي إلى دمشق؟";
        assertFalse(ArabicDialectWords.tellFuture(words(went)));
        assertEquals(folded(went), ArabicDialectWords.withVerbPhrasesRead(folded(went)),
                "before no present tense it is 'went'");
    }

    private static List<String> words(String question) {
        return ArabicTextNormalizer.words(ArabicTextNormalizer.normalize(question));
    }
}
