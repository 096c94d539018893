package io.isnad.ingest.arabic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

class ArabicPersonTitlesTest {

    @Test
    void aMilitaryRankIsReadBareWithTheArticleOrGlued() {
        assertTrue(ArabicPersonTitles.namesMilitaryRank(ArabicTextNormalizer.words("نعت العميد كيومرث بورهاشمي")));
        assertTrue(ArabicPersonTitles.namesMilitaryRank(ArabicTextNormalizer.words("وكان برتبة عقيد")));
        assertTrue(ArabicPersonTitles.namesMilitaryRank(ArabicTextNormalizer.words("والجنرال الإيراني")));
        assertFalse(ArabicPersonTitles.namesMilitaryRank(ArabicTextNormalizer.words("وقال الناطق باسم الغرفة")));
        assertTrue(ArabicPersonTitles.asksRank(ArabicTextNormalizer.normalize("ورتبته")));
        assertFalse(ArabicPersonTitles.asksRank(ArabicTextNormalizer.normalize("مرتبة")));
    }

    @Test
    void aVerbOfLeadingIsReadWithItsObjectPronounAndTheDialectsB() {
        for (String verb : List.of("يقود", "يقودهم", "بيقودها", "يقوده", "يتزعم", "ترأسها")) {
            assertTrue(ArabicPersonTitles.isLeadingVerb(ArabicTextNormalizer.normalize(verb)), verb);
        }
        for (String other : List.of("قائد", "بقيادة", "يقول", "المسلحين")) {
            assertFalse(ArabicPersonTitles.isLeadingVerb(ArabicTextNormalizer.normalize(other)), other);
        }
        assertTrue(ArabicPersonTitles.isLedBy(ArabicTextNormalizer.normalize("بقيادة")));
    }

    @Test
    void commandedNamesTheCommandersOfficeAsCommandsDoes() {
        assertEquals(Set.of(ArabicTextNormalizer.normalize("قائد")),
                englishOffices("Who commanded Russia's Aerospace Forces?"));
        assertEquals(Set.of(), englishOffices("Who led the attack?"));
    }

    @Test
    void titlesAreKnownInTheirFoldedForm() {
        assertTrue(ArabicPersonTitles.contains(ArabicTextNormalizer.normalize("الأمير")));
        assertTrue(ArabicPersonTitles.contains("وزير"));
        assertFalse(ArabicPersonTitles.contains("الأمير"), "the list is folded: أ is written ا");
        assertFalse(ArabicPersonTitles.contains("وزاره"));
    }

    @Test
    void ranksAreTitlesButNoOffice() {
        assertTrue(ArabicPersonTitles.contains("اللواء"));
        assertFalse(ArabicPersonTitles.isOffice("اللواء"));
        assertFalse(ArabicPersonTitles.isOffice(ArabicTextNormalizer.normalize("السيدة")));
        assertTrue(ArabicPersonTitles.isOffice("المتحدث"));
        assertTrue(ArabicPersonTitles.isOffice("سفير"));
    }

    @Test
    void anOfficeIsKnownByItsTitleAndTheWordsThatGiveItsHolder() {
        Optional<String> leader = Optional.of(ArabicTextNormalizer.normalize("قائد"));
        assertEquals(leader, office("القائد"));
        assertEquals(leader, office("لزعيم"), "a glued preposition");
        assertEquals(leader, office("قائداً"), "the accusative alif");
        assertEquals(leader, office("بقيادة"), "led by");
        assertEquals(leader, office("قاد"));
        assertEquals(Optional.of(ArabicTextNormalizer.normalize("رئيس")), office("يرأس"));
        assertEquals(Optional.of("وزير"), office("ووزيرة"));
        assertEquals(Optional.of(ArabicTextNormalizer.normalize("أمين")), office(ArabicTextNormalizer.normalize("أمين")));
        // A ministry, the ministers or the leaders name no holder of the office.
        assertEquals(Optional.empty(), office("وزارة"));
        assertEquals(Optional.empty(), office("الوزراء"));
        assertEquals(Optional.empty(), office("القادة"));
        assertEquals(Optional.empty(), office("اللواء"));
    }

