package io.isnad.answer.shortanswer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.isnad.answer.question.QuestionAnalyzer;
import io.isnad.answer.question.QuestionType;
import io.isnad.ingest.SentenceSplitter;
import io.isnad.ingest.arabic.ArabicTextNormalizer;
import io.isnad.retrieve.lexicon.Lexicon;

class ShortAnswerFinderTest {

    /** The kind of answer {@code question} asks, its focus analysed as the answerer analyses it once per question. */
    private static TypedQuestion typed(String question, QuestionType type) {
        return TypedQuestion.of(question, type, QuestionAnalyzer.analyze(question).focus());
    }

    private static Optional<String> find(String sentence, QuestionType type, String question) {
        return ShortAnswerFinder.find(sentence, type, question).map(s -> sentence.substring(s.start(), s.end()));
    }

    private static boolean holds(String sentence, QuestionType type, String question) {
        return ShortAnswerFinder.holdsAnswer(sentence, typed(question, type));
    }

    @Test
    void aSpanTheQuestionAlreadyHoldsIsNotTheAnswer() {
        assertEquals(Optional.of("12 تموز"),
                find("في عام 2016 وتحديداً في 12 تموز وقع الهجوم.", QuestionType.DATE, "متى وقع الهجوم عام 2016؟"));
    }

    @Test
    void aQuestionAskingWhoLedIsAnsweredWithTheLeaderAfterLedBy() {
        String monitor = "وقال المرصد إن المتمردين بقيادة إسلاميين سيطروا على معظم مدينة حلب.";
        for (String led : List.of("وهذولة المسلحين منو جان يقودهم؟", "ومين بيقودها؟", "من يقود المتمردين؟")) {
            assertEquals(Optional.of("إسلاميين"), find(monitor, QuestionType.PERSON, led), led);
        }
        // Asked who did something else, "led by" names no answer: the group's leader is not its deed's doer.
        assertEquals(Optional.empty(), find(monitor, QuestionType.PERSON, "من سيطر على مدينة حلب؟"));
    }

    @Test
    void aSinceWhenQuestionKeepsTheSinceBeforeTheDate() {
        String sentence = "منذ عام 2020، تخضع منطقة إدلب لوقف إطلاق النار بوساطة تركيا وروسيا.";
        assertEquals(Optional.of("منذ عام 2020"),
                find(sentence, QuestionType.DATE, "ومنذ متى تخضع هذه المنطقة لوقف إطلاق النار؟"));
        assertEquals(Optional.of("عام 2020"),
                find(sentence, QuestionType.DATE, "متى بدأ وقف إطلاق النار في منطقة إدلب؟"));
        // No "since" before the date: the date alone.
        assertEquals(Optional.of("5 آذار 2020"), find("بدأ وقف إطلاق النار في إدلب في 5 آذار 2020.",
                QuestionType.DATE, "منذ متى يسري وقف إطلاق النار في إدلب؟"));
    }

    @Test
    void aQuestionForTheWeekdayIsAnsweredWithTheWeekdayBeforeTheDate() {
        String sentence = "وأعلنت الفصائل، يوم الأربعاء 27 تشرين الثاني، إطلاق العملية.";
        for (String weekday : List.of("What day of the week did the factions launch the operation?",
                "في أي يوم من أيام الأسبوع أطلقت الفصائل العملية؟")) {
            assertEquals(Optional.of("الأربعاء"), find(sentence, QuestionType.DATE, weekday), weekday);
        }
        assertEquals(Optional.of("27 تشرين الثاني"), find(sentence, QuestionType.DATE, "متى أطلقت الفصائل العملية؟"));
        // No weekday written before the date: the date is the answer still.
        assertEquals(Optional.of("27 تشرين الثاني"), find("أطلقت الفصائل في 27 تشرين الثاني العملية.",
                QuestionType.DATE, "What day of the week did the factions launch the operation?"));
    }

    @Test
    void aQuestionForTheWeekdayIsAnsweredWithTheWeekdayItsRelativeDayNames() {
        String today = "قتل القائد بهجوم في حلب، اليوم الخميس.";
        assertEquals(Optional.of("الخميس"), find(today, QuestionType.DATE, "Which weekday was the commander killed?"));
        assertEquals(Optional.of("اليوم الخميس"), find(today, QuestionType.DATE, "متى قتل القائد؟"));
    }

    @Test
    void aDateNamingItsMonthInBothSystemsIsAnsweredWithTheFirstName() {
        assertEquals(Optional.of("الأول من ديسمبر"), find("التقى الوزير الرئيس في دمشق في الأول من ديسمبر/كانون الأول.",
                QuestionType.DATE, "متى التقى الوزير الرئيس؟"));
        assertEquals(Optional.of("28 تشرين الثاني"),
                find("نعت وسائل الإعلام، يوم الخميس 28 تشرين الثاني/ نوفمبر، القائد.", QuestionType.DATE,
                        "متى نعت وسائل الإعلام القائد؟"));
        // A year after the second name: the month is not the date's last word, and the date stays whole.
        assertEquals(Optional.of("1 ديسمبر/كانون الأول 2024"), find("التقى الوزير الرئيس في 1 ديسمبر/كانون الأول 2024.",
                QuestionType.DATE, "متى التقى الوزير الرئيس؟"));
    }

    @Test
    void theDialectsYearWordBeforeHowManyAsksTheYear() {
        String sentence = "وقع الهجوم في 12 تموز 2016 على أطراف المدينة.";
        for (String year : List.of("الهجوم ده حصل سنة كام؟", "الهجوم صار في سنة كم؟")) {
            assertEquals(Optional.of("2016"), find(sentence, QuestionType.DATE, year), year);
        }
        assertEquals(Optional.of("12 تموز 2016"), find(sentence, QuestionType.DATE, "الهجوم ده حصل امتى؟"));
        assertTrue(ShortAnswerFinder.asksYear(List.of("سنه", "كام")));
        assertFalse(ShortAnswerFinder.asksYear(List.of("كم", "سنه", "استمر")));
    }

    @Test
    void aNameInQuotesAfterItsTitleIsTheShortAnswerOfASentenceNamingNobodyElse() {
        String sentence = "وقال المتحدث باسم الجيش \"أحمد سالم\"، في بيان، إن القوات تقدمت.";
        assertEquals(Optional.of("أحمد سالم"), find(sentence, QuestionType.PERSON, "مين المتحدث باسم الجيش؟"));
        assertEquals(Optional.of("أحمد سالم"),
                find("أعلن العميد «أحمد سالم» تقدم القوات.", QuestionType.PERSON, "من أعلن تقدم القوات؟"));
        // A fallback of the short answer: it ranks no sentence as naming the person asked.
        assertFalse(holds(sentence, QuestionType.PERSON, "مين المتحدث باسم الجيش؟"));
        // A quote that does not close after a name's few words is no name set off by quotes.
        assertEquals(Optional.empty(), find("وقال المتحدث باسم الجيش \"إن القوات تقدمت نحو المدينة الكبيرة\".",
                QuestionType.PERSON, "من المتحدث باسم الجيش؟"));
    }

    @Test
    void theSpanNearestTheQuestionWordsWins() {
        assertEquals(Optional.of("12"),
                find("قتل 5 أشخاص في الهجوم، فيما أصيب 12 آخرون بجروح.", QuestionType.NUMBER, "كم عدد الذين أصيبوا؟"));
    }

    @Test
    void aYearQuestionIsAnsweredWithTheYearAlone() {
        assertEquals(Optional.of("1921"),
                find("حاز على جائزة نوبل عامَ 1921 في الفيزياء.", QuestionType.DATE, "في أي عام حاز على جائزة نوبل؟"));
        assertEquals(Optional.of("عام 1921"),
                find("حاز على جائزة نوبل عام 1921 في الفيزياء.", QuestionType.DATE, "متى حاز على جائزة نوبل؟"));
    }

    @Test
    void aQuantityKeepsItsUnitAndAGluedPrepositionIsLeftOut() {
        assertEquals(Optional.of("1115 كم"), find("يبلغ طول الحدود 1115 كم، مع مصر.", QuestionType.NUMBER, "ما طول الحدود؟"));
        assertEquals(Optional.of("104 مليون نسمة"),
                find("قُدّر عدد سكانها بـ104 مليون نسمة.", QuestionType.NUMBER, "ما عدد السكان؟"));
        assertEquals(Optional.of("565 °C"), find("تبلغ حرارة مدخل التوربين عادةً 565 °C (حد الزحف).", QuestionType.NUMBER,
                "ما هي درجة حرارة مدخل التوربين؟"));
        assertEquals(Optional.of("٣٠ °C"), find("ودرجة حرارة المكثف حوالي ٣٠ °C.", QuestionType.NUMBER,
                "ما هي درجة حرارة المكثف؟"));
    }

    @Test
    void untypedQuestionsHaveNoShortAnswer() {
        assertEquals(Optional.empty(), find("قتل 5 أشخاص.", QuestionType.REASON, "لماذا؟"));
    }

    @Test
    void theNumberWhoseCountedNounTheQuestionNamesWinsOverANearerOne() {
        String sentence = "أسفر الهجوم على الكلية الحربية عن 89 قتيلاً و277 جريحاً.";
        assertEquals(Optional.of("89"), find(sentence, QuestionType.NUMBER, "كم عدد القتلى في الهجوم؟"));
        assertEquals(Optional.of("277"), find(sentence, QuestionType.NUMBER, "كم عدد الجرحى في الهجوم؟"));
    }

    @Test
    void aNumberIsTiedToTheAskedNounThroughTheNewsSynonyms() {
        // The sentence counts the dead as martyrs (شهيداً); "القتلى" must still tie to 89, not to 277.
        String sentence = "وأعلنت وزارة الصحة السورية، صباح الجمعة، ارتفاع عدد ضحايا الاعتداء الإرهابي إلى 89 شهيداً، "
                + "بينهم 31 امرأة و5 أطفال، مشيرةً إلى أن عدد الجرحى بلغ 277.";
        assertEquals(Optional.of("89"), find(sentence, QuestionType.NUMBER, "كم عدد القتلى في الهجوم؟"));
    }

