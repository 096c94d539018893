package io.isnad.answer.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import io.isnad.ingest.arabic.ArabicTextNormalizer;

class QuestionAnalyzerTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "من هو المتحدث باسم وزارة الخارجية؟|person",
        "مين قائد العملية؟|person",
        "متى قُتل القائد؟|date",
        "إمتى وصل الرئيس إلى دمشق؟|date",
        "وفي أي عام تأسست الجامعة؟|date",
        "بأي تاريخ نعى الإعلام الإيراني القائد؟|date",
        "بورهاشمي بيا سنة انضم للحرس الثوري؟|date",
        "وبأي مدينة عقد الاجتماع؟|place",
        "ما تاريخ الزيارة؟|date",
        "خلال أي سنوات حكم الملك؟|date",
        "ما السنوات التي فاز فيها الفريق بالكأس؟|date",
        "ما هي أشهر مؤلفات الكاتب؟|description",
        "أين عُقد الاجتماع؟|place",
        "وين صار الهجوم؟|place",
        "ومتى وصل الوفد إلى دمشق؟|date",
        "فأين عقد الاجتماع إذن؟|place",
        "ما الحي الذي وقع فيه الانفجار؟|place",
        "من أين جاء الوفد؟|place",
        "في أي مدينة ولد؟|place",
        "كم عدد القتلى؟|number",
        "قديش عدد الجرحى؟|number",
        "ما عدد سكان المدينة؟|number",
        "ما هي نسبة المشاركة؟|number",
        "ما رقم القرار الدولي الذي اتهمت روسيا بانتهاكه؟|number",
        "من يحمل الرقم القياسي؟|person",
        "لماذا انسحبت القوات؟|reason",
        "ليش انسحبت القوات؟|reason",
        "لمادا انسحبت القوات؟|reason",
        "ما سبب الانسحاب؟|reason",
        "كيف ردت الحكومة؟|description",
        "ما هي الأكاديمية العسكرية؟|description",
        "هل زار الوزير أنقرة؟|yesno",
        "ماذا قال الوزير؟|other",
        "شو قال الوزير؟|other",
        "مادا قال الوزير؟|other",
        "بماذا يشتهر الوزير؟|other",
        "Who met Assad in Damascus?|person",
        "When was the commander killed?|date",
        "In which year was the university founded?|date",
        "What year did the war end?|date",
        "Where will he travel next?|place",
        "whereabouts was the fighting tehran called a flagrant breach of astana|place",
        "Which city hosted the talks?|place",
        "How many people were wounded?|number",
        "How much did the project cost?|number",
        "What is the population of Aleppo?|number",
        "What was Aleppo's population in 2010?|number",
        "What was the average household size?|number",
        "What was the average summer temperature in Damascus?|number",
        "What is the Assad government's position?|other",
        "ما هو مقدار الزيادة في الأسعار؟|number",
        "Why did the forces withdraw?|reason",
        "How did the government respond?|description",
        "Did the minister visit Ankara?|yesno",
        "and did the article name the friendly forces?|yesno",
        "But was anyone hurt?|yesno",
        "What did they discuss?|other",
        "ما اسم القاعدة الجوية؟|other",
        "ما هو اسم القلعة النورمانية؟|other",
        "ما إسم الدولة التي أسسها؟|place",
        "ما اسم قائد الجيش؟|person",
        "What is the name of the air base?|other",
        "What is the name of the city?|place",
        "What was the name of the commander?|person",
        "الفصائل بدأت عملية ردع العدوان إمتى؟|date",
        "الهجوم على الكلية نفذه مين؟|person",
        "الطيارات الروسية راحت على سوريا من وين؟|place",
        "من بين سكان المدينة في عام 1901، كم كانت نسبة الكاثوليك؟|number",
        "الوزير قال إن من حق بلاده الرد|other",
        "من كم محافظة تتكون دولة العراق؟|number",
        "من ماذا ولد الاتحاد السوفيتي؟|other",
        "ما الدول التي تحد العراق من الجنوب؟|place",
        "من هي الدول التي وقعت الاتفاق؟|place",
        "وشكون هوما الدول العربية اللي دارو الصلح؟|place",
        "من هم قادة الفصائل؟|person",
        "شكون هوما الناس اللي تذكرو؟|person",
        "Which countries mediated the truce?|place",
        "What Syrian city did the rebels take?|place",
        "From which Iranian airbase were the bombers flying?|place",
        "Which main highway runs past the town?|place",
        "rebels praised which us president on his visit|person",
        "Which former Iranian lawmaker spoke of the cost?|person",
        "And which weekday was the commander killed?|date",
        "What caused the fire in the city?|other",
        "عراقجي قابل مين في دمشق؟|person",
        "الحرب في سوريا ابتدت سنة كام؟|date",
        "الطيران الروسي ضرب بحلب بطلب الايرانيين، بأي تاريخ بالضبط؟|date",
        "الوفد وصل امبارح على سوريا وراح في أي مدينة؟|place",
        "الوزير أكد أن الجيش لم يحدد أي موعد للانسحاب؟|other",
        "سنة كام ابتدت الحرب؟|date",
        "كم سنة استمرت الحرب؟|number",
        "من كم سنة بدأت الحرب؟|number",
        "شوكت وصل الوفد إلى بغداد؟|date",
        "الوفد وصل شوكت؟|date",
        "وقتاش بدات المفاوضات؟|date",
        "شكد عدد الضحايا؟|number",
        "شحال من واحد مات في الحادث؟|number",
        "أديش عدد الجرحى؟|number",
        "عدد الضحايا في الهجوم وصل لكام؟|number",
        "الحصيلة ارتفعت لقديش؟|number",
        "شكون اللي ربح الانتخابات؟|person",
        "منين جا الوفد؟|place",
        "لويش انسحب الجيش؟|reason",
        "الاجتماع كان يوم إيه؟|date",
        "الوفد سافر بلد إيه؟|place",
        "وقال الوزير الكلام في الاجتماع يوم إيه؟|date",
        "الوزير قال إيه؟|other",
        "أنهي مدينة زارها الوزير؟|place",
        "شمن مدينة زارها الوزير؟|place",
        "واش زار الوزير أنقرة؟|yesno",
        "صحيح إنو الطيارات فلّت من القاعدة يوم الاتنين؟|yesno",
        "هل صحيح أن الوزير زار أنقرة؟|yesno",
        "صح إنه الوزير زار أنقرة؟|yesno",
        "طب وإيران استدعت السفير التركي بسبب الهجوم ده ولا لأ؟|yesno",
        "السعودية رحبت باتفاق وقف إطلاق النار ولا لا؟|yesno",
        "هل زار الوزير أنقرة أم لا؟|yesno",
        "إسرائيل انسحبت من جنوب لبنان ولا لسّا؟|yesno",
        "الفصائل دخلت المدينة ولا لسه؟|yesno",
        "مين زار أنقرة ولا لأ؟|person",
        "ولا لأ؟|other",
        "عرفت إيش قال ولا؟|other",
        "ما الرقم الصحيح لعدد القتلى؟|number",
        "منوين إجا الوفد؟|place",
        "لفين راح الوفد؟|place",
        "منهو اللي فاز بالانتخابات؟|person",
        "لاش انسحب الجيش؟|reason",
        "عبد الله شوكت حچى ويا الوزير؟|date",
        "What is the engine's theoretical efficiency?|number",
        "At what wavelength does the band peak?|number",
        "What was the death toll of the attack?|number",
        "ما هي كفاءة المحرك النظرية؟|number",
        "ما هي النتيجة النهائية للمباراة بين الفريقين؟|number",
        "ماذا كانت النتيجة النهائية لمباراة البطولة؟|number",
        "ما هي نتيجة الانتخابات؟|description",
        "What was the final score of the game?|number",
        // An English question is typed by its main clause after a fronted "when", "while" or "if" clause and a
        // comma; not after a fronted phrase ("After the attack, …"), nor where the comma is a list's.
        "When he saw Assad, did they discuss the IRGC general killed in the fighting there?|yesno",
        "While Araghchi was in Damascus, who did he meet?|person",
        "If the truce holds, when will the talks start?|date",
        "After the rebels took Aleppo, when did Araghchi fly to Damascus?|other",
        "When did Honda, Toyota and Nissan open US assembly plants?|date",
        "When exactly did the Iranians, the Russians and the Turks meet?|date",
        "When the rebels took Aleppo, the army left?|date",
    })
    void typeFollowsTheQuestionWords(String question, String type) {
        assertEquals(type, QuestionAnalyzer.analyze(question).type().label(), question);
    }

    // Places in the plural are listed by the answer: no one place span answers them.
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ما الدول التي تحد العراق من الجنوب؟|true",
        "Which countries mediated the truce?|true",
        "في أي مدينة ولد؟|false",
        "Which city hosted the talks?|false",
        "كم عدد الدول الأعضاء؟|false",
    })
    void placesInThePluralAreToldApart(String question, boolean several) {
        assertEquals(several, QuestionAnalyzer.asksSeveralPlaces(QuestionAnalyzer.analyze(question)), question);
    }

    // A question for the name of a thing that no span kind finds is answered by one sentence.
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ما اسم القاعدة الجوية؟|true",
        "ما هو الاسم الآخر للمرض؟|true",
        "What is the name of the air base?|true",
        "What's the name of the Aleppo airport the rebels took?|true",
        "ما اسم قائد الجيش؟|false",
        "What is the name of the city?|false",
        "ما هي الأكاديمية العسكرية؟|false",
        "What did they discuss?|false",
    })
    void aQuestionForAThingsNameIsToldApart(String question, boolean asksName) {
        assertEquals(asksName, QuestionAnalyzer.analyze(question).asksName(), question);
    }

    // A type read from the noun after what/which (ما نسبة، أي مدينة، which year) is told apart from one
    // a question word asks for outright (متى، كم، من، when, how many): only the latter lets a typed
    // neighbour open the answer.
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ما هي نسبة المشاركة؟|true",
        "في أي مدينة ولد؟|true",
        "ما عدد سكان المدينة؟|true",
        "What year did the war end?|true",
        "Which city hosted the talks?|true",
        "متى قُتل القائد؟|false",
        "كم عدد القتلى؟|false",
        "من هو المتحدث باسم وزارة الخارجية؟|false",
        "When was the commander killed?|false",
        "How many people were wounded?|false",
        "ماذا قال الوزير؟|false",
    })
    void aTypeReadFromTheNounAfterWhatIsMarked(String question, boolean byNoun) {
        assertEquals(byNoun, QuestionAnalyzer.analyze(question).byNoun(), question);
    }

    // The noun the question asks about, which the abstention model looks for in the judged sentence:
    // after what/which (past a place's name or adjective and a general adjective written lower-case: which
    // syrian city, which two capitals), after who/what + is + the, after how many/كم (past عدد), past "name of"/اسم.
    // None after a verb (who leads, ماذا قال، من قتل), a name, or a noun of time or quantity that a
    // date or figure answers without repeating it.
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ما هي العملة الرسمية في سوريا؟|العملة",
        "من هو رئيس روسيا؟|رئيس",
        "مين القائد العام للحرس الثوري؟|القائد",
        "من هو المصور الذي التقط الصورة؟|المصور",
        "ما اسم المطار الذي سيطر عليه المتمردون؟|المطار",
        "كم عدد المركبات المدرعة؟|المركبات",
        "كم مقاطعة في البلاد؟|مقاطعة",
        "في أي جامعة درس الوزير؟|جامعة",
        "وبأي مجال بالضبط؟|مجال",
        "وبيا مجال بالضبط؟|مجال",
        "لأي جهاز عسكري كان تابعا؟|جهاز",
        "وما عاصمة اليابان؟|عاصمة",
        "في أي عام تأسست الجامعة؟|''",
        "ما عدد سكان المدينة؟|سكان",
        "ماذا قال الوزير عن حلب؟|''",
        "من قتل القائد؟|''",
        "متى وصل الوزير إلى أنقرة؟|''",
        "هل زار الوزير أنقرة؟|''",
        "Who is the president of Russia?|president",
        "What is the official currency of Syria?|currency",
        "Which university did Araghchi attend?|university",
        "Which Kurdish group controls the city?|group",
        "consulate attacked which syrian city|city",
        "which iraqi militias fought alongside the army|militias",
        "which us president signed the deal|president",
        "which aleppo neighbourhoods did the jets hit|neighbourhoods",
        "Which former Iranian lawmaker said it?|lawmaker",
        "What other European Protestant leader studied in Paris?|leader",
        "Which main highway lies near the town?|highway",
        "Which two capitals did he visit?|capitals",
        "Which river flows through Baghdad?|river",
        "Which city is the minister due to visit?|city",
        "What language is spoken in Iran?|language",
        "How many Russian bombers were stationed at the base?|bombers",
        "What is the name of the Syrian defence minister who received the message?|minister",
        "What's the name of the Aleppo airport the rebels took?|airport",
        "Who's the spokesman of the Iranian defence ministry?|spokesman",
        "Who is the spokesman of the Iranian defence ministry?|spokesman",
        "Who leads the Military Operations Administration?|''",
        "Who is Araghchi?|''",
        "What did the minister say?|''",
        "In which year was the university founded?|''",
        "What is the population of Aleppo?|''",
        "How many were wounded?|''",
        "When did the rebels capture Hama?|''",
    })
    void headIsTheNounTheQuestionAsksAbout(String question, String head) {
        assertEquals(ArabicTextNormalizer.normalize(head), QuestionAnalyzer.analyze(question).head(), question);
    }

    @Test
    void theIraqiWasAfterAQuestionWordIsReadAsTheStandardOne() {
        QuestionAnalysis iraqi = QuestionAnalyzer.analyze("شنو جان ردّه على الأمريكان؟");
        QuestionAnalysis standard = QuestionAnalyzer.analyze("شنو كان ردّه على الأمريكان؟");
        assertEquals(standard.head(), iraqi.head(), "جان is no noun the question asks about");
        assertEquals(standard.type(), iraqi.type());
        assertFalse(iraqi.focus().contains("جان"));
        assertTrue(QuestionAnalyzer.analyze("شنو قال جان إيف لودريان عن الهجوم؟").focus().contains("جان"),
                "elsewhere جان is the name Jean");
    }

    @Test
    void focusKeepsContentWordsFoldedAndDropsQuestionWords() {
        QuestionAnalysis analysis = QuestionAnalyzer.analyze("متى أعلنت إيران مقتل القائد؟");
        assertEquals(java.util.List.of("اعلنت", "ايران", "مقتل", "القايد"), analysis.focus());
        assertTrue(QuestionAnalyzer.analyze("Who met Assad?").focus().contains("assad"));
    }

    @Test
    void anOpeningIsItTrueThatIsNoFocusWord() {
        assertEquals(java.util.List.of("الوزير", "زار", "انقره"), QuestionAnalyzer.analyze("صحيح إنو الوزير زار أنقرة؟").focus());
        assertTrue(QuestionAnalyzer.analyze("هل الخبر صحيح؟").focus().contains("صحيح"), "صحيح after the opening is a word");
    }

    @Test
    void aHowManyQuestionNamesWhatItCountsOnlyRightAfterItsQuestionWord() {
        assertEquals("مقاطعه", QuestionAnalyzer.analyze("كم مقاطعة في الصين؟").counted());
        assertEquals("محافظه", QuestionAnalyzer.analyze("كم من محافظة في اليابان؟").counted());
        assertEquals("الدرونات", QuestionAnalyzer.analyze("شحال ديال الدرونات اللي ضربو الكلية؟").counted(),
                "past the Moroccan partitive ديال, as past من");
        assertEquals("", QuestionAnalyzer.analyze("كم عدد القتلى في الهجوم؟").counted());
        assertEquals("", QuestionAnalyzer.analyze("How many countries are in the coalition?").counted());
        assertEquals("", QuestionAnalyzer.analyze("متى وقع الهجوم؟").counted());
    }

    @Test
    void aVerbBetweenHowManyAndAQuantityIsNoCountedNoun() {
        QuestionAnalysis share = QuestionAnalyzer.analyze("إلى كم تصل نسبة العرب من السكان؟");
        assertEquals(QuestionType.NUMBER, share.type());
        assertEquals("", share.counted());
        assertEquals("", share.tallied());
        assertEquals("", QuestionAnalyzer.analyze("كم تبلغ مساحة البلاد؟").counted());
        assertEquals("", QuestionAnalyzer.analyze("كم يبلغ عدد الضحايا؟").counted());
        assertEquals("الضحايا", QuestionAnalyzer.analyze("كم يبلغ عدد الضحايا؟").tallied());
        assertEquals("جثه", QuestionAnalyzer.analyze("كم جثة استخرجت الهيئة؟").counted());
    }

    @Test
    void theDialectsOneAfterAHowManyWordCountsPeopleNotANoun() {
        for (String question : new String[] {"وقديش واحد انجرح؟", "كم واحد مات في الهجوم؟"}) {
            QuestionAnalysis analysis = QuestionAnalyzer.analyze(question);
            assertEquals(QuestionType.NUMBER, analysis.type(), question);
            assertEquals("", analysis.counted(), question);
            assertEquals("", analysis.tallied(), question);
            assertEquals("", analysis.head(), question);
        }
        assertEquals("سياره", QuestionAnalyzer.analyze("كم سيارة احترقت؟").counted());
    }

    @Test
    void aNameQuestionWithAGluedPronounAsksForAPerson() {
        for (String question : new String[] {"وشو اسمه هاد؟", "ايش اسمها؟", "ما اسمه؟"}) {
            QuestionAnalysis analysis = QuestionAnalyzer.analyze(question);
            assertEquals(QuestionType.PERSON, analysis.type(), question);
            assertEquals("", analysis.head(), question);
        }
        assertEquals(QuestionType.PERSON, QuestionAnalyzer.analyze("What's his name?").type());
        assertEquals(QuestionType.PERSON, QuestionAnalyzer.analyze("And what was her name?").type());
        // The name of a thing the question names is typed by that thing, as before.
        assertEquals(QuestionType.OTHER, QuestionAnalyzer.analyze("ما اسم القلعة؟").type());
        assertEquals(QuestionType.OTHER, QuestionAnalyzer.analyze("What is the name of the castle?").type());
    }

    @Test
    void aNameAfterWasAndALateNameOfAPersonsNounAskForAPerson() {
        assertEquals(QuestionType.PERSON, QuestionAnalyzer.analyze("وش كان اسمه؟").type());
        assertEquals(QuestionType.PERSON, QuestionAnalyzer.analyze("شو كانت اسمها بالضبط؟").type());
        // A "his name" put last asks the name of the noun the question opens on.
        assertEquals(QuestionType.PERSON,
                QuestionAnalyzer.analyze("طيب ووزير خارجية إيران ذاك الوقت، وش كان اسمه؟").type());
        assertEquals(QuestionType.OTHER,
                QuestionAnalyzer.analyze("الطريق السريع اللي جنب مكان الاشتباكات جنوب غربي ادلب وش اسمه؟").type());
    }

    @Test
    void aHowManyQuestionTalliesTheNounAfterCountOrAfterHowMany() {
        assertEquals("مقاطعه", QuestionAnalyzer.analyze("كم مقاطعة في الصين؟").tallied());
        assertEquals("النساء", QuestionAnalyzer.analyze("كم عدد النساء بين الضحايا؟").tallied());
        assertEquals("الدول", QuestionAnalyzer.analyze("ما هو عدد الدول المشاركة؟").tallied());
        assertEquals("ضحايا", QuestionAnalyzer.analyze("كم بلغ عدد ضحايا الهجوم؟").tallied());
        assertEquals("countries", QuestionAnalyzer.analyze("How many countries are in the coalition?").tallied());
        assertEquals("children", QuestionAnalyzer.analyze("How many children died in the attack?").tallied());
        assertEquals("fumbles", QuestionAnalyzer.analyze("How many forced fumbles did Thomas Davis have?").tallied());
        assertEquals("", QuestionAnalyzer.analyze("How many of the wounded were children?").tallied());
        assertEquals("", QuestionAnalyzer.analyze("How many were wounded?").tallied());
        assertEquals("", QuestionAnalyzer.analyze("متى وقع الهجوم؟").tallied());
        assertEquals("", QuestionAnalyzer.analyze("When did the attack on 5 buildings happen?").tallied());
    }

    @Test
    void aWhoQuestionTypedByANounOfABodyAsksForABody() {
        assertTrue(QuestionAnalyzer.analyze("Which group claimed responsibility for the attack?").asksForABody());
        assertTrue(QuestionAnalyzer.analyze("ما الفريق الذي فاز بالبطولة؟").asksForABody());
        // A person's noun, or no noun at all, asks for a person.
        assertFalse(QuestionAnalyzer.analyze("Which leader claimed responsibility for the attack?").asksForABody());
        assertFalse(QuestionAnalyzer.analyze("Who claimed responsibility for the attack?").asksForABody());
        assertFalse(QuestionAnalyzer.analyze("من الذي فاز بالبطولة؟").asksForABody());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ما اسم وزير الدفاع السوري؟|true",
        "وما هو اسم المطار الذي سيطر عليه المتمردون؟|true",
        "وش اسم وزير الدفاع الإيراني؟|true",
        "What is the name of the Kurdish force that holds part of Aleppo?|true",
        "What's the name of the airport?|true",
        "من هو وزير الدفاع السوري؟|false",
        "شو اسمه؟|false",
        "ما هو لقب القائد؟|false",
        "Who named the airport?|false",
        "What is the airport named after?|false",
    })
    void aQuestionForTheNameOfItsNounIsToldWhateverTypeItsNounGives(String question, boolean asksName) {
        assertEquals(asksName, QuestionAnalyzer.analyze(question).asksNameOfHead(), question);
    }

    @Test
    void theMonthsAQuestionNamesAreReadWithItsWords() {
        assertEquals(Set.of(7), QuestionAnalyzer.analyze("ممن تموز الهند؟").monthsAsked());
        assertEquals(Set.of(11), QuestionAnalyzer.analyze("ماذا حدث في تشرين الثاني؟").monthsAsked());
        assertEquals(Set.of(7), QuestionAnalyzer.analyze("What happened in July?").monthsAsked());
        assertEquals(Set.of(), QuestionAnalyzer.analyze("من مارس الرياضة في الهند؟").monthsAsked(), "practised");
        assertEquals(Set.of(3), QuestionAnalyzer.analyze("ماذا حدث في شهر مارس؟").monthsAsked());
    }

    @Test
    void theDayOfTheMonthAQuestionNamesIsReadWithItsWords() {
        assertEquals(5, QuestionAnalyzer.analyze("ماذا افتُتح في الخامس من أيار؟").dayAsked());
        assertEquals(9, QuestionAnalyzer.analyze("Who spoke at the fair on March 9th?").dayAsked());
        assertEquals(20, QuestionAnalyzer.analyze("ماذا حدث في ٢٠ تشرين الأول؟").dayAsked(), "Eastern Arabic digits");
        assertEquals(0, QuestionAnalyzer.analyze("ماذا حدث في أيار 2019؟").dayAsked(), "a month and year, no day");
        assertEquals(0, QuestionAnalyzer.analyze("Who won the vote?").dayAsked());
    }

    @Test
    void theWeekdaysAQuestionNamesAreReadWithItsWords() {
        assertEquals(Set.of(0), QuestionAnalyzer.analyze("How many were counted by Saturday?").weekdaysAsked());
        assertEquals(Set.of(6, 5), QuestionAnalyzer.analyze("شو صار بالجمعة والخميس بالسوق؟").weekdaysAsked());
        assertEquals(Set.of(), QuestionAnalyzer.analyze("كم أحد عشر لاعبا في الفريق؟").weekdaysAsked(),
                "a weekday's name without its article is also a number");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "bagheri visit damascus date|DATE",
        "ismail baghaei appointed foreign ministry spokesman when|DATE",
        "hezbollah start fighting in syria year|DATE",
        "iran consulate damascus strike casualties|NUMBER",
        "russian bombers hamadan number of sorties syria|NUMBER",
        "idlib population|NUMBER",
        "russian bombers hamadan sorties how many|NUMBER",
        "iran aid to syria per year how much|NUMBER",
        "how many russian bombers hamadan|OTHER",
        "russian bombers how many sorties from hamadan|OTHER",
        "which russian bombers hamadan how many|OTHER",
        "hamadan air base official name|OTHER",
        "hezbollah secretary general name|PERSON",
        "syrian defence minister homs academy|PERSON",
        "syrianews website founder|PERSON",
        "daneshjoo news agency owner|PERSON",
        "homs military academy victims names|PERSON",
        "syrianews founder speech aleppo|OTHER",
        "Who is the secretary general of Hezbollah?|OTHER",
        "homs military academy drone attack what day|OTHER",
        "What limits the Rankine cycle's efficiency?|OTHER",
        "When did the truce take effect?|OTHER",
        "ما عدد سكان إدلب؟|OTHER",
    })
    void aSearchBoxQueryNamesTheKindItAsksForByANoun(String question, QuestionType kind) {
        assertEquals(kind, QuestionAnalyzer.analyze(question).searchBoxKind());
    }

    // A query with no question word but "when" is typed as into a search box; one naming a noun of naming (name,
    // named) asks what a thing is called, not who holds an office nor a phone call.
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "iran military advisers commander damascus|true|false",
        "Ismail Baghaei appointed foreign ministry spokesman when|true|false",
        "Who commands Iran's military advisers in Damascus?|false|false",
        "whereabouts was the fighting tehran called a breach of astana|false|false",
        "homs military academy drone attack what day|false|false",
        "hamadan air base official name|true|true",
        "rebel operation name northwest syria november|true|true",
        "hezbollah secretary general name|true|false",
        "homs military academy victims names|true|false",
        "araghchi lavrov phone call aleppo|true|false",
        "What was the operation named?|false|false",
    })
    void aQueryWithNoQuestionWordButWhenAsksAsIntoASearchBox(String question, boolean searchBox, boolean asksName) {
        QuestionAnalysis analysis = QuestionAnalyzer.analyze(question);
        assertEquals(searchBox, analysis.asksBySearchBox());
        assertEquals(asksName, analysis.asksNameBySearchBox());
    }

    // A question word past the lead words types only the short answer, and only for a figure, a date, or a place
    // or a person its noun names (not a late "who", a relative pronoun as often): the question itself stays
    // untyped, as its sentences were chosen.
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Of Warsaw's inhabitants in 1901, what percentage was Catholic?|NUMBER",
        "Fossils found that were believed to be ctenophores were how old?|NUMBER",
        "In the attack on the military college, how many were wounded?|NUMBER",
        "After the attack on the college, when did the funeral take place?|DATE",
        "In his letter after the Homs academy attack, which Syrian official was Bagheri writing to?|PERSON",
        "iran-backed force fighting beside the syrian army based in which country|PLACE",
        "The oil crisis caused oil companies to increase oil supplies in which area?|PLACE",
        "In the attack on the military college, who was killed?|OTHER",
        "In the attack on the military college, which reason was given?|OTHER",
        "In the attack on the military college, what was the target?|OTHER",
        "What percentage of the inhabitants was Catholic?|OTHER",
        "What aircraft was used when the strike was carried out?|OTHER",
        "After the attack on the college, what is the name of the month it fell in?|OTHER",
        "بعد الهجوم على الكلية الحربية، كم بلغ عدد الجرحى؟|OTHER",
    })
    void aLateQuestionWordTypesOnlyAFigureADateAPlaceOrAPerson(String question, QuestionType late) {
        assertEquals(late, QuestionAnalyzer.analyze(question).lateType());
        if (question.startsWith("Of") || question.startsWith("Fossils")) {
            assertEquals(QuestionType.OTHER, QuestionAnalyzer.analyze(question).type(), question);
        }
    }

    // The checks that read a question's words in lists (a month or day named, a reply or topic asked) read
    // the words folded once with the analysis: as ArabicTextNormalizer folds them, English ones lower-cased,
    // punctuation left out, the "is it true that" opener kept as typed.
    @Test
    void theAnalysisKeepsTheQuestionsWordsFoldedOnce() {
        assertEquals(List.of("how", "did", "the", "syrian", "minister", "respond", "on", "december", "5"),
                QuestionAnalyzer.analyze("How did the Syrian minister Respond on December 5?").words());
        assertEquals(List.of("هل", "صحيح", "ان", "الوزير", "رد", "علي", "الهجوم"),
                QuestionAnalyzer.analyze("هل صحيح أن الوزير ردّ على الهجوم؟").words());
    }
}