    @Test
    void aPostIsGivenByAnOfficesTitleOrNounNotByAVerbOfLeading() {
        String leader = ArabicTextNormalizer.normalize("قائد");
        String head = ArabicTextNormalizer.normalize("رئيس");
        Predicate<String> noName = word -> false;
        List<String> statesLead = ArabicTextNormalizer.words("وتقود واشنطن تحالفاً دولياً ويرأس مجلسه وفد");
        assertEquals(Set.of(leader, head), ArabicPersonTitles.offices(statesLead));
        assertEquals(Set.of(), ArabicPersonTitles.titledOffices(statesLead, noName));
        assertEquals(Set.of(leader, head, "وزير"), ArabicPersonTitles.titledOffices(ArabicTextNormalizer.words(
                "تولى قيادة البحرية ثم رئاسة المجلس، وهو أحد الوزراء، والقائد السابق"), noName));
        // An office's word after a word of a name, without the article, is the name's next word.
        String prince = ArabicTextNormalizer.normalize("أمير");
        Predicate<String> hussein = Set.of(ArabicTextNormalizer.normalize("حسين"), "اللهيان")::contains;
        List<String> named = ArabicTextNormalizer.words("اتصل الوزير حسين أمير عبد اللهيان بالأمير");
        assertEquals(Set.of("وزير"), ArabicPersonTitles.titledOffices(named.subList(0, 5), hussein));
        assertEquals(Set.of("وزير", prince), ArabicPersonTitles.titledOffices(named.subList(0, 5), noName));
        assertEquals(Set.of("وزير", prince), ArabicPersonTitles.titledOffices(named, hussein), "with the article");
    }

    @Test
    void aPluralOfficeAfterOneOfNamesOneHolder() {
        String leader = ArabicTextNormalizer.normalize("قائد");
        assertEquals(Set.of(leader), ArabicPersonTitles.offices(ArabicTextNormalizer.words(
                "كيومرث بور هاشمي، وهو أحد القادة البارزين في الحرس الثوري")));
        assertEquals(Set.of("وزير"), ArabicPersonTitles.offices(ArabicTextNormalizer.words("وكان أحد وزراء الحكومة")));
        // Alone a plural names the holders as a body: the leaders, the prime minister's ministers.
        assertEquals(Set.of(), ArabicPersonTitles.offices(ArabicTextNormalizer.words("اجتمع القادة في دمشق")));
        assertEquals(Set.of(ArabicTextNormalizer.normalize("رئيس")),
                ArabicPersonTitles.offices(ArabicTextNormalizer.words("قال رئيس الوزراء")));
        // A singular office is read as before.
        assertEquals(Set.of(leader), ArabicPersonTitles.offices(ArabicTextNormalizer.words("مقتل قائد بارز")));
    }

    @Test
    void anOfficeFollowedByAHeadRankIsTheHeadsOffice() {
        String leader = ArabicTextNormalizer.normalize("قائد");
        assertEquals(Set.of(leader), ArabicPersonTitles.headOffices(
                ArabicTextNormalizer.words("مين القائد العام للحرس الثوري؟")));
        assertEquals(Set.of(leader), ArabicPersonTitles.headOffices(ArabicTextNormalizer.words("المرشد الأعلى")));
        // One of the commanders, a commander without rank, or a rank after another noun: no head.
        assertEquals(Set.of(), ArabicPersonTitles.headOffices(ArabicTextNormalizer.words("أحد القادة البارزين")));
        assertEquals(Set.of(), ArabicPersonTitles.headOffices(ArabicTextNormalizer.words("قائد بارز في الحرس")));
        assertEquals(Set.of(), ArabicPersonTitles.headOffices(ArabicTextNormalizer.words("أمين المجلس الأعلى")));
    }

    @Test
    void anEnglishQuestionNamesAnOfficeByItsOwnWords() {
        String head = ArabicTextNormalizer.normalize("رئيس");
        assertEquals(Set.of(head), englishOffices("Who was the last Prime Minister of East Germany?"));
        assertEquals(Set.of(ArabicTextNormalizer.normalize("وزير")), englishOffices(
                "Who is Turkey's foreign minister?"));
        assertEquals(Set.of(ArabicTextNormalizer.normalize("قائد")), englishOffices(
                "Who leads the group?"));
        assertEquals(Set.of(head), englishOffices("who runs the syrian observatory for human rights"));
        // Read off the analysis' words: an apostrophe or hyphen parts them, a figure glued to letters does not.
        assertEquals(Set.of(head, ArabicTextNormalizer.normalize("متحدث")),
                englishOffices("Who is the prime-minister's spokesman?"));
        assertEquals(Set.of(head), englishOffices("Who was the 44th president of the G20?"));
        // "main" and a past deed ask for no office.
        assertEquals(Set.of(), englishOffices("Who was the Normans' main enemy, and who led them?"));
    }