    @Test
    void theVictimsOfAWeakRootAreTiedToTheDeadNotToTheWounded() {
        // ضحايا's skeleton (ضح) is too short to match on; the table's ضحايا must still tie to شهيداً.
        String sentence = "وأعلنت وزارة الصحة السورية، صباح الجمعة، ارتفاع عدد ضحايا الاعتداء الإرهابي إلى 89 شهيداً، "
                + "بينهم 31 امرأة و5 أطفال، مشيرةً إلى أن عدد الجرحى بلغ 277.";
        assertEquals(Optional.of("89"), find(sentence, QuestionType.NUMBER, "كم عدد ضحايا هجوم حمص؟"));
        assertEquals(Optional.of("89"), find(sentence, QuestionType.NUMBER, "كم عدد الضحايا؟"));
        String indic = "ارتفع عدد القتلى إلى ٨٩ شهيداً، فيما بلغ عدد المصابين ٢٧٧.";
        assertEquals(Optional.of("٨٩"), find(indic, QuestionType.NUMBER, "كم عدد الضحايا؟"));
    }

    @Test
    void womenAreCountedInTheSingularOfAnotherStem() {
        // نساء is the plural of امرأة: no ending or broken pattern ties them.
        String sentence = "قتل في الهجوم 12 شخصاً، وأصيب ٤٠ آخرون بينهم ٩ نساء.";
        assertEquals(Optional.of("٩ نساء"), find(sentence, QuestionType.NUMBER, "كم امرأة أصيبت؟"));
        assertEquals(Optional.of("31"), find("قتل 89 مدنياً، بينهم 31 امرأة و5 أطفال.", QuestionType.NUMBER,
                "كم عدد النساء بين القتلى؟"));
        // The noun after عدد is what the number counts, though ضحايا ties 89 شهيداً too.
        String seed = "وأعلنت وزارة الصحة السورية، صباح الجمعة، ارتفاع عدد ضحايا الاعتداء الإرهابي إلى 89 شهيداً، "
                + "بينهم 31 امرأة و5 أطفال، مشيرةً إلى أن عدد الجرحى بلغ 277.";
        assertEquals(Optional.of("31"), find(seed, QuestionType.NUMBER, "كم عدد النساء بين الضحايا؟"));
        assertEquals(Optional.of("5"), find(seed, QuestionType.NUMBER, "كم عدد الأطفال بين الضحايا؟"));
        // "ما عدد" without كم keeps the noun the figure counts (aWhatIsTheNumberOfQuestion…).
        assertEquals(Optional.of("٣١ امرأة"), find("ارتفع عدد الضحايا إلى ٨٩ قتيلاً بينهم ٣١ امرأة.", QuestionType.NUMBER,
                "ما عدد النساء بين الضحايا؟"));
    }

    @Test
    void anEnglishHowManyQuestionCountsTheTranslationOfItsNoun() {
        String sentence = "وأعلنت وزارة الصحة السورية، صباح الجمعة، ارتفاع عدد ضحايا الاعتداء الإرهابي إلى 89 شهيداً، "
                + "بينهم 31 امرأة و5 أطفال، مشيرةً إلى أن عدد الجرحى بلغ 277.";
        String children = "How many children died in the attack on the military academy?";
        List<String> event = List.of("مات", "توفي", "هجوم", "عسكري", "اكاديمي");
        assertEquals(Optional.of("5"), english(sentence, children, event, List.of("طفل")));
        assertEquals(Optional.of("5 أطفال"), englishSpan(sentence, children, event, List.of("طفل")),
                "the span keeps the counted noun the article writes after the figure");
        assertEquals(Optional.of("89"), english(sentence, children, event, List.of()),
                "without the counted noun the dead outweigh the children");
        List<String> focus = new ArrayList<>(event);
        focus.add("طفل");
        assertEquals(Optional.of("5"), english(sentence, children, focus, List.of()),
                "the children the question names stand beside 5, in the plural");
        assertEquals(Optional.of("31"), english(sentence, "How many women were killed?", List.of("نساء", "قتل"),
                List.of("نساء")));
        String indic = "قتل ٤٠ شخصاً بينهم ٧ أطفال.";
        assertEquals(Optional.of("٧"), english(indic, "How many children were killed?", List.of("طفل", "قتل"),
                List.of("طفل")));
    }

    @Test
    void aQuestionAskingAMatchsFinalResultIsAnsweredByItsScore() {
        String sentence = "هزم الفريق منافسه في الجولة الفاصلة، 23–16، بتسجيله 11 نقطة في الدقائق الأخيرة.";
        assertEquals(Optional.of("23–16"), find(sentence, QuestionType.NUMBER,
                "ما هي النتيجة النهائية للمباراة بين الفريقين؟"));
    }

    @Test
    void aQuestionAskingTheClocksTimeIsAnsweredByAFigureWithAColon() {
        String sentence = "مع بقاء 6:12 من الوقت، استعاد الفريق الكرة عند خط 30 ياردة.";
        assertEquals(Optional.of("6:12"), find(sentence, QuestionType.DATE,
                "What was the time on the clock when the team got the ball back?"));
        assertEquals(Optional.of("10:30"), find("وصل الوفد عند 10:30 وغادر بعد ساعتين.", QuestionType.DATE,
                "في أي ساعة وصل الوفد؟"));
        assertEquals(Optional.empty(), find(sentence, QuestionType.DATE, "متى استعاد الفريق الكرة؟"),
                "a when-question is not answered by a time left on the clock");
        assertNotEquals(Optional.of("10:30"), find("وصل الوفد يوم الخميس عند 10:30.", QuestionType.DATE,
                "في أي ساعة وصل الوفد؟"), "a sentence holding a date is answered by its date, as before");
    }

    @Test
    void anEnglishQuestionsUnitOfWeightTiesItsFigureThroughTheLexicon() {
        // "how many pounds" is counted in رطل: without that translation the kilograms or the tons,
        // nearer the question's other words, answered it.
        String sentence = "تزن الآلة نحو 2 طن، ويستهلك المحرك 3 كجم (6.6 رطل) من الوقود في الساعة.";
        String question = "How many pounds of fuel does the engine burn per hour?";
        List<String> focus = List.of("وقود", "محرك", "ساعة");
        assertEquals(Optional.of("6.6"), english(sentence, question, focus, Lexicon.builtin().lookup("pounds")));
        assertNotEquals(Optional.of("6.6"), english(sentence, question, focus, List.of()));
    }

    @Test
    void anEnglishPopulationIsRenderedWithoutTheWordForInhabitants() {
        // The span keeps نسمة after the figure; the English rendering gives the population as a bare figure.
        String sentence = "قُدر عدد سكان البلدة في هذه الفترة بـ 2,000 نسمة.";
        String question = "What was the estimated population of the town in this period?";
        assertEquals(Optional.of("2,000 نسمة"), englishSpan(sentence, question, List.of("سكان", "بلدة"), List.of()));
        assertEquals(Optional.of("2,000"), english(sentence, question, List.of("سكان", "بلدة"), List.of()));
    }

    /** The figure an English how-many question's answer gives in English ({@link ShortAnswerFinder#renderedFigure}). */
    private static Optional<String> english(String sentence, String question, List<String> focus, List<String> counted) {
        return ShortAnswerFinder.find(sentence, QuestionType.NUMBER, question, question, focus, counted)
                .map(s -> ShortAnswerFinder.renderedFigure(sentence, s, counted))
                .map(s -> sentence.substring(s.start(), s.end()));
    }

    /** The span of an English how-many question's short answer, as the article writes it. */
    private static Optional<String> englishSpan(String sentence, String question, List<String> focus,
            List<String> counted) {
        return ShortAnswerFinder.find(sentence, QuestionType.NUMBER, question, question, focus, counted)
                .map(s -> sentence.substring(s.start(), s.end()));
    }

    @Test
    void theAskedNounMayGovernItsNumberAVerbAway() {
        // "عدد الجرحى بلغ 277": the wounded are named two words before their figure.
        String sentence = "وأعلنت وزارة الصحة السورية، صباح الجمعة، ارتفاع عدد ضحايا الاعتداء الإرهابي إلى 89 شهيداً، "
                + "بينهم 31 امرأة و5 أطفال، مشيرةً إلى أن عدد الجرحى بلغ 277.";
        assertEquals(Optional.of("277"), find(sentence, QuestionType.NUMBER, "وكم جريح سقط فيه؟"));
        assertEquals(Optional.of("277"), find(sentence, QuestionType.NUMBER, "كم عدد الجرحى؟"));
    }

    @Test
    void aNumberIsTiedToTheAskedNounInThePluralOrTheSingular() {
        // The question counts in the singular, the sentence in the plural, and the other way round.
        assertEquals(Optional.of("7"), find("تضم البطولة 24 منتخباً من 7 قارات.", QuestionType.NUMBER,
                "كم عدد القارات الممثلة؟"));
        assertEquals(Optional.of("27"), find("شارك 300 نائب من 27 دولة في المؤتمر.", QuestionType.NUMBER,
                "كم عدد الدول المشاركة في المؤتمر؟"));
        assertEquals(Optional.of("ثلاثة أنواع"), find("ثم وجدت ثلاثة أنواع أخرى في الصخور منذ حوالي 505 مليون سنة.",
                QuestionType.NUMBER, "كم نوعا عثر عليه في الصخور؟"));
    }

    @Test
    void aWordGluedToAndAfterTheCountedNounOpensTheNextClause() {
        // "ومساحتها" stands two words after 80,000 but names what 120 measures.
        assertEquals(Optional.of("120 كم2"), find("يبلغ عدد سكان الجزيرة 80,000 نسمة ومساحتها 120 كم2.",
                QuestionType.NUMBER, "كم تبلغ مساحة الجزيرة؟"));
        // وزارية opens with the letters of the asked وزارة, not with a glued و: it is 22's noun.
        assertEquals(Optional.of("22"), find("تتألف الحكومة من 22 حقيبة وزارية، وعقدت الحكومة 5 جلسات.",
                QuestionType.NUMBER, "كم وزارة في الحكومة؟"));
    }

    @Test
    void anAskedWordBeforeAClauseJoinedOnByAndDescribesTheFigureOfTheEarlierClause() {
        // "حادث الحافلة… الطريق الساحلي" stand after 14 in its clause; "، و6" opens the next one.
        assertEquals(Optional.of("14"), find(
                "أسفر حادث الحافلة عن 14 مصاباً على الطريق الساحلي، و6 مصابين في حادث الشاحنة قرب الميناء.",
                QuestionType.NUMBER, "كم عدد المصابين في حادث الحافلة على الطريق الساحلي؟"));
        // A comma without و parts no clause: Priestley's place and date are one clause.
        assertEquals(Optional.of("1774"), find("تم اكتشاف الأكسجين بشكل مستقل من قبل كارل شيل، في أوبسالا، في 1773"
                + " أو قبل ذلك، وجوزيف بريستلي في ويلتشاير، في 1774.",
                QuestionType.DATE, "في أي عام تعرف جوزيف بريستلي على الأكسجين؟"));
    }

    @Test
    void theCountedNounTiesBothFiguresAndTheOtherQuestionWordsChooseBetweenThem() {
        // Both figures count months; "وعدد الأشهر" beside 12 repeats the question's count words, while the
        // calendar the Romans used stands beside ten.
        assertEquals(Optional.of("عشرة أشهر"), find("كانت الدولة الرومانية تستخدم تقويماً يتألف من عشرة أشهر، ثم"
                + " استخدموا تقويماً شمسياً قمرياً وعدد الأشهر فيه 12 شهراً.",
                QuestionType.NUMBER, "كم عدد الأشهر في التقويم الذي كانت تستخدمه الدولة الرومانية؟"));
    }

    @Test
    void theNounRightAfterANumberBeingTheCountedOneOutweighsAnAskedWordOfTheNextClause() {
        // "مرة واحدة وكأس السوبر": the asked كأس stands after واحدة too, but only ثماني counts مرات.
        String sentence = "حصل النادي على كأس الملك ثماني مرات، وعلى الدوري مرة واحدة وكأس السوبر مرة واحدة.";
        assertEquals(Optional.of("ثماني مرات"), find(sentence, QuestionType.NUMBER, "كم مرة حصلوا على كأس الملك؟"));
    }

    @Test
    void aNounIsNotTiedToANumberAcrossAnotherFigure() {
        // "الجرحى" governs 12, not the 40 after it: the search for a governing noun stops at a figure.
        String sentence = "بلغ عدد الجرحى 12 بينهم 40 طفلا.";
        assertEquals(Optional.of("12"), find(sentence, QuestionType.NUMBER, "كم عدد الجرحى؟"));
    }

    @Test
    void aDialectWordOfTheQuestionTiesTheFigureAsItsStandardWordDoes() {
        // انصاب is أصيب, whose news synonyms name the wounded: 40, not the 12 killed.
        assertEquals(Optional.of("40"), find("قتل 12 شخصاً في القصف، فيما بلغ عدد الجرحى 40.", QuestionType.NUMBER,
                "وشكد واحد انصاب؟"));
    }

    @Test
    void aFollowUpsTypedWordsChooseAmongTheFiguresOfTheStoryItsCarriedWordsName() {
        String sentence = "ارتفع عدد ضحايا الاعتداء الإرهابي إلى 89 شهيداً، فيما بلغ عدد الجرحى 277.";
        String followUp = "وشكد واحد انصاب (الاعتداء الإرهابي)؟";
        assertEquals(Optional.of("277"), ShortAnswerFinder.find(sentence, QuestionType.NUMBER, followUp, "وشكد واحد انصاب؟",
                List.of(), List.of()).map(s -> sentence.substring(s.start(), s.end())));
        // Read as one question, the carried words stand beside the dead.
        assertEquals(Optional.of("89"), find(sentence, QuestionType.NUMBER, followUp));
    }

    @Test
    void aFigureTheQuestionGivesMarksTheClauseOfItsAnswer() {
        String sentence = "بلغ عدد سكان المدينة نهاية 2010 نحو 3 ملايين نسمة، ويقدر أن عدد سكان المدينة تجاوز 4 ملايين في 2020.";
        assertEquals(Optional.of("3 ملايين نسمة"), find(sentence, QuestionType.NUMBER, "كم كان عدد سكان المدينة في نهاية 2010؟"));
        // A question without the year is left to the words: the governing noun stands right before 4 ملايين.
        assertEquals(Optional.of("4 ملايين"), find(sentence, QuestionType.NUMBER, "كم أصبح عدد سكان المدينة؟"));
    }

    @Test
    void theDualOfTheAskedNounCountsTwo() {
        assertEquals(Optional.of("جامعتان"),
                find("ويوجد في المدينة جامعتان كبيرتان.", QuestionType.NUMBER, "كم عدد الجامعات الموجودة في المدينة؟"));
        assertEquals(Optional.of("مرتين"), find("فاز النادي بالكأس مرتين.", QuestionType.NUMBER, "كم مرة فاز النادي بالكأس؟"));
        assertEquals(Optional.of("فريقين"),
                find("قاد اللاعب فريقين مختلفين إلى النهائي.", QuestionType.NUMBER, "كم عدد الفرق التي قادها اللاعب؟"));
        // The noun asked in the plural (القارات) has a dual of its singular (قارة).
        assertEquals(Optional.of("قارتين"),
                find("تمتد الدولة على قارتين.", QuestionType.NUMBER, "كم عدد القارات التي تمتد عليها الدولة؟"));
        assertTrue(holds("فاز النادي بالكأس مرتين.", QuestionType.NUMBER, "كم مرة فاز النادي بالكأس؟"));
    }

    /**
     * The counted noun given as a written translation (مرة) or as the index's stem of مرة and مرات (مر), which
     * cuts the feminine ة: مرتين without its ت is that stem.
     */
    @Test
    void anEnglishHowManyQuestionReadsTheDualOfItsTranslatedNoun() {
        String sentence = "وفاز النادي بالكأس مرتين.";
        String question = "How many times did the club win the cup?";
        for (String counted : List.of("مرة", "مر")) {
            assertEquals(Optional.of("مرتين"), ShortAnswerFinder.find(sentence, QuestionType.NUMBER, question, question,
                    List.of(), List.of(counted)).map(s -> sentence.substring(s.start(), s.end())), counted);
            assertTrue(ShortAnswerFinder.fit(sentence, typed(question, QuestionType.NUMBER), List.of(counted))
                    .countsTallied(), counted);
        }
        // A masculine dual's stem is the singular itself: no letter is cut from it.
        assertFalse(ShortAnswerFinder.fit("وسجل هدفين في المباراة.", typed("How many goals did he score?",
                QuestionType.NUMBER), List.of("هد")).holdsAnswer());
    }

    @Test
    void aYearWrittenAsADateIsNoCount() {
        String times = "كم مرة فاز النادي بالكأس؟";
        // After في, a year word with its preposition, or as a period's end: when, not how many.
        assertFalse(holds("وتمكن النادي من الفوز بالدوري في 2000.", QuestionType.NUMBER, times));
        assertFalse(holds("توقف نشاط الفريق بعد موسم الدوري لسنة 2014.", QuestionType.NUMBER, times));
        assertFalse(holds("وعرضت أثاث أوروبا في الفترة 1600–1800.", QuestionType.NUMBER, "كم قطعة أثاث عرضت؟"));
        // A sentence holding only such a year is read as one without a figure: its dual answers.
        assertEquals(Optional.of("مرتين"), find("كما فاز النادي بالدوري في 1946، وفاز بالكأس مرتين أيضاً.",
                QuestionType.NUMBER, times));
        // A year standing alone may be a count.
        assertEquals(Optional.of("2000"), find("وحضر حفل العشاء 2000 ضيف.", QuestionType.NUMBER, "كم عدد الضيوف الذين حضروا العشاء؟"));
    }

    @Test
    void aSentenceCountsTheTalliedNounOnlyWhenAFigureOfItIsThatNoun() {
        String stages = "كم مرحلة في اتفاق وقف إطلاق النار في غزة؟";
        assertTrue(tallies("ويدعو الاتفاق المكون من ثلاث مراحل، والذي يلزم إسرائيل أيضا بإطلاق سراح آلاف السجناء.",
                stages, "مرحله"));
        assertFalse(tallies("دخل وقف إطلاق النار في غزة حيز التنفيذ وشهد حتى الآن إطلاق سراح ثلاثة رهائن.",
                stages, "مرحله"));
        // The noun before its figure, a synonym of the table, a dual and an English question's translation.
        String victims = "كم عدد الضحايا؟";
        assertTrue(tallies("وأشارت إلى أن عدد القتلى بلغ 89.", victims, "الضحايا"));
        assertTrue(tallies("ارتفع عدد القتلى إلى ٨٩ شهيداً.", victims, "الضحايا"));
        assertFalse(tallies("وأصيب ٢٧٧ شخصاً في الهجوم.", victims, "الضحايا"));
        assertTrue(tallies("تمتد الدولة على قارتين.", "كم عدد القارات التي تمتد عليها الدولة؟", "القارات"));
        assertTrue(tallies("قتل 89 مدنياً، بينهم 31 امرأة و5 أطفال.", "How many children died?", "طفل"));
        // A year after its year word is a date, not a count of years; a length of time is.
        String years = "كم سنة استمرت الدولة؟";
        assertFalse(tallies("واستمرت الإمارة حتى سنة 1308 هـ.", years, "سنه"));
        assertTrue(tallies("واستمرت قائمة لما يقرب من 600 سنة.", years, "سنه"));
        // A figure the question itself gives is no answer, tied or not.
        assertFalse(tallies("ويدعو الاتفاق المكون من ثلاث مراحل.", "هل الاتفاق من ثلاث مراحل؟ كم مرحلة؟", "مرحله"));
    }

    private static boolean tallies(String sentence, String question, String noun) {
        return ShortAnswerFinder.fit(sentence,
                typed(question, QuestionType.NUMBER), List.of(noun)).countsTallied();
    }

    @Test
    void aWordOfTheQuestionIsNoDual() {
        // "همدان" ends like a dual of a root the question's own "همدان" shares.
        assertEquals(Optional.empty(), find("غادرت الطائرات الروسية قاعدة همدان الإيرانية.", QuestionType.NUMBER,
                "كم يوماً بقيت الطائرات الروسية في قاعدة همدان؟"));
    }