    @Test
    void anOfficeIsGivenThePortfolioWrittenAfterIt() {
        Set<String> minister = Set.of("وزير");
        Set<String> spokesman = Set.of(ArabicTextNormalizer.normalize("متحدث"));
        assertEquals(Set.of("دفاع"), portfolios("وكان وزير الدفاع الإيراني حسين دهقان نفى", minister));
        assertEquals(Set.of(ArabicTextNormalizer.normalize("خارجية")),
                portfolios("وكان المتحدث الرسمي باسم وزارة الخارجية الإيرانية بهرام قاسمي كشف", spokesman));
        assertEquals(Set.of(ArabicTextNormalizer.normalize("تعليم")), portfolios("قال وزير التربية", minister),
                "a ministry of education by either of its names");
        // Only the asked office's portfolio, and not past another office or the window.
        assertEquals(Set.of(), portfolios("وكان وزير الدفاع الإيراني حسين دهقان نفى", spokesman));
        assertEquals(Set.of(), portfolios("قال الوزير إن المتحدث باسم الجيش", minister));
        assertEquals(Set.of(), portfolios("التقى الوزير الرئيس السوري في دمشق ثم الجيش", minister));
    }

    @Test
    void anEnglishQuestionNamesAPortfolioByItsOwnWords() {
        assertEquals(Set.of("دفاع"), englishPortfolios("Who is the spokesman of the Iranian defence ministry?"));
        assertEquals(Set.of(ArabicTextNormalizer.normalize("خارجية")),
                englishPortfolios("Who is Turkey's foreign minister?"));
        assertEquals(Set.of(), englishPortfolios("Who is the president of Russia?"));
    }

    @Test
    void aCounterpartIsKnownWithAGluedPreposition() {
        assertTrue(ArabicPersonTitles.isCounterpart(ArabicTextNormalizer.normalize("بنظيره")));
        assertTrue(ArabicPersonTitles.isCounterpart(ArabicTextNormalizer.normalize("نظيرها")));
        assertFalse(ArabicPersonTitles.isCounterpart("وزير"));
    }

    @Test
    void aPostIsAskedByItsNounsWithOrWithoutHisAndByTheDialectsVerbOfWorkingAtAJob() {
        for (String word : List.of("منصبه", "ووظيفته", "وظيفة", "شغلته", "شغلو", "وشغلتو", "بيشتغل", "ويشتغل",
                "مهنتها", "الرتبة", "ورتبته", "رتبتو")) {
            assertTrue(ArabicPersonTitles.asksPost(ArabicTextNormalizer.normalize(word)), word);
        }
        for (String word : List.of("يعمل", "بيعمل", "منصة", "شغل", "وزير", "المرتبة")) {
            assertFalse(ArabicPersonTitles.asksPost(ArabicTextNormalizer.normalize(word)), word);
        }
    }

    @Test
    void aSentenceNamesAPostByATitleARankOrAnOfficesWord() {
        assertTrue(ArabicPersonTitles.namesPost(ArabicTextNormalizer.words("شدد وزير الخارجية الروسي سيرغي لافروف على ذلك")));
        assertTrue(ArabicPersonTitles.namesPost(ArabicTextNormalizer.words("قتل العميد كيومرث بورهاشمي في حلب")));
        assertTrue(ArabicPersonTitles.namesPost(ArabicTextNormalizer.words("قوات بقيادة الجيش")));
        assertFalse(ArabicPersonTitles.namesPost(ArabicTextNormalizer.words("وتقوم الطائرات بضربات في المناطق التي يعمل فيها الجيش")));
    }

    private static Set<String> portfolios(String text, Set<String> offices) {
        return ArabicPersonTitles.portfoliosOf(ArabicTextNormalizer.words(text), offices);
    }

    private static Optional<String> office(String word) {
        return ArabicPersonTitles.office(ArabicTextNormalizer.normalize(word));
    }

    @Test
    void anEnglishOfficeWordGivesItsOfficeAndOfficialNamesAnyOffice() {
        assertEquals(Optional.of(ArabicTextNormalizer.normalize("وزير")), ArabicPersonTitles.englishOffice("minister"));
        assertEquals(Optional.empty(), ArabicPersonTitles.englishOffice("official"));
        assertEquals(Optional.empty(), ArabicPersonTitles.englishOffice("warplanes"));
        assertTrue(ArabicPersonTitles.namesAnyOffice("official"));
        assertFalse(ArabicPersonTitles.namesAnyOffice("minister"));
    }

    @Test
    void comingToAnOfficeIsReadBareGluedAndInflected() {
        for (String word : List.of("عُيّن", "وتولى", "تسلمت", "تعيينه", "انتخبوا", "أصبح", "appointed")) {
            assertTrue(ArabicPersonTitles.takesOffice(ArabicTextNormalizer.normalize(word)), word);
        }
        for (String word : List.of("التقى", "وزير", "عيون", "met")) {
            assertFalse(ArabicPersonTitles.takesOffice(ArabicTextNormalizer.normalize(word)), word);
        }
    }