    @Test
    void aDualIsNoAnswerBesideAFigureNorWhenItIsDefiniteOrAnotherNoun() {
        // The dual مرتين is no answer beside the figure; مرة is a unit of tally, not kept after it.
        assertEquals(Optional.of("3"),
                find("فاز النادي بالكأس 3 مرات وخسر النهائي مرتين.", QuestionType.NUMBER, "كم مرة فاز النادي بالكأس؟"));
        assertEquals(Optional.empty(),
                find("التقى رئيسا الجامعتين في المدينة.", QuestionType.NUMBER, "كم عدد الجامعات في المدينة؟"));
        assertEquals(Optional.empty(),
                find("زار الوزير البلدين الجارين.", QuestionType.NUMBER, "كم عدد الجامعات في المدينة؟"));
        assertEquals(Optional.empty(), find("وصل الوفد إلى لبنان وفلسطين.", QuestionType.NUMBER, "كم عدد الوفود؟"));
    }

    @Test
    void aYearIsNotACountWhenTheSentenceHoldsAnotherNumber() {
        assertEquals(Optional.of("25"),
                find("في عام 2014 استخرجت الهيئة 25 جثة من المقبرة.", QuestionType.NUMBER, "كم عدد الجثث التي استخرجتها الهيئة؟"));
    }

    @Test
    void aHowManyQuestionNamingItsNounGetsTheNounWithTheNumber() {
        assertEquals(Optional.of("22 مقاطعة"),
                find("تنقسم الصين إلى 22 مقاطعة وخمس مناطق.", QuestionType.NUMBER, "كم مقاطعة في الصين؟"));
        assertEquals(Optional.of("ثماني مناطق"),
                find("تقسم المحافظات إلى ثماني مناطق.", QuestionType.NUMBER, "إلى كم منطقة تقسم المحافظات؟"));
        assertEquals(Optional.of("587,000"),
                find("بلغت المساحة 587,000 كيلومتراً مربعاً.", QuestionType.NUMBER, "كم كيلومتراً مربعاً بلغت المساحة؟"));
    }

    @Test
    void aCountedNounKeepsTheNisbaAdjectiveTheQuestionWritesAfterIt() {
        String sentence = "أبرمت إسرائيل السلام مع أربع دول عربية.. وفق الاتفاقيات.";
        assertEquals(Optional.of("أربع دول عربية"),
                find(sentence, QuestionType.NUMBER, "كم دولة عربية تصالحت مع إسرائيل؟"));
        assertEquals(Optional.of("أربع دول"), find(sentence, QuestionType.NUMBER, "كم دولة تصالحت مع إسرائيل؟"));
        assertEquals(Optional.of("ثلاث مدن أوروبية"), find("زار الوفد ثلاث مدن أوروبية في أسبوع.",
                QuestionType.NUMBER, "كم مدينة أوروبية زار الوفد؟"));
        assertEquals(Optional.of("أربع دول"), find("وقعت أربع دول آسيوية على الاتفاق.",
                QuestionType.NUMBER, "كم دولة عربية وقعت على الاتفاق؟"));
    }

    @Test
    void aCountedNounKeepsNoVerbTheQuestionWritesAfterIt() {
        assertEquals(Optional.of("89 شخصا"), find("قال المسؤول إن 89 شخصا قتلوا في الهجوم.",
                QuestionType.NUMBER, "كم شخصا قتلوا في الهجوم؟"));
    }

    @Test
    void aWhatIsTheNumberOfQuestionGetsTheNounWithTheNumberAHowManyOneTheFigure() {
        String sentence = "أطلقت الوكالة 3 مركبات إلى المريخ منذ تأسيسها.";
        assertEquals(Optional.of("3 مركبات"),
                find(sentence, QuestionType.NUMBER, "ما عدد المركبات التي أطلقتها الوكالة إلى المريخ؟"));
        assertEquals(Optional.of("3"),
                find(sentence, QuestionType.NUMBER, "كم عدد المركبات التي أطلقتها الوكالة إلى المريخ؟"));
    }

    @Test
    void aFigureAfterOfWhichCountsAPartOfTheNounOfTheFigureBefore() {
        String houses = "تضرر في الزلزال 640 منزلا منها 85 دمرت بالكامل.";
        assertEquals(Optional.of("85"), find(houses, QuestionType.NUMBER, "كم عدد المنازل التي دمرت بالكامل؟"));
        assertEquals(Optional.of("640 منزلا"), find(houses, QuestionType.NUMBER, "كم منزلا تضرر في الزلزال؟"));
        assertEquals(Optional.of("2100"), find("تضم الجامعة 9000 طالب منهم 2100 تخرجوا هذا العام.", QuestionType.NUMBER,
                "كم عدد الطلاب الذين تخرجوا هذا العام؟"));
    }

    @Test
    void aNegatedQuestionIsAnsweredByTheFigureOfANegatedClause() {
        String sentence = "سجلت الشرطة في المدينة 120 حادثا خلال العام، و35 حادثا آخر لم تسجلها الشرطة.";
        assertEquals(Optional.of("35 حادثا"), find(sentence, QuestionType.NUMBER, "كم حادثا لم تسجلها الشرطة في المدينة؟"));
        assertEquals(Optional.of("35"), english(sentence, "How many accidents did the police in the city not record?",
                List.of("شرطة", "مدينة", "سجل"), List.of("حادث")));
        assertEquals(Optional.of("35"), english(sentence, "How many accidents didn't the police record?",
                List.of("شرطة", "سجل"), List.of("حادث")));
        assertEquals(Optional.of("120 حادثا"), find(sentence, QuestionType.NUMBER, "كم حادثا سجلت الشرطة في المدينة؟"),
                "a question without a negation is not steered to the negated clause");
    }

    @Test
    void aQuestionWordStandsNearAFigureInAnotherFormOfTheSameNoun() {
        String question = "ما هي درجة حرارة المكثف التقريبية في المحرك؟";
        // The plural درجات is the question's درجة, as the ties to the asked noun already read it: the
        // condenser's temperature, not the inlet's, which stands beside the singular and the engine.
        assertEquals(Optional.of("30 °C"), find("في المحرك تكون درجة حرارة مدخل المحرك عادة 500 °C (حد تحمل الفولاذ)"
                + " ودرجات حرارة المكثف حوالي 30 °C.", QuestionType.NUMBER, question));
    }

    @Test
    void aNewsSynonymOfAQuestionWordIsNoClueToWhereItsFigureStands() {
        // شهيداً and الضحايا share the dead's synonym group: beside 89 they would make it the answer
        // to "How many of the dead were children?", whose figure counts the children.
        String sentence = "ارتفع عدد الضحايا إلى 89 شهيداً، بينهم 5 أطفال.";
        ArabicTextNormalizer.Folded folded = ArabicTextNormalizer.foldWithOffsets(sentence);
        int at = sentence.indexOf("89");
        Span dead = new Span(at, at + 2, "89");
        List<SpanCloseness.Token> tokens = SpanCloseness.tokens(folded);
        assertEquals(0, SpanCloseness.closeness(sentence, dead, tokens,
                SpanCloseness.FocusHits.of(tokens, List.of("قتيل")), List.of(), List.of(dead)));
        assertTrue(SpanCloseness.closeness(sentence, dead, tokens, SpanCloseness.FocusHits.of(tokens, List.of("طفل")),
                List.of(), List.of(dead)) > 0, "a question word the sentence holds in the plural (أطفال) is still found");
    }

    @Test
    void aFocusWordIsFoundOnceAtEveryTokenOfItsForms() {
        // Every span of a sentence is weighed against the same hits, found once: the plural and the
        // word with the article, each where it stands; a word too short to probe for is left out.
        List<SpanCloseness.Token> tokens = SpanCloseness.tokens(
                ArabicTextNormalizer.foldWithOffsets("قتل طفل في الحي، وأصيب 5 أطفال."));
        SpanCloseness.FocusHits hits = SpanCloseness.FocusHits.of(tokens, List.of("طفل", "طفل", "في"));
        assertEquals(1, hits.words().size());
        assertArrayEquals(new int[] {1, 6}, hits.words().get(0).at());
    }

    @Test
    void theDualOfTheCountedNounWinsOverTheDualOfItsAdjective() {
        // مختلفين agrees with فريقين; read as the question's المختلفة, it stood nearer the other words.
        assertEquals(Optional.of("فريقين"), find("قاد اللاعب فريقين مختلفين إلى النهائي.", QuestionType.NUMBER,
                "كم عدد الفرق المختلفة التي قادها اللاعب إلى النهائي؟"));
    }

    @Test
    void aPointOrCommaInsideAFigureEndsNoClause() {
        String sentence = "بلغ 6.9 مليار، ثم 17,786,419 نسمة.";
        assertFalse(SpanCloseness.endsClause(sentence, sentence.indexOf('.')));
        assertFalse(SpanCloseness.endsClause(sentence, sentence.indexOf(',')));
        assertTrue(SpanCloseness.endsClause(sentence, sentence.indexOf('،')));
        assertTrue(SpanCloseness.endsClause(sentence, sentence.length() - 1));
    }

    @Test
    void aUnitOfMeasureOrTallyIsLeftOutAfterAFigureButKeptAfterANumberWord() {
        assertEquals(Optional.of("308"), find("لم يتخل الفريق سوى عن 308 نقطة، ليحتل المركز السادس.",
                QuestionType.NUMBER, "كم نقطة تخلى عنها دفاع الفريق؟"));
        assertEquals(Optional.of("100-150"), find("وقد تم التعريف فقط 100-150 نوعا من المشطيات.", QuestionType.NUMBER,
                "كم نوعا من المشطيات تم تعريفها؟"));
        assertEquals(Optional.of("8.8"), find("ويستهلك حوالي 8.8 رطل من البخار لكل ساعة.", QuestionType.NUMBER,
                "كم رطل من البخار يستهلك المحرك؟"));
        // A number word agrees with its noun and reads cut short without it.
        assertEquals(Optional.of("ثلاثة أنواع"), find("ثم وجدت ثلاثة أنواع أخرى في الصخور.", QuestionType.NUMBER,
                "كم نوعا وجد في الصخور؟"));
        // A noun that names the things counted stays with the figure.
        assertEquals(Optional.of("31 امرأة"), find("وكان بين الضحايا 31 امرأة و5 أطفال.", QuestionType.NUMBER,
                "كم امرأة بين الضحايا؟"));
    }

    @Test
    void aTimeAgoAnswersWhenAndItsLengthStillCounts() {
        String sentence = "ثم وجدت ثلاثة أنواع أخرى في الصخور منذ حوالي 505 مليون سنة خلت.";
        assertEquals(Optional.of("505 مليون سنة خلت"), find(sentence, QuestionType.DATE, "متى وجدت الأنواع؟"));
        assertEquals(Optional.of("505 مليون سنة"), find(sentence, QuestionType.NUMBER, "كم سنة مضت على الأنواع؟"));
    }

    @Test
    void aPopulationKeepsTheNounItIsCountedIn() {
        assertEquals(Optional.of("128 مليون نسمة"), find("يبلغ عدد سكان اليابان 128 مليون نسمة.", QuestionType.NUMBER,
                "كم يبلغ عدد سكان اليابان؟"));
        assertEquals(Optional.of("خمسة ملايين نسمة"), find("يتجاوز عدد السكان فيهما خمسة ملايين نسمة، وهما مدينتان.",
                QuestionType.NUMBER, "ما الرقم الذي يتجاوزه عدد السكان؟"));
        // Another noun after the figure stays out when the question does not count it.
        assertEquals(Optional.of("158349"), find("توجد 158349 عائلة في المقاطعة.", QuestionType.NUMBER,
                "ما عدد الأسر في المقاطعة؟"));
    }

    @Test
    void aHowLongQuestionIsAnsweredByThePeriodTwoYearsBoundWhenNoLengthOfTimeIsGiven() {
        String sentence = "كان المسرح الصيفي قيد العمل من 1870 إلى 1939، وضم 3 قاعات.";
        assertEquals(Optional.of("1870 إلى 1939"), find(sentence, QuestionType.NUMBER, "كم دام المسرح الصيفي؟"));
        assertEquals(Optional.of("1870 إلى 1939"),
                find(sentence, QuestionType.NUMBER, "How long was the Summer Theatre in operation?"));
        // A length of time the sentence gives still answers first.
        assertEquals(Optional.of("ست سنوات"),
                find("استمرت الحرب ست سنوات من 1939 إلى 1945.", QuestionType.NUMBER, "كم استمرت الحرب؟"));
        // Not a question about a count.
        assertEquals(Optional.of("3 قاعات"), find(sentence, QuestionType.NUMBER, "كم قاعة ضم المسرح الصيفي؟"));
    }

    @Test
    void aYearQuestionIsAnsweredByADateThatHoldsAYear() {
        String war = "حرب أكتوبر \"حرب العاشر من رمضان\" كما تعرف في مصر، هي حرب شنتها مصر وسوريا على إسرائيل عام 1973.";
        assertEquals(Optional.of("1973"), find(war, QuestionType.DATE, "ما هو عام حرب أكتوبر؟"));
    }

    @Test
    void aFigureTheQuestionStatesIsNoAnswerWithItsUnitEither() {
        assertEquals(Optional.of("30"), find("من الأطفال دون سن 18 سنة أصيب 30 طفلاً في الهجوم.", QuestionType.NUMBER,
                "How many children under 18 were wounded?"));
        // Only the whole figure counts: 180, 118, 18.5 and 2.18 do not hold 18.
        assertTrue(NumberChoice.holdsFigure("children under 18 were", "18"));
        assertTrue(NumberChoice.holdsFigure("between 18, 19", "18"));
        for (String other : List.of("under 180", "under 118", "under 18.5", "under 2.18", "under 1,18")) {
            assertFalse(NumberChoice.holdsFigure(other, "18"), other);
        }
        // A date keeps its day though the question counts with the same figure.
        assertEquals(Optional.of("12 تموز"), find("قتل 12 شخصاً في الهجوم الذي وقع في 12 تموز.", QuestionType.DATE,
                "متى وقع الهجوم الذي قتل 12 شخصاً؟"));
    }

    @Test
    void aNumberTheQuestionWritesInRomanNumeralsIsNotTheAnswer() {
        String sentence = "قاد جون إلواي البرونكوس للفوز في السوبر بول 33 في عمر 38.";
        assertEquals(Optional.of("38"),
                find(sentence, QuestionType.NUMBER, "How old was John Elway when he played in Super Bowl XXXIII?"));
        // Letters that make no Roman numeral (LC of LC-34) name no number.
        assertEquals(Optional.of("34"),
                find("أجري الاختبار على منصة الإطلاق LC-34.", QuestionType.NUMBER, "What number had the LC pad?"));
    }

    @Test
    void aLifesFirstDateAnswersABirthAndItsSecondADeath() {
        String life = "ابن خلدون هو عبد الرحمن بن محمد الحضرمي (1332 - 1406م)، ولد في تونس وشب فيها.";
        assertEquals(Optional.of("1332"), find(life, QuestionType.DATE, "متى ولد ابن خلدون؟"));
        assertEquals(Optional.of("1406م"), find(life, QuestionType.DATE, "متى توفي ابن خلدون؟"));
        String einstein = "ألبرت أينشتاين (14 مارس 1879 – 18 أبريل 1955) عالم فيزياء ألماني المولد.";
        assertEquals(Optional.of("1955"), find(einstein, QuestionType.DATE, "في أي عام توفي ألبرت أينشتاين؟"));
        assertEquals(Optional.of("1879"), find(einstein, QuestionType.DATE, "في أي عام ولد ألبرت أينشتاين؟"));
        assertEquals(Optional.of("١٩٣١"), find("توماس أديسون (١٨٤٧-١٩٣١)، مخترع أمريكي.", QuestionType.DATE,
                "When did Thomas Edison die?"));
    }

    @Test
    void aBirthsDateAnswersOnlyABirthQuestion() {
        String emigrated = "هاجر صبيًا مع عائلته إلى الولايات المتحدة، ولد في 6 يناير 1883 في بلدة بشري.";
        assertEquals(Optional.of("6 يناير 1883"), find(emigrated, QuestionType.DATE, "متى ولد جبران؟"));
        assertEquals(Optional.of("6 يناير 1883"), find(emigrated, QuestionType.DATE, "ما تاريخ ميلاده؟"));
        assertEquals(Optional.empty(), find(emigrated, QuestionType.DATE, "متى هاجر جبران إلى الولايات المتحدة؟"));
        assertFalse(holds(emigrated, QuestionType.DATE, "متى هاجر جبران إلى الولايات المتحدة؟"));
        String president = "بشار الأسد (مواليد 11 سبتمبر 1965) استلم الرئاسة في عام 2000 بعد وفاة أبيه.";
        assertEquals(Optional.of("عام 2000"), find(president, QuestionType.DATE, "متى استلم بشار الرئاسة؟"));
        // A death's date is no birth's, and answers any other question: a death is asked in many words.
        String died = "ولد في تونس، وتوفي في 17 مارس 1406 في القاهرة.";
        assertEquals(Optional.empty(), find(died, QuestionType.DATE, "متى ولد ابن خلدون؟"));
        assertEquals(Optional.of("17 مارس 1406"), find(died, QuestionType.DATE, "متى رحل ابن خلدون؟"));
    }

    @Test
    void aDatesBirthWordIsReadOffItsOwnSentence() {
        // Both dates start at the same place of their sentence; what is kept of one is not the other's.
        String born = "ولد في 6 يناير 1883 في بلدة بشري.";
        String returned = "عاد في 6 يناير 1883 إلى بلدة بشري.";
        for (int round = 0; round < 2; round++) {
            assertEquals(Optional.empty(), find(born, QuestionType.DATE, "متى عاد جبران إلى بشري؟"));
            assertEquals(Optional.of("6 يناير 1883"), find(returned, QuestionType.DATE, "متى عاد جبران إلى بشري؟"));
            assertEquals(Optional.of("6 يناير 1883"), find(born, QuestionType.DATE, "متى ولد جبران؟"));
        }
    }

    @Test
    void aDateThatOpensItsClauseDatesTheWordsAfterIt() {
        String fronted = "وفي عام 1990 وبعد سنوات فاز الفريق بالكأس، وقد خسر الفريق النهائي عام 1995.";
        assertEquals(Optional.of("عام 1990"), find(fronted, QuestionType.DATE, "متى فاز الفريق بالكأس؟"));
        // Within a clause the event stands before its date: 1995 is the final's, not the cup's.
        String after = "فاز الفريق بالكأس عام 1990 بعد سنوات من المحاولة، وفي عام 1995 خسر الفريق النهائي.";
        assertEquals(Optional.of("عام 1990"), find(after, QuestionType.DATE, "متى فاز الفريق بالكأس؟"));
        assertEquals(Optional.of("عام 1995"), find(after, QuestionType.DATE, "متى خسر الفريق النهائي؟"));
    }

    @Test
    void aQuestionNamingACalendarGetsTheDateInIt() {
        String both = "ولما تم للفاطميين فتح مصر سنة 358هـ الموافقة لسنة 969م، أسسوا مدينة القاهرة.";
        assertEquals(Optional.of("358هـ"), find(both, QuestionType.DATE, "في اي سنة هجرية تم فتح مصر؟"));
        assertEquals(Optional.of("969م"), find(both, QuestionType.DATE, "في أي سنة ميلادية تم فتح مصر؟"));
        assertEquals(Optional.of("٣٥٨هـ"), find("فتحت مصر سنة ٣٥٨هـ الموافقة لسنة ٩٦٩م.", QuestionType.DATE,
                "في أي عام هجري فتحت مصر؟"));
    }

    @Test
    void aFigureTheWhenQuestionGivesMarksTheClauseOfItsDate() {
        String sentence = "وصل تعداد سكان العالم نهاية 2009 إلى نحو 6.9 مليار نسمة، وتشير تقديرات مكتب التعداد أن عدد "
                + "سكان العالم تجاوز 7 مليار في 12 مارس عام 2012.";
        assertEquals(Optional.of("2012"), find(sentence, QuestionType.DATE, "في أي عام تجاوز عدد سكان العالم 7 مليار؟"));
        assertEquals(Optional.of("12 مارس عام 2012"),
                find(sentence, QuestionType.DATE, "When did the world population pass 7 billion?"));
    }

    @Test
    void aYearTheQuestionHoldsIsNoAnswerWithItsYearWord() {
        assertEquals(Optional.of("2010"), find("كان جفاف سنة 2005 أخف من الجفاف الذي شهدته الغابة في سنة 2010.",
                QuestionType.DATE, "In what year was the drought more extreme than in 2005?"));
    }