    @Test
    void anInaugurationIsToldByItsWordAloneAndDatedByItsWholePhrase() {
        assertEquals(List.of("تنصيب", "تولى منصب", "تسلم منصب", "أدى اليمين"), ArabicPersonTitles.officeTakenPhrases());
        for (String word : List.of("تنصيبه", "تولى", "تسلم", "اليمين")) {
            assertTrue(ArabicPersonTitles.takesOffice(ArabicTextNormalizer.normalize(word)), word);
        }
        // The phrases' other words tell no taking alone: منصب names the post, أدى any performing.
        for (String word : List.of("منصب", "منصبه", "أدى")) {
            assertFalse(ArabicPersonTitles.takesOffice(ArabicTextNormalizer.normalize(word)), word);
        }
    }

    @Test
    void aQuestionAsksOfComingToAnOfficeByItsVerbAndAPost() {
        assertTrue(asksTakingOffice("شوكت صار عباس عراقجي وزير خارجية إيران؟"));
        assertTrue(asksTakingOffice("When did Araghchi become foreign minister?"));
        assertFalse(asksTakingOffice("متى التقى وزير الخارجية الإيراني الأسد؟"), "a post, no coming to it");
        assertFalse(asksTakingOffice("في أي قرن أصبح سليمان مشهوراً؟"), "a verb of becoming, no post");
    }

    private static boolean asksTakingOffice(String question) {
        return ArabicPersonTitles.asksTakingOffice(ArabicTextNormalizer.words(question));
    }

    /** The offices an English question names, read off its words as the question analysis holds them. */
    private static Set<String> englishOffices(String question) {
        return ArabicPersonTitles.englishOffices(ArabicTextNormalizer.words(question));
    }

    private static Set<String> englishPortfolios(String question) {
        return ArabicPersonTitles.englishPortfolios(ArabicTextNormalizer.words(question));
    }

    @Test
    void aDoerIsNamedAfterAtTheHandsOfOrByWhenAWordOtherThanAFunctionWordFollows() {
        String folded = ArabicTextNormalizer.normalize("قتل القائد على يد مسلحين، وحصل ذلك من قبل في المدينة.");
        assertEquals(List.of(folded.indexOf("علي يد")), ArabicPersonTitles.byDoer(folded), "من قبل في: before");
        String by = ArabicTextNormalizer.normalize("أعيدت الأشرطة بواسطة شركة خاصة ثم من قبل الحكومة.");
        assertEquals(List.of(by.indexOf("بواسطه"), by.indexOf("من قبل")), ArabicPersonTitles.byDoer(by));
        assertEquals(List.of(), ArabicPersonTitles.byDoer(ArabicTextNormalizer.normalize("وصل من قبلهم وفد.")),
                "a glued pronoun: no phrase of its own");
    }

    // The father is asked by والد with the article or a pronoun or by أب with a pronoun, not by a bare أبو (a
    // patronymic's opening) nor by a word only sharing letters (والدلتا).
    @Test
    void aQuestionWordAsksTheFatherByWalidOrAbWithAPronoun() {
        for (String father : List.of("والد", "الوالد", "والده", "ووالده", "ابوه", "ابيه")) {
            assertTrue(ArabicPersonTitles.asksFather(father), father);
        }
        for (String other : List.of("ابو", "والدلتا", "والدته", "ولد")) {
            assertFalse(ArabicPersonTitles.asksFather(other), other);
        }
    }

    // A lineal name gives one of the names the father: the name, then بن or بنت and a word that is no stop word;
    // بن after another word, or followed by a function word, does not.
    @Test
    void aLinealNameFollowsTheNameBySonOfAndAWord() {
        Set<String> omar = Set.of("عمر", "المختار");
        assertTrue(ArabicPersonTitles.namesLineage(
                ArabicTextNormalizer.arabicWords("السيد عمر بن مختار بن عمر المنفي الهلالي"), omar));
        assertTrue(ArabicPersonTitles.namesLineage(ArabicTextNormalizer.arabicWords("هي عمر بنت خالد"), omar));
        assertFalse(ArabicPersonTitles.namesLineage(
                ArabicTextNormalizer.arabicWords("حارب عمر المختار الإيطاليين منذ كان عمره 53 عاما"), omar));
        assertFalse(ArabicPersonTitles.namesLineage(
                ArabicTextNormalizer.arabicWords("قاتل الحسين بن علي في كربلاء"), omar), "another's lineage");
        assertFalse(ArabicPersonTitles.namesLineage(ArabicTextNormalizer.arabicWords("زار عمر ابن في"), omar));
    }
}