    @Test
    void aQuestionForTheYearOfADateGetsTheYearOnly() {
        assertEquals(Optional.of("1943"), find("توفي في 7 يناير 1943 في نيويورك.", QuestionType.DATE, "في أي سنة توفي؟"));
        assertEquals(Optional.of("7 يناير 1943"), find("توفي في 7 يناير 1943 في نيويورك.", QuestionType.DATE, "متى توفي؟"));
    }

    @Test
    void theQuestionsTypeNounInsideACandidateIsNoClue() {
        // "عام" of "في أي عام" stands right before 1990, yet the song's words surround 1971.
        String sentence = "أعيد غناء أغنيتهم الشهيرة \"فوغ أون ذا تاين\" (1971) من قبل بول غاسكوين في عام 1990 في لندن.";
        assertEquals(Optional.of("1971"), find(sentence, QuestionType.DATE, "في أي عام صدرت أغنية \"فوغ أون ذا تاين\"؟"));
    }

    @Test
    void theSpanMostQuestionWordsStandNearWinsOverOneBesideASingleWord() {
        // Both numbers count استحواذ; the player the question names stands near 136 only.
        String sentence = "وكان جاريد ألين متصدر اللاعبين النشطين في الاستحواذ مع 136 استحواذاً، إلى جانب كوني إيلي، "
                + "الذي حصل على 5 استحواذات في 9 بدايات فقط.";
        assertEquals(Optional.of("136"), find(sentence, QuestionType.NUMBER, "كم عدد الاستحواذات التي قام بها جاريد ألين؟"));
        assertEquals(Optional.of("5"), find(sentence, QuestionType.NUMBER, "كم عدد الاستحواذات التي حصل عليها كوني إيلي؟"));
    }

    @Test
    void theDateAfterTheQuestionsVerbWinsOverTheOneAfterItsSubject() {
        String sentence = "الحرب العالمية الثانية هي حرب دولية بدأت في الأول من سبتمبر من عام 1939 في أوروبا "
                + "وانتهت في الثاني من سبتمبر عام 1945، شاركت فيه الغالبية العظمى من دول العالم.";
        assertEquals(Optional.of("الثاني من سبتمبر عام 1945"),
                find(sentence, QuestionType.DATE, "متى انتهت الحرب العالمية الثانية؟"));
        assertEquals(Optional.of("الأول من سبتمبر من عام 1939"),
                find(sentence, QuestionType.DATE, "متى بدأت الحرب العالمية الثانية؟"));
    }

    @Test
    void aRangeAndAClockTimeAreOneFigure() {
        assertEquals(Optional.of("100-150"), find("تم وصف 100-150 من الأنواع.", QuestionType.NUMBER, "ما عدد الأنواع الموصوفة؟"));
        assertEquals(Optional.of("3:08"), find("بقي 3:08 على نهاية المباراة.", QuestionType.NUMBER, "كم من الوقت بقي؟"));
    }

    @Test
    void aQuestionAboutAShareIsAnsweredByAPercentage() {
        String sentence = "بلغ عدد السكان 711.988 نسمة، منهم 2,8٪ من البروتستانت.";
        assertEquals(Optional.of("2,8٪"), find(sentence, QuestionType.NUMBER, "كم كانت النسبة المئوية للبروتستانت؟"));
        // A share written in words is a share too.
        assertEquals(Optional.of("12 في المائة"), find("بلغ عدد السكان 711 ألفاً، منهم 12 في المائة من البروتستانت.",
                QuestionType.NUMBER, "ما النسبة المئوية للبروتستانت؟"));
        assertEquals(Optional.of("2,8٪"), find(sentence, QuestionType.NUMBER, "What percentage of the population was Protestant?"));
        // The converse does not hold: a quantity may be given as a share.
        assertEquals(Optional.of("10%"),
                find("تختزن الغابة 10% من الكربون في العالم، أي 1.1 طن.", QuestionType.NUMBER, "ما كمية الكربون المختزنة في الغابة؟"));
        // A share in brackets right after a figure is that figure's share: the count is the figure.
        String families = "وكانت منها 68511 (43.8%) لديها أطفال.";
        assertEquals(Optional.of("68511"), find(families, QuestionType.NUMBER, "كم عدد العائلات التي لديها أطفال؟"));
        assertEquals(Optional.of("43.8%"), find(families, QuestionType.NUMBER, "ما نسبة العائلات التي لديها أطفال؟"));
        assertEquals(Optional.of("٦٨٥١١"), find("منها ٦٨٥١١ (٤٣٫٨٪) لديها أطفال.", QuestionType.NUMBER,
                "كم عدد العائلات التي لديها أطفال؟"));
    }

    @Test
    void aQuestionNamingTheUnitGetsTheFigureWithoutIt() {
        assertEquals(Optional.of("646"), find("قطع القطار 646 ميلاً في يوم واحد.", QuestionType.NUMBER, "كم ميلاً قطع القطار في يوم؟"));
        assertEquals(Optional.of("587,000"),
                find("بلغت المساحة 587,000 كيلومتر مربع.", QuestionType.NUMBER, "كم كيلومتراً مربعاً بلغت المساحة؟"));
        // Another unit, or none asked: the unit stays.
        assertEquals(Optional.of("5 كم"), find("يبعد الشاطئ 5 كم عن الفندق.", QuestionType.NUMBER, "كم متراً يبعد الشاطئ عن الفندق؟"));
        assertEquals(Optional.of("646 ميلاً"), find("قطع القطار 646 ميلاً في يوم واحد.", QuestionType.NUMBER, "ما المسافة التي قطعها القطار في يوم؟"));
    }

    @Test
    void anEnglishHowManyQuestionNamingItsUnitIsRenderedAsTheFigureWithoutIt() {
        // A length of time is found with its unit; "how many seconds" names the unit and asks the figure, which the
        // English rendering gives while the span keeps the unit the article writes.
        String sentence = "اعترض الفريق تمريرة مع 17 ثانية بقيت من الوقت.";
        List<String> focus = List.of("اعترض", "تمريرة", "فريق");
        List<String> seconds = Lexicon.builtin().lookup("seconds");
        String howMany = "How many seconds were left when the team intercepted the pass?";
        assertEquals(Optional.of("17 ثانية"), englishSpan(sentence, howMany, focus, seconds));
        assertEquals(Optional.of("17"), english(sentence, howMany, focus, seconds));
        // Asked without the unit, or in another unit, the rendering keeps it too.
        assertEquals(Optional.of("17 ثانية"), english(sentence,
                "How much time was left when the team intercepted the pass?", focus, List.of()));
        assertEquals(Optional.of("17 ثانية"), english(sentence,
                "How many minutes were left when the team intercepted the pass?", focus,
                Lexicon.builtin().lookup("minutes")));
        // A bound before the figure stays with it.
        String children = "قتل في الهجوم أكثر من 5 أطفال بحسب الوزارة.";
        List<String> counted = Lexicon.builtin().lookup("children");
        String killed = "How many children were killed in the attack?";
        assertEquals(Optional.of("أكثر من 5 أطفال"), englishSpan(children, killed, List.of("قتل", "هجوم"), counted));
        assertEquals(Optional.of("أكثر من 5"), english(children, killed, List.of("قتل", "هجوم"), counted));
        // A number word stays bare: its rendering is a figure in digits, which no gold of the word matches.
        String deal = "ويدعو الاتفاق المكون من ثلاث مراحل إلى إجراء مفاوضات.";
        String stages = "How many stages is the deal made of?";
        assertEquals(Optional.of("ثلاث"), englishSpan(deal, stages, List.of("اتفاق"), List.of("مرحلة")));
        // An Arabic question's counted noun is kept with its figure (ARCD: "كم سنة" → "7000 سنة").
        assertEquals(Optional.of("17 ثانية"),
                find(sentence, QuestionType.NUMBER, "كم ثانية بقيت عندما اعترض الفريق التمريرة؟"));
    }

    @Test
    void theWholeAShareQuestionNamesAfterTotalTiesNoShare() {
        String sentence = "وتصل نسبة العرب من 75% إلى 80% من الشعب، والأكراد إلى 15% من الشعب، وغالبية السكان مسلمون "
                + "وتصل نسبتهم إلى 95% من السكان.";
        // Without إجمالي the population is what the question asks the share of: 95% of it.
        Map.of("إلى كم تصل نسبة الأكراد من إجمالي سكان البلاد؟", "15%", "ما نسبة المسلمين من السكان؟", "95%")
                .forEach((question, share) -> assertEquals(Optional.of(share),
                        find(sentence, QuestionType.NUMBER, question), question));
    }

    @Test
    void aUnitInsideTheSpanTiesItsFigureToTheUnitTheQuestionCounts() {
        String sentence = "تبلغ المسافة 300 كيلومتر، أي 190 ميلاً.";
        assertEquals(Optional.of("190"), find(sentence, QuestionType.NUMBER, "كم ميلاً تبلغ المسافة؟"));
        assertEquals(Optional.of("300"), find(sentence, QuestionType.NUMBER, "كم كيلومتراً تبلغ المسافة؟"));
    }

    @Test
    void aBoundBeforeTheFigureStaysWithItButAnApproximationDoesNot() {
        assertEquals(Optional.of("أكثر من 70,000"),
                find("تضم المكتبة أكثر من 70,000 عمل فني.", QuestionType.NUMBER, "كم عدد الأعمال في المكتبة؟"));
        assertEquals(Optional.of("أقل من 4%"),
                find("تشكل الأراضي الزراعية أقل من 4% من المساحة.", QuestionType.NUMBER, "ما نسبة الأراضي الزراعية؟"));
        assertEquals(Optional.of("5,100"),
                find("تضم المدينة حوالي 5,100 مبنى.", QuestionType.NUMBER, "كم عدد المباني في المدينة؟"));
    }

    @Test
    void anEnglishQuestionTiesTheNumberThroughItsArabicTranslations() {
        String sentence = "أسفر الهجوم عن 89 قتيلاً و277 جريحاً.";
        String question = "How many were wounded in the attack?";
        assertEquals(Optional.of("277"), ShortAnswerFinder.find(sentence, QuestionType.NUMBER, question, question, List.of("جرح", "مصاب"),
                List.of())
                .map(s -> sentence.substring(s.start(), s.end())));
        assertEquals(Optional.of("89"), find(sentence, QuestionType.NUMBER, question));
    }

    @Test
    void anIdentityQuestionIsNotAnsweredByAnotherCountrysTitleHolder() {
        String sentence = "التقى وزير الخارجية الإيراني عباس عراقجي الرئيس السوري بشار الأسد في دمشق.";
        assertEquals(Optional.of("بشار الأسد"), find(sentence, QuestionType.PERSON, "من هو رئيس سوريا؟"));
        assertEquals(Optional.empty(), find(sentence, QuestionType.PERSON, "من هو رئيس روسيا؟"));
        assertEquals(Optional.of("عباس عراقجي"), ShortAnswerFinder.find(sentence, QuestionType.PERSON,
                "Who is Iran's foreign minister?", "Who is Iran's foreign minister?", List.of("اير", "وزير", "خارج"), List.of()).map(s -> sentence.substring(s.start(), s.end())));
        String lavrov = "في حين شدد وزير الخارجية الروسي سيرغي لافروف على أنه";
        assertEquals(Optional.empty(), ShortAnswerFinder.find(lavrov, QuestionType.PERSON, "Who is Iran's foreign minister?",
                "Who is Iran's foreign minister?", List.of("اير", "وزير", "خارج"), List.of()));
    }

    @Test
    void whatBalCorrectsAfterANegationIsTheAnswer() {
        String planes = "وتابع المسؤول الإيراني، أن \"هذه الطائرات لم تغادر يوم أمس الاثنين، بل يوم الخميس الماضي وفقا لخطة العمليات\".";
        assertEquals(Optional.of("يوم الخميس الماضي"), find(planes, QuestionType.DATE, "متى غادرت الطائرات القاعدة؟"));
        String plain = "غادرت الطائرات يوم أمس الاثنين، بل وعادت يوم الخميس الماضي.";
        assertEquals(Optional.of("أمس الاثنين"), find(plain, QuestionType.DATE, "متى غادرت الطائرات؟"));
    }

    @Test
    void aWhereQuestionFallsBackToAPlaceTheLexiconKnows() {
        String met = "التقى وزير الخارجية الإيراني عباس عراقجي الرئيس السوري بشار الأسد في دمشق في الأول من ديسمبر/كانون الأول.";
        assertEquals(Optional.of("دمشق"), find(met, QuestionType.PLACE, "أين التقى عراقجي بالأسد؟"));
        assertEquals(Optional.empty(), find(met, QuestionType.PLACE, "أين في دمشق التقى عراقجي بالأسد؟"));
        String visit = "وقال إن عراقجي سيزور أيضا العاصمة التركية أنقرة بعد زيارته لدمشق.";
        assertEquals(Optional.of("أنقرة"), find(visit, QuestionType.PLACE, "وين رح يروح عراقجي بعدها؟"));
    }

    @Test
    void aWhereQuestionThatNamesASideIsAnsweredByThePlaceOnThatSide() {
        String lebanon = "تحدها سوريا من الشمال والشرق، وفلسطين المحتلة - إسرائيل من الجنوب.";
        TypedQuestion north = typed("ماهي الدولة التي تحُد سوريا شمالاً؟", QuestionType.PLACE);
        assertFalse(ShortAnswerFinder.holdsAnswer(lebanon, north));
        assertTrue(holds(lebanon, QuestionType.PLACE, "ما هي الدولة التي تحد لبنان من الجنوب؟"));
        String syria = "يحدها شمالاً تركيا، وشرقًا العراق، وجنوبًا الأردن.";
        assertEquals(Optional.of("العراق"), find(syria, QuestionType.PLACE, "ماهي الدولة التي تحد سوريا شرقاً؟"));
        assertTrue(ShortAnswerFinder.holdsAnswer(syria, north));
        assertTrue(holds("تقع الدولة في الشرق الأوسط، وعاصمتها مدينة دمشق.", QuestionType.PLACE,
                "ما هي عاصمة الدولة الواقعة شمال الأردن؟"));
    }

    @Test
    void aBorderListThatNamesTheAskedCountryListsAnotherCountrysNeighbours() {
        String saudi = "يحدها من الشمال العراق والأردن وتحدها الكويت من الشمال الشرقي، ومن الجنوب تحدها اليمن.";
        String question = "ما الدولة التي تحد العراق من الشمال؟";
        assertFalse(holds(saudi, QuestionType.PLACE, question));
        assertTrue(holds(saudi, QuestionType.PLACE, "ما الدولة التي تحد السعودية من الشمال؟"));
        String iraq = "يحده من الجنوب الكويت والمملكة العربية السعودية، ومن الشمال تركيا، ومن الغرب سوريا والأردن.";
        assertEquals(Optional.of("تركيا"), find(iraq, QuestionType.PLACE, question));
        String capital = "يحدها من الشمال العراق والأردن، وعاصمتها مدينة الرياض.";
        assertEquals(Optional.of("الرياض"),
                find(capital, QuestionType.PLACE, "ما عاصمة الدولة التي تحد العراق من الجنوب؟"));
    }

    @Test
    void placesInThePluralGetNoOnePlace() {
        String truce = "تخضع منطقة إدلب في شمال غرب سوريا لوقف إطلاق النار بوساطة تركيا وروسيا.";
        assertEquals(Optional.empty(), find(truce, QuestionType.PLACE, "Which countries mediated the Idlib truce?"));
        assertEquals(Optional.empty(), find(truce, QuestionType.PLACE, "ما الدول التي توسطت في وقف إطلاق النار؟"));
        assertEquals(Optional.of("شمال غرب سوريا"), find(truce, QuestionType.PLACE, "أين تقع منطقة إدلب؟"));
    }

    /**
     * The sentence chooser's quick test agrees with a full search on every seed sentence and seeds-own
     * question, but for the lexicon's places a where-question's short answer falls back to, the names in quotes
     * after a title a who-question's falls back to, and for
     * places in the plural, whose sentence holds places though no one of them is the short answer.
     */
    @Test
    void holdsAnswerIsWhetherFindFindsASpan() throws IOException {
        List<String> sentences = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                String text = Files.readString(file);
                new SentenceSplitter().split(text, 0, text.length())
                        .forEach(span -> sentences.add(text.substring(span.start(), span.end())));
            }
        }
        int found = 0;
        int checked = 0;
        for (String question : seedsOwnQuestions()) {
            for (QuestionType type : List.of(QuestionAnalyzer.analyze(question).type(), QuestionType.DATE,
                    QuestionType.NUMBER, QuestionType.PERSON, QuestionType.PLACE)) {
                for (String sentence : sentences) {
                    Optional<Span> span = ShortAnswerFinder.find(sentence, type, question);
                    boolean full = span.isPresent();
                    boolean holds = ShortAnswerFinder.holdsAnswer(sentence, typed(question, type));
                    if (full && !holds) {
                        List<Span> fallback = type == QuestionType.PERSON ? PersonSpans.quotedAfterTitle(sentence)
                                : SpanFinder.knownPlaces(sentence);
                        assertTrue(type == QuestionType.PLACE || type == QuestionType.PERSON,
                                sentence + " / " + question);
                        assertTrue(fallback.contains(span.get()), sentence + " / " + question);
                    } else if (!full && holds && type == QuestionType.PLACE) {
                        assertTrue(QuestionAnalyzer.asksSeveralPlaces(QuestionAnalyzer.analyze(question)),
                                sentence + " / " + question);
                    } else {
                        assertEquals(full, holds, sentence + " / " + question);
                    }
                    found += full ? 1 : 0;
                    checked++;
                }
            }
        }
        assertTrue(found > 1000 && found < checked, found + " of " + checked);
    }

    private static List<String> seedsOwnQuestions() throws IOException {
        try (Stream<String> lines = Files.lines(Path.of("src/test/resources/eval/seeds-own.jsonl"))) {
            return lines.filter(l -> !l.isBlank())
                    .map(l -> l.replaceAll(".*\"question\": *\"([^\"]*)\".*", "$1")).toList();
        }
    }

    @Test
    void theDayAndYearOfACalendarDateAreNoCountButAYearLikeFigureIs() {
        String dateOnly = "بدأت المانغا في 18 يونيو عام 1994 في اليابان.";
        String question = "كم فيلماً بُني على السلسلة؟";
        assertEquals(Optional.empty(), find(dateOnly, QuestionType.NUMBER, question));
        assertFalse(holds(dateOnly, QuestionType.NUMBER, question));
        assertEquals(Optional.of("1388"), find("وكان هناك 1388 من الشراكات بين المثليين.", QuestionType.NUMBER,
                "كم عدد الشراكات بين المثليين؟"));
    }

    @Test
    void aHowLongQuestionIsAnsweredByADuration() {
        String sentence = "حاصر 300 جندي المدينة ثلاثة أيام.";
        assertEquals(Optional.of("ثلاثة أيام"), find(sentence, QuestionType.NUMBER, "كم من الوقت استغرق الحصار؟"));
        assertEquals(Optional.of("ثلاثة أيام"), find(sentence, QuestionType.NUMBER, "How long did the siege last?"));
        assertEquals(Optional.of("ثلاثة أيام"), find(sentence, QuestionType.NUMBER, "كم يوما استمر الحصار؟"));
        // Not a how-long question: the soldiers are counted.
        assertEquals(Optional.of("300 جندي"), find(sentence, QuestionType.NUMBER, "كم جنديا حاصر المدينة؟"));
    }

    @Test
    void theClockTimeAskedIsReadOffTheAnalysedWords() {
        assertTrue(asksClockTime("في أيّ ساعةٍ تعرضت القنصلية للهجوم؟"), "marks and ة folded by the analysis");
        assertTrue(asksClockTime("الساعة كم وصل الوزير؟"));
        assertTrue(asksClockTime("At What TIME was the consulate attacked?"), "lower-cased by the analysis");
        assertTrue(asksClockTime("What was the time on the clock when he scored?"));
        assertFalse(asksClockTime("كم ساعة استمر الحصار؟"), "how many hours: a length");
        assertFalse(asksClockTime("ما الساعات التي قضاها الوفد؟"));
        assertFalse(asksClockTime("What timed the attack?"));
    }

    private static boolean asksClockTime(String question) {
        return ShortAnswerFinder.asksClockTime(QuestionAnalyzer.analyze(question).words());
    }

    @Test
    void theYearAskedIsReadOffTheAnalysedWords() {
        assertTrue(asksYear("في أيّ عامٍ افتُتح الجسر؟"), "marks folded by the analysis");
        assertTrue(asksYear("ما هي السنة التي بُنيت فيها المكتبة؟"));
        assertTrue(asksYear("In WHAT Year was the bridge opened?"), "lower-cased by the analysis");
        assertFalse(asksYear("كم عاماً استمر البناء؟"), "how many years: a length");
        assertFalse(asksYear("When was the bridge opened?"));
    }

    private static boolean asksYear(String question) {
        return ShortAnswerFinder.asksYear(QuestionAnalyzer.analyze(question).words());
    }

    @Test
    void aMoroccanHowManyWithItsPartitiveAsksHowLongByItsUnit() {
        assertTrue(ShortAnswerFinder.asksDuration("الهدنة شحال ديال الايام غادي تدوم؟"));
        assertTrue(ShortAnswerFinder.asksDuration("كم من الأيام بقيت الطائرات؟"), "the Standard partitive too");
        assertFalse(ShortAnswerFinder.asksDuration("شحال ديال الدرونات ضربو الكلية؟"), "a count of no unit of time");
    }

    @Test
    void aLengthOfTimeIsAFigureWithItsUnitAPeriodOrAClockFigure() {
        assertTrue(ShortAnswerFinder.asksDuration("How long was the truce supposed to last?"));
        assertTrue(ShortAnswerFinder.asksDuration("how many days had they been based there"));
        assertTrue(ShortAnswerFinder.asksDuration("كم دامت فترة حكمه؟"));
        assertFalse(ShortAnswerFinder.asksDuration("كم جنديا حاصر المدينة؟"));
        // The unit after "of" with its article: the Standard من, the Maghrebi possessive ديال.
        assertTrue(ShortAnswerFinder.asksDuration("كم من الأيام استمر الحصار؟"));
        assertTrue(ShortAnswerFinder.asksDuration("الحصار شحال ديال الشهور غادي يدوم؟"));
        assertFalse(ShortAnswerFinder.asksDuration("شحال ديال الصواريخ طلقو؟"));
        assertTrue(ShortAnswerFinder.givesLength("36 ساعة"));
        assertTrue(ShortAnswerFinder.givesLength("خمس إلى عشر سنوات"));
        assertTrue(ShortAnswerFinder.givesLength("1870 إلى 1939"));
        assertTrue(ShortAnswerFinder.givesLength("3:08"));
        assertFalse(ShortAnswerFinder.givesLength("أكثر من 60"));
        assertFalse(ShortAnswerFinder.givesLength("27 نوفمبر"));
    }

    @Test
    void aTimeCountIsAFigureWithItsUnitOfDurationAlone() {
        assertTrue(ShortAnswerFinder.countsTime("36 ساعة"));
        assertTrue(ShortAnswerFinder.countsTime("ثلاث سنوات"));
        assertTrue(ShortAnswerFinder.countsTime("5 days"));
        // Two figures may read as a period's years and a clock figure as a time left: they count no time.
        assertTrue(ShortAnswerFinder.givesLength("120 و130"));
        assertFalse(ShortAnswerFinder.countsTime("120 و130"));
        assertFalse(ShortAnswerFinder.countsTime("711.988"));
        assertFalse(ShortAnswerFinder.countsTime("3:08"));
        assertFalse(ShortAnswerFinder.countsTime("300 جندي"));
    }

    @Test
    void aQuestionWordInTheClauseJoinedByWaAfterASpanIsNoClueForIt() {
        String sentence = "نشبت الحرب في 28 يوليو 1914 وانتهت في 11 نوفمبر 1918 بهزيمة ألمانيا.";
        assertEquals(Optional.of("11 نوفمبر 1918"), find(sentence, QuestionType.DATE, "متى انتهت الحرب؟"));
        assertEquals(Optional.of("28 يوليو 1914"), find(sentence, QuestionType.DATE, "متى نشبت الحرب؟"));
    }

    @Test
    void aCountedNounIsNotTiedToANumberAcrossAnotherFigure() {
        assertEquals(Optional.of("11"), find("هزم البرونكوس فريق بيتسبرغ 23–16 بتسجيله 11 نقطة في الدقائق الأخيرة.",
                QuestionType.NUMBER, "كم نقطة سجل البرونكوس أمام بيتسبرغ؟"));
    }

    @Test
    void aNameTheQuestionGivesIsNotItsAnswer() {
        String sentence = "التقى وزير الخارجية الإيراني عباس عراقجي الرئيس السوري بشار الأسد في دمشق.";
        assertEquals(Optional.of("بشار الأسد"), find(sentence, QuestionType.PERSON, "مع من التقى عراقجي في دمشق؟"));
        assertEquals(Optional.of("بشار الأسد"), ShortAnswerFinder.find(sentence, QuestionType.PERSON,
                "Whom did Araghchi meet in Damascus?", "Whom did Araghchi meet in Damascus?", List.of("عراقج", "التق", "دمشق"), List.of())
                .map(s -> sentence.substring(s.start(), s.end())));
        assertEquals(Optional.of("عباس عراقجي"), find(sentence, QuestionType.PERSON, "من التقى بالأسد في دمشق؟"));
        assertEquals(Optional.empty(), find("وقال إن عراقجي سيزور العاصمة التركية أنقرة بعد زيارته لدمشق.",
                QuestionType.PLACE, "أي مدينة سيزور عراقجي بعد أنقرة؟"));
    }

    @Test
    void anOfficeTheQuestionNamesIsNoNameOfIt() {
        String sentence = "وفي وقت سابق الجمعة، حمل الرئيس الإيراني، إبراهيم رئيسي، مسؤولية مجزرة حمص"
                + " لحماة الإرهابيين.";
        // رئيسي opens with the question's رئيس: a name the question gives would be no answer, an office is none.
        assertEquals(Optional.of("إبراهيم رئيسي"),
                find(sentence, QuestionType.PERSON, "منو الرئيس الايراني اللي اتهم الجهات الداعمة للارهاب؟"));
        assertEquals(Optional.empty(), find(sentence, QuestionType.PERSON, "على من ألقى رئيسي المسؤولية؟"));
        // An English question's translations are bare stems: "Raisi" translated رئيس still names him.
        assertEquals(Optional.empty(), ShortAnswerFinder.find(sentence, QuestionType.PERSON,
                "Who did Raisi hold responsible?", "Who did Raisi hold responsible?",
                List.of(ArabicTextNormalizer.normalize("رئيس")), List.of())
                .map(s -> sentence.substring(s.start(), s.end())));
    }

    @Test
    void theWhichNounsCountryAndTheTitleTheQuestionGivesChooseAmongThePersons() {
        String cable = "من جهته، أبرق رئيس البرلمان الإيراني، محمد باقر قاليباف، إلى نظيره السوري، حمودة صباغ، معزياً.";
        assertEquals(Optional.of("محمد باقر قاليباف"), find(cable, QuestionType.PERSON,
                "مين رئيس مجلس النواب بإيران يلي بعت تعزية لرئيس البرلمان السوري؟"));
        assertEquals(Optional.of("محمد باقر قاليباف"), find(cable, QuestionType.PERSON,
                "Which Iranian official sent a cable of condolence to the speaker of Syria's parliament?"));
        assertEquals(Optional.of("حمودة صباغ"), find(cable, QuestionType.PERSON,
                "To whom did the Iranian parliament speaker send condolences?"));
        String met = "التقى وزير الخارجية الإيراني عباس عراقجي الرئيس السوري بشار الأسد في دمشق.";
        assertEquals(Optional.of("بشار الأسد"), find(met, QuestionType.PERSON, "مين التقى وزير الخارجية الإيراني؟"));
        assertEquals(Optional.of("عباس عراقجي"),
                find(met, QuestionType.PERSON, "مين وزير الخارجية الإيراني اللي التقى الأسد؟"));
    }

    @Test
    void aNameInARelativeClauseOnAnotherNounIsNoAnswer() {
        String sentence = "أفادت وسائل إعلام إيرانية بأن كيومرث بور هاشمي، المعروف بلقب \"حاج هاشم\"، قد قُتل خلال الهجمات"
                + " التي شنها معارضو الرئيس السوري بشار الأسد في حلب.";
        assertEquals(Optional.of("كيومرث بور هاشمي"), find(sentence, QuestionType.PERSON, "من قتل في حلب؟"));
        // The clause is on the attacks the question asks about: its agent answers.
        assertEquals(Optional.of("بشار الأسد"), find(sentence, QuestionType.PERSON, "من شن الهجمات في حلب؟"));
        // An English question's translations: مات (died) stands inside الهجمات, but the clause is not on it.
        assertEquals(Optional.of("كيومرث بور هاشمي"), ShortAnswerFinder.find(sentence, QuestionType.PERSON,
                "Who was killed in Aleppo?", "Who was killed in Aleppo?", List.of("قتل", "مات", "حلب"), List.of())
                .map(s -> sentence.substring(s.start(), s.end())));
    }

    @Test
    void aKnownPlaceAfterAPrepositionIsGivenUnlessTheWhereQuestionNamesIt() {
        String met = "التقى وزير الخارجية الإيراني عباس عراقجي الرئيس السوري بشار الأسد في دمشق.";
        assertTrue(ShortAnswerFinder.givesKnownPlace(met,
                typed("وين اجتمع عراقجي ويا بشار الأسد؟", QuestionType.PLACE)));
        assertFalse(ShortAnswerFinder.givesKnownPlace(met,
                typed("أين في دمشق التقى عراقجي بالأسد؟", QuestionType.PLACE)), "the question's own place");
        assertFalse(ShortAnswerFinder.givesKnownPlace(met,
                typed("متى التقى عراقجي بالأسد؟", QuestionType.DATE)), "not a where-question");
        assertFalse(ShortAnswerFinder.givesKnownPlace("ناقش عراقجي والأسد العلاقات الثنائية.",
                typed("أين التقى عراقجي بالأسد؟", QuestionType.PLACE)));
    }
}
