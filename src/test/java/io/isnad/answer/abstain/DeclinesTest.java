package io.isnad.answer.abstain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.isnad.answer.AskedQuestion;
import io.isnad.answer.ShortAnswer;
import io.isnad.answer.followup.PreviousAnswer;
import io.isnad.answer.question.QuestionAnalyzer;
import io.isnad.answer.question.QuestionType;
import io.isnad.answer.shortanswer.ShortAnswerFinder;
import io.isnad.index.IndexAnalyzers;
import io.isnad.ingest.arabic.ArabicTextNormalizer;
import io.isnad.retrieve.EvidenceTerm;

class DeclinesTest {

    private static final IndexAnalyzers ANALYZERS = new IndexAnalyzers();
    /** {@code isnad.retrieve.translated-rescore-weight}'s default: an English question's scores are on its scale. */
    private static final double DEFAULT_RESCORE = 1.5;

    private static final String SPOKESMAN = "وقال المتحدث باسم وزارة الخارجية الإيرانية ";
    private static final String MONITOR = "سيطرت الجماعة على المدينة بأكملها، وفقًا لمعلومات من ";
    /** Russia's foreign minister, by office and nationality. */
    private static final String LAVROV = "في حين شدد وزير الخارجية الروسي سيرغي لافروف على أنه لا أساس لاتهام روسيا "
            + "بخرق القرار الدولي 2231.";
    private static final String CALL =
            "أجرى وزير الخارجية الإيراني، حسين أمير عبد اللهيان، اتصالاً هاتفياً بنظيره السوري، فيصل المقداد.";

    @Test
    void aWhoQuestionAnsweredWithTheSourceOfTheReportIsDeclined() {
        assertTrue(ReportDeclines.answersWithSource(arabic("من التقى عراقجي في أنقرة؟"), List.of(), SPOKESMAN));
        assertTrue(ReportDeclines.answersWithSource(arabic("مين بيسيطر على باقي أحياء المدينة؟"), List.of(), MONITOR));
        // An English question is read by its Arabic translations: "meet" asks no words.
        assertTrue(ReportDeclines.answersWithSource(english("Who did Araghchi meet in Ankara?"), List.of("التقى", "لقاء"),
                SPOKESMAN));
    }

    @Test
    void theSourceAnswersAQuestionAboutWordsOrAnOffice() {
        assertFalse(ReportDeclines.answersWithSource(arabic("من قال إن عراقجي سيزور أنقرة؟"), List.of(), SPOKESMAN));
        assertFalse(ReportDeclines.answersWithSource(arabic("من اتهم تركيا بدعم الهجوم؟"), List.of(), SPOKESMAN));
        assertFalse(ReportDeclines.answersWithSource(arabic("بحسب من سيطرت الجماعة على المدينة؟"), List.of(), MONITOR));
        assertFalse(ReportDeclines.answersWithSource(english("Who said Araghchi would visit Ankara?"), List.of("قال", "صرح"),
                SPOKESMAN));
        assertFalse(ReportDeclines.answersWithSource(arabic("من هو المتحدث باسم وزارة الخارجية الإيرانية؟"), List.of(),
                SPOKESMAN));
        assertFalse(ReportDeclines.answersWithSource(english("Who is the Iranian foreign ministry's spokesman?"),
                List.of("متحدث"), SPOKESMAN));
    }

    @Test
    void aNameNotAttributedToIsNoSource() {
        AskedQuestion met = arabic("من التقى عراقجي في أنقرة؟");
        // After إنّ the name is the reported clause's subject; without a reporting verb it is no source.
        assertFalse(ReportDeclines.answersWithSource(met, List.of(), "وقال المتحدث إن وزير الخارجية "));
        assertFalse(ReportDeclines.answersWithSource(met, List.of(), "والتقى عراقجي في أنقرة الرئيس "));
        // A clause ended by a comma before the name leaves the verb behind it.
        assertTrue(ReportDeclines.answersWithSource(met, List.of(), "قال المتحدث وبعد ذلك وصل الوزير "));
        assertFalse(ReportDeclines.answersWithSource(met, List.of(), "قال المتحدث، وبعد ذلك وصل الوزير "));
        // Nor is a who-question's answer read for another type.
        assertFalse(ReportDeclines.answersWithSource(arabic("أين التقى عراقجي الرئيس؟"), List.of(), SPOKESMAN));
    }

    @Test
    void aPersonDoesNotAnswerAQuestionAskingForABody() {
        ShortAnswer raisi = new ShortAnswer("إبراهيم رئيسي", "a.txt", 0, 13, "Ebrahim Raisi");
        assertTrue(OfficeDeclines.personForABody(english("Which group claimed responsibility for the attack?"), raisi));
        assertTrue(OfficeDeclines.personForABody(arabic("ما الفريق الذي فاز بالبطولة؟"), raisi));
        // Asked for a person, or answered without a person's name, it may answer.
        assertFalse(OfficeDeclines.personForABody(english("Who claimed responsibility for the attack?"), raisi));
        assertFalse(OfficeDeclines.personForABody(english("Which group claimed responsibility for the attack?"), null));
    }

    @Test
    void aHowManyQuestionQuotedSentencesWithoutAFigureIsDeclined() {
        String planes = "قال شمخاني إنه لم يكن مقررا أن تبقى الطائرات الروسية في القاعدة.";
        assertTrue(noFigure("كم طائرة روسية كانت في قاعدة همدان؟", planes));
        // Every quoted sentence counts: a figure in the lead's neighbour may answer.
        assertFalse(noFigure("كم طائرة روسية كانت في قاعدة همدان؟", planes, "وصلت 6 قاذفات روسية إلى القاعدة."));
        // A number word, a vague quantity or a dual of the counted noun tells how many.
        assertFalse(noFigure("كم طائرة روسية كانت في قاعدة همدان؟", "وصلت ست قاذفات روسية إلى القاعدة."));
        assertFalse(noFigure("كم طائرة روسية كانت في قاعدة همدان؟", "وصلت بضعة قاذفات روسية إلى القاعدة."));
        assertFalse(noFigure("كم طائرة روسية كانت في قاعدة همدان؟", "بقيت القاذفات في القاعدة لعدة أيام."));
        assertFalse(noFigure("كم عدد الجامعات في المدينة؟", "في المدينة جامعتان."));
    }

    // The dialects' "how many ones" counts persons: a sentence that counts nothing does not say how many.
    @Test
    void aDialectHowManyOnesQuestionQuotedSentencesWithoutAFigureIsDeclined() {
        String said = "وقال الناطق باسم الغرفة حسن عبد الغني، على منصة إكس، إن الحشود العسكرية تهدد أمن المناطق المحررة.";
        assertTrue(noFigure("كم واحد يتابع حساب حسن عبد الغني على منصة إكس؟", said));
        assertTrue(noFigure("شحال من واحد كان في المؤتمر؟", said));
        assertFalse(noFigure("كم واحد يتابع حساب حسن عبد الغني على منصة إكس؟", "ويتابع حسابه 300 ألف شخص."));
        // A question naming no counted noun is left to the model.
        assertFalse(noFigure("كم تبلغ مساحة المنطقة؟", said));
    }

    // A how-much question asking what something is worth or costs asks a sum: a sentence that gives none, only "a
    // number of" the things, is declined; a figure keeps it, and a question asking no value is left to the model.
    @Test
    void aQuestionAskingAValueQuotedSentencesWithoutAFigureIsDeclined() {
        String seized = "وأفادت تقارير صحافية بأن \"هيئة تحرير الشام\" استولت على مخازن أسلحة وعدد من المركبات المدرعة.";
        assertTrue(noFigure("كم تُقدَّر قيمة الأسلحة والمركبات المدرعة التي استولت عليها هيئة تحرير الشام؟", seized));
        assertTrue(noFigure("قديش كانت تكلفة الهجوم؟", seized));
        assertTrue(CountDeclines.noFigure(english("How much were the seized weapons worth?"), List.of(seized), List.of()));
        assertFalse(noFigure("كم تُقدَّر قيمة الأسلحة التي استولت عليها الهيئة؟",
                "وقدرت قيمة الأسلحة التي استولت عليها الهيئة بنحو 200 مليون دولار."));
        assertFalse(CountDeclines.noFigure(english("How much has Tehran spent in Syria?"), List.of(seized), List.of()));
    }

    // A state of health asked is declined on sentences telling only the event the question takes as given; a word
    // of health, harm or treatment keeps it, and health named otherwise (a minister, a body) is not read.
    @Test
    void aStateOfHealthAskedAndNoneToldIsDeclined() {
        String released = "ودخل الاتفاق حيز التنفيذ يوم الأحد وشهد حتى الآن إطلاق سراح ثلاثة رهائن.";
        assertTrue(HealthDeclines.noHealthTold(
                english("What was the health condition of the three hostages released in Gaza on Sunday?"),
                List.of(released)));
        assertTrue(HealthDeclines.noHealthTold(arabic("ما الحالة الصحية للرهائن الثلاثة؟"), List.of(released)));
        assertTrue(HealthDeclines.noHealthTold(arabic("شو وضعهم الصحي؟"), List.of(released)));
        assertFalse(HealthDeclines.noHealthTold(english("What was the state of health of the three hostages?"),
                List.of(released, "وقال مسؤول إن الرهائن بخير.")));
        assertFalse(HealthDeclines.noHealthTold(english("What is the health condition of the wounded?"),
                List.of("ونقل الجرحى إلى المستشفى العسكري، وحالة بعضهم حرجة.")));
        assertFalse(HealthDeclines.noHealthTold(english("Who was the Syrian health minister?"), List.of(released)));
        assertFalse(HealthDeclines.noHealthTold(english("What condition did Trump attach to his warning?"),
                List.of(released)));
    }

    @Test
    void anEnglishHowManyQuestionIsAnsweredByTheDualOfItsCountedNounsTranslation() {
        AskedQuestion universities = english("How many universities does Newcastle have?");
        assertFalse(CountDeclines.noFigure(universities, List.of("في المدينة جامعتان - جامعة نيوكاسل وجامعة نورثمبريا."),
                List.of("جامعة")));
        AskedQuestion teams = english("How many teams has Manning played for that reached the Super Bowl?");
        assertFalse(CountDeclines.noFigure(teams, List.of("أصبح مانينغ أول لاعب يقود فريقين مختلفين لألقاب سوبر بول."),
                List.of("فريق", "منتخب")));
        // The dual of another word is no count of the asked noun, nor is a sentence without a dual.
        assertTrue(CountDeclines.noFigure(teams, List.of("أصبح مانينغ أول لاعب يقود فريقه إلى لقبين."), List.of("منتخب")));
        assertTrue(CountDeclines.noFigure(teams, List.of("قاد مانينغ فريقه إلى سوبر بول."), List.of("فريق")));
    }

    @Test
    void theDayOfADateIsNoFigureOfAHowManyQuestion() {
        String staff = "وفي 30 نوفمبر/تشرين الثاني، أكدت الخارجية أن القنصلية تعرضت للهجوم، لكن موظفيها بخير.";
        assertTrue(noFigure("كم موظفا يعمل في القنصلية؟", staff));
        assertFalse(noFigure("كم موظفا يعمل في القنصلية؟", "وفي 30 نوفمبر، كان في القنصلية 12 موظفا."));
    }

    // A figure the question itself writes is what it counts within, not how many: as the short answer reads it.
    @Test
    void aFigureTheQuestionWritesIsNoFigureOfItsCount() {
        String truce = "منذ عام 2020، تخضع منطقة إدلب لوقف إطلاق النار، والذي صمد لكنه انتهك بشكل متكرر.";
        assertTrue(CountDeclines.noFigureNamed(english("idlib ceasefire violations count since 2020"),
                List.of(truce), List.of()));
        assertTrue(noFigure("كم مرة انتهك وقف إطلاق النار في إدلب منذ 2020؟", truce));
        // A figure of the sentence's own, or a number word, may give the count.
        assertFalse(noFigure("كم مرة انتهك وقف إطلاق النار في إدلب منذ 2020؟",
                "منذ عام 2020 انتهك وقف إطلاق النار 14 مرة."));
        assertFalse(noFigure("كم مرحلة افتتح فيها المترو بين 1980 و1984؟",
                "تم افتتاحه في خمس مراحل بين عامي 1980 و 1984."));
        // A bare year the query does not write may be a count; one written with its word (عام 2020) is none.
        assertFalse(CountDeclines.noFigureNamed(english("idlib ceasefire violations count"),
                List.of(truce.replace("منذ عام 2020", "منذ 2020")), List.of()));
        assertTrue(CountDeclines.noFigureNamed(english("idlib ceasefire violations count"), List.of(truce),
                List.of()));
    }

    @Test
    void aQuestionCountingNoNounOrTypedByANounIsLeftToTheModel() {
        String vast = "تضم المنطقة مناطق شاسعة غير مأهولة.";
        assertFalse(noFigure("كم هي المساحة التي لم تتم تنميتها؟", vast));
        assertFalse(noFigure("ما نسبة المناطق غير المأهولة؟", vast));
        assertFalse(noFigure("أين تقع المناطق غير المأهولة؟", vast));
    }

    @Test
    void aQuestionForAYearQuotedSentencesNamingNoYearIsDeclined() {
        String tuesday = "كشف علي شمخاني، يوم الثلاثاء، بأن الطيران الروسي تدخل في حلب.";
        assertTrue(TimeDeclines.noYear(arabic("في أي عام تدخل الطيران الروسي في حلب؟"), List.of(tuesday)));
        assertTrue(TimeDeclines.noYear(english("In what year did Russian aircraft intervene in Aleppo?"), List.of(tuesday)));
        // A sentence quoted beside it may name the year; a when-question asks for no year.
        assertFalse(TimeDeclines.noYear(arabic("في أي عام تدخل الطيران الروسي في حلب؟"),
                List.of(tuesday, "بدأ التدخل الروسي في سوريا عام 2015.")));
        assertFalse(TimeDeclines.noYear(arabic("متى تدخل الطيران الروسي في حلب؟"), List.of(tuesday)));
    }

    // Years in the plural ask a period: one year dates one event, not the years asked.
    @Test
    void aQuestionForYearsQuotedSentencesNamingNoPeriodIsDeclined() {
        String hijra = "هاجر إلى المدينة المنورة والمسماة يثرب آنذاك عام 622م وهو في الثالثة والخمسين من عمره.";
        String period = "كان الطاعون موجوداً في العالم الإسلامي كل عام تقريباً بين 1500 و 1850.";
        assertTrue(TimeDeclines.noYears(english("During which years was the plague present in Islamic countries?"),
                List.of(hijra)));
        assertTrue(TimeDeclines.noYears(arabic("خلال أي سنوات كان الطاعون موجوداً في البلدان الإسلامية؟"),
                List.of(hijra)));
        assertFalse(TimeDeclines.noYears(english("During which years was the plague present in Islamic countries?"),
                List.of(hijra, period)));
        assertFalse(TimeDeclines.noYears(arabic("في أي الأعوام انتشر الطاعون؟"),
                List.of("انتشر الطاعون في القرن الرابع عشر.")));
        assertFalse(TimeDeclines.noYears(english("In which year did the prophet migrate to Medina?"), List.of(hijra)));
        assertFalse(TimeDeclines.noYears(english("How many years did he live in Medina?"), List.of(hijra)));
    }

    @Test
    void aQuestionForAMonthQuotedSentencesNamingNoMonthIsDeclined() {
        String year = "واستعادت حكومة دمشق السيطرة على معظم سوريا في عام 2015، وفي عام 2016 استعادت السيطرة على حلب.";
        assertTrue(TimeDeclines.noMonth(english("In which month of 2016 did the Syrian government regain Aleppo?"),
                List.of(year)));
        assertTrue(TimeDeclines.noMonth(arabic("في أي شهر استعادت الحكومة السورية السيطرة على حلب؟"), List.of(year)));
        // A month named, by its name or by the month's noun, may answer; a when-question asks for no month.
        assertFalse(TimeDeclines.noMonth(arabic("في أي شهر استعادت الحكومة السورية السيطرة على حلب؟"),
                List.of("وفي ديسمبر 2016 استعادت الحكومة السيطرة على حلب.")));
        assertFalse(TimeDeclines.noMonth(english("In which month did the government regain Aleppo?"),
                List.of("استعادت الحكومة السيطرة على حلب الشهر الماضي.")));
        assertFalse(TimeDeclines.noMonth(english("When did the Syrian government regain Aleppo?"), List.of(year)));
    }

    @Test
    void aQuestionForTheHourQuotedSentencesTellingNoHourIsDeclined() {
        String day = "وتعرضت القنصلية الإيرانية في حلب لهجوم من قبل التنظيمات المسلحة، يوم الجمعة.";
        assertTrue(TimeDeclines.noHour(arabic("في أي ساعة تعرضت القنصلية الإيرانية في حلب للهجوم؟"), List.of(day)));
        assertTrue(TimeDeclines.noHour(english("At what time was the Iranian consulate in Aleppo attacked?"),
                List.of(day)));
        // A clock's time or a part of the day tells the hour; a when-question asks for no hour.
        for (String hour : List.of("وتعرض المبنى للهجوم الساعة العاشرة صباحاً.", "هاجم المسلحون القنصلية فجر الجمعة.",
                "The consulate was attacked at 4:30, a witness said.", "The attack began at 9 p.m. on Friday.",
                "The consulate came under fire in the early morning.")) {
            assertFalse(TimeDeclines.noHour(arabic("في أي ساعة تعرضت القنصلية الإيرانية في حلب للهجوم؟"),
                    List.of(day, hour)), hour);
        }
        assertFalse(TimeDeclines.noHour(arabic("متى تعرضت القنصلية الإيرانية في حلب للهجوم؟"), List.of(day)));
    }

    @Test
    void aQuestionForADeathQuotedSentencesTellingOfNoneIsDeclined() {
        String call = "أجرى وزير الخارجية الإيراني، حسين أمير عبد اللهيان، اتصالاً هاتفياً بنظيره السوري، مساء الخميس.";
        assertTrue(TimeDeclines.noDeath(english("When did Hossein Amir-Abdollahian die?"), List.of(call)));
        assertTrue(TimeDeclines.noDeath(arabic("متى توفي حسين أمير عبد اللهيان؟"), List.of(call)));
        // A word of death or of the killed tells of one, and a year named may date it (a life's two dates).
        assertFalse(TimeDeclines.noDeath(english("When did Hossein Amir-Abdollahian die?"),
                List.of(call, "ولقي أمير عبد اللهيان حتفه في تحطم مروحية في مايو 2024.")));
        assertFalse(TimeDeclines.noDeath(arabic("في أي عام توفي ألبرت أينشتاين؟"),
                List.of("ألبرت أينشتاين (14 مارس 1879 – 18 أبريل 1955) عالم فيزياء ألماني المولد.")));
        // A word that only starts like one (توفير، diesel) asks of no death.
        assertFalse(TimeDeclines.noDeath(arabic("متى تم توفير الكهرباء للمدينة؟"), List.of(call)));
        assertFalse(TimeDeclines.noDeath(english("When was the diesel engine first built?"), List.of(call)));
    }

    @Test
    void aWhenQuestionForAnOriginQuotedSentencesNamingNoYearIsDeclined() {
        String thursday = "وكانت التنظيمات المسلحة استهدفت، الخميس، حفل تخريج طلاب ضباط الكلية الحربية في حمص.";
        assertTrue(TimeDeclines.noYear(english("when was the homs military academy founded"), List.of(thursday)));
        assertTrue(TimeDeclines.noYear(arabic("متى تأسست الكلية الحربية في حمص؟"), List.of(thursday)));
        // A year quoted answers; a when-question for no origin may be answered by the day.
        assertFalse(TimeDeclines.noYear(arabic("متى تأسست الكلية الحربية في حمص؟"),
                List.of(thursday, "تأسست الكلية الحربية في حمص عام 1933.")));
        assertFalse(TimeDeclines.noYear(arabic("متى استهدفت التنظيمات المسلحة حفل التخريج؟"), List.of(thursday)));
    }

    @Test
    void aQuestionNamingADayAnsweredBySentencesOfAnotherDayIsDeclined() {
        String first = "التقى وزير الخارجية الإيراني عباس عراقجي الرئيس السوري بشار الأسد في دمشق في الأول من ديسمبر.";
        assertTrue(TimeDeclines.otherDay(english("What did Iran's foreign ministry confirm on December 5?"), List.of(first)));
        assertTrue(TimeDeclines.otherDay(arabic("ماذا أكدت الخارجية الإيرانية في 5 ديسمبر؟"), List.of(first)));
        // A quoted sentence writing the day, as a figure or an ordinal, may answer; so may any question naming no day.
        assertFalse(TimeDeclines.otherDay(english("What did Iran's foreign ministry confirm on December 5?"),
                List.of(first, "وفي 5 ديسمبر أكدت وزارة الخارجية الإيرانية أن قنصليتها تعرضت للهجوم.")));
        assertFalse(TimeDeclines.otherDay(english("Who did Araghchi meet on the 1st of December?"), List.of(first)));
        assertFalse(TimeDeclines.otherDay(english("What did Iran's foreign ministry confirm in December?"), List.of(first)));
        assertTrue(Declines.readsQuoted(english("What did Iran's foreign ministry confirm on December 5?")));
        assertFalse(Declines.readsQuoted(english("What did Iran's foreign ministry confirm?")));
    }

    @Test
    void aQuestionNamingAMonthAnsweredBySentencesWritingNoneOfItsNamesIsDeclined() {
        String independence = "ثم استقلت الهند في عام 1947 بعد حركة الكفاح من أجل الاستقلال.";
        assertTrue(TimeDeclines.otherMonth(arabic("ممن تموز الهند؟"), List.of(independence)));
        assertTrue(TimeDeclines.otherMonth(english("What did India gain in July?"), List.of(independence)));
        assertTrue(Declines.readsQuoted(arabic("ما الذي وقعته الهند في تموز؟")));
        assertFalse(Declines.readsQuoted(arabic("ما الذي وقعته الهند؟")));
        // The month under another of its names answers; so may a sentence for a month that is also a word
        // (مارس "practised") and any question naming no month.
        assertFalse(TimeDeclines.otherMonth(arabic("ممن تموز الهند؟"),
                List.of(independence, "وفي يوليو 1947 أقر البرلمان البريطاني قانون استقلال الهند.")));
        assertFalse(TimeDeclines.otherMonth(arabic("من مارس الرياضة في الهند؟"), List.of(independence)));
        assertFalse(TimeDeclines.otherMonth(arabic("ممن استقلت الهند؟"), List.of(independence)));
        assertFalse(TimeDeclines.otherMonth(arabic("ممن تموز الهند؟"), List.of()));
    }

    @Test
    void aQuestionNamingAWeekdayAnsweredBySentencesOfAnotherDayIsDeclined() {
        String friday = "وأعلنت وزارة الصحة، صباح الجمعة، ارتفاع عدد ضحايا الهجوم إلى 89 قتيلاً.";
        assertTrue(TimeDeclines.otherWeekday(english("What was the death toll of the attack by Saturday?"),
                List.of(friday)));
        assertTrue(TimeDeclines.otherWeekday(arabic("كم بلغ عدد ضحايا الهجوم يوم السبت؟"), List.of(friday)));
        assertTrue(TimeDeclines.otherWeekday(arabic("ماذا أعلنت الوزارة بالسبت؟"), List.of(friday)));
        assertTrue(Declines.readsQuoted(arabic("ماذا أعلنت الوزارة يوم السبت؟")));
        assertFalse(Declines.readsQuoted(arabic("ماذا أعلنت الوزارة؟")));
        // The asked day written, glued or in English; a relative day, which may be it; a weekday without its
        // article, also "one" or "two"; any question naming no weekday.
        assertFalse(TimeDeclines.otherWeekday(english("What was the death toll of the attack by Friday?"),
                List.of(friday)));
        assertFalse(TimeDeclines.otherWeekday(arabic("كم بلغ عدد ضحايا الهجوم يوم الجمعة؟"),
                List.of("وفي يوم الأحد، ارتفع العدد إلى 90.", "وأعلنت الوزارة والجمعة الحصيلة.")));
        assertFalse(TimeDeclines.otherWeekday(english("What did the ministry announce on Saturday?"),
                List.of("وأعلنت الوزارة اليوم ارتفاع عدد الضحايا.")));
        assertFalse(TimeDeclines.otherWeekday(arabic("ماذا قال أحد الوزراء عن الهجوم؟"), List.of(friday)));
        assertFalse(TimeDeclines.otherWeekday(english("What was the death toll of the attack?"), List.of(friday)));
        assertFalse(TimeDeclines.otherWeekday(english("What was the death toll by Saturday?"), List.of()));
    }

    @Test
    void anArabicWhenQuestionWhoseWordsTheJudgedSentenceHoldsMoreLooselyThanItWritesIsDeclined() {
        AskedQuestion asked = arabic("متى فقد أمه؟");
        // فقد and أم held only by their roots; a third word written: two loose against one written.
        List<EvidenceTerm> mother = weighted(3.1, 3.9, 2.6);
        assertTrue(TimeDeclines.otherEvent(asked, mother, held(false, false, false), () -> held(true, true, true),
                () -> held(false, false, true)));
        // One word held loosely and none written; the wording is not counted on either side.
        assertTrue(TimeDeclines.otherEvent(arabic("متى تأسست الأكاديمية؟"), weighted(6.4, 5.3),
                held(true, false), () -> held(true, true), () -> held(true, false)));
    }

    @Test
    void aWhenQuestionWritingAsManyWordsAsItHoldsLooselyOrNotAWhenQuestionIsAnswered() {
        AskedQuestion asked = arabic("متى فقد أمه؟");
        List<EvidenceTerm> mother = weighted(3.1, 3.9, 2.6);
        // As many written as held loosely: a paraphrase of the event as often as another one.
        assertFalse(TimeDeclines.otherEvent(asked, weighted(3.1, 3.9), held(false, false), () -> held(true, true),
                () -> held(true, false)));
        // A word held nowhere is neither loose nor written.
        assertFalse(TimeDeclines.otherEvent(asked, mother, held(false, false, false), () -> held(false, true, true),
                () -> held(false, false, true)));
        // Loose words of the wording only.
        assertFalse(TimeDeclines.otherEvent(asked, mother, held(true, true, false), () -> held(true, true, true),
                () -> held(false, false, true)));
        // Not a when-question, English, or a follow-up: the sentence is not read.
        assertFalse(TimeDeclines.otherEvent(arabic("من فقد أمه؟"), mother, held(false, false, false), () -> {
            throw new AssertionError("read for a question that is not a when-question");
        }, () -> held(false, false, false)));
        assertFalse(TimeDeclines.otherEvent(english("When did he lose his mother?"), mother,
                held(false, false, false), () -> held(true, true, true), () -> held(false, false, false)));
        String question = "ومتى فقد أمه؟";
        AskedQuestion followUp = new AskedQuestion(question, question, QuestionAnalyzer.analyze(question), false,
                Optional.of(new PreviousAnswer("a.txt", 0, QuestionType.PERSON, "من هو الشاعر؟")));
        assertFalse(TimeDeclines.otherEvent(followUp, mother, held(false, false, false), () -> held(true, true, true),
                () -> held(false, false, false)));
    }

    @Test
    void aQuestionAboutOneOfASeriesAnsweredBySentencesOfAnotherIsDeclined() {
        String second = "الحرب العالمية الثانية هي حرب دولية بدأت في الأول من سبتمبر من عام 1939.";
        assertTrue(OrdinalDeclines.otherOrdinal(arabic("متى انتهت الحرب العالمية الأولى؟"), List.of(second)));
        assertTrue(Declines.readsQuoted(arabic("ما سبب الحرب العالمية الأولى؟")));
        // A sentence writing the asked one too may answer; so may one not writing the series, or an English
        // question (its ordinal is not read), and a question naming none.
        assertFalse(OrdinalDeclines.otherOrdinal(arabic("متى انتهت الحرب العالمية الأولى؟"),
                List.of(second, "وانتهت الحرب العالمية الأولى عام 1918.")));
        assertFalse(OrdinalDeclines.otherOrdinal(arabic("متى انتهت الحرب العالمية الأولى؟"),
                List.of("انتهت الحرب عام 1918.")));
        assertFalse(OrdinalDeclines.otherOrdinal(english("When did the First World War end?"), List.of(second)));
        assertFalse(OrdinalDeclines.otherOrdinal(arabic("متى انتهت الحرب؟"), List.of(second)));
        assertFalse(Declines.readsQuoted(arabic("ما هي الحرب؟")));
    }

    @Test
    void aSentenceWritingTheAskedOneOfASeriesWritesIt() {
        AskedQuestion first = arabic("متى انتهت الحرب العالمية الأولى؟");
        assertTrue(OrdinalDeclines.writesAsked(first, "الحرب العالمية الأولى، وتسمى أيضاً الحرب العظمى، انتهت عام 1918."));
        // Another of the series, the series without its place, or the ordinal after another word is not it.
        assertFalse(OrdinalDeclines.writesAsked(first, "الحرب العالمية الثانية هي حرب دولية بدأت في الأول من سبتمبر."));
        assertFalse(OrdinalDeclines.writesAsked(first, "انتهت الحرب العالمية عام 1918."));
        assertFalse(OrdinalDeclines.writesAsked(first, "فاز الفريق بالمرتبة الأولى."));
        assertFalse(OrdinalDeclines.writesAsked(english("When did the First World War end?"),
                "الحرب العالمية الأولى انتهت عام 1918."));
        assertFalse(OrdinalDeclines.writesAsked(arabic("متى انتهت الحرب؟"), "الحرب العالمية الأولى انتهت عام 1918."));
    }

    @Test
    void aQuestionOfOneNounInTheDualOrPluralAnsweredBySentencesWritingItsSingularIsDeclined() {
        String region = "كانت سلطنة عمان إمبراطورية قوية تتنافس على النفوذ في منطقة الخليج العربي.";
        assertTrue(NumberDeclines.otherNumber(arabic("متى منطقتان؟"), List.of(region)));
        assertTrue(NumberDeclines.otherNumber(arabic("ماهو ذوات؟"), List.of("الاضطراب ذو الاتجاهين هو اضطراب نفسي.")));
        assertTrue(Declines.readsQuoted(arabic("ماهو ذوات؟")));
        // A sentence writing the asked form may answer; so may one not writing the noun at all, a question
        // asking more than the noun, one whose noun is singular, a follow-up and an English question.
        assertFalse(NumberDeclines.otherNumber(arabic("ما هي المشطيات؟"),
                List.of("المشطيات شعبة من اللافقاريات، والمشطي يعيش في البحر.")));
        assertFalse(NumberDeclines.otherNumber(arabic("متى منطقتان؟"), List.of("انتزع مدينتي مرو ونيسابور.")));
        assertFalse(NumberDeclines.otherNumber(arabic("متى اتحدت منطقتان؟"), List.of(region)));
        assertFalse(NumberDeclines.otherNumber(arabic("ما هي المنطقة؟"), List.of(region)));
        assertFalse(Declines.readsQuoted(arabic("ما هي المنطقة؟")));
        String question = "ومنطقتان؟";
        AskedQuestion followUp = new AskedQuestion(question, question, QuestionAnalyzer.analyze(question), false,
                Optional.of(new PreviousAnswer("a.txt", 0, QuestionType.OTHER, "ما هي عمان؟")));
        assertFalse(NumberDeclines.otherNumber(followUp, List.of(region)));
        assertFalse(NumberDeclines.otherNumber(english("What are regions?"), List.of("The region is large.")));
    }

    @Test
    void aHowManyQuestionNamingWhatItsArticleNeverMentionsIsDeclined() {
        assertTrue(CountDeclines.countOfAnother(arabic("كم أنفقت روسيا من المال في سوريا؟"), nameMissing(1)));
        assertTrue(CountDeclines.countOfAnother(english("How many billion dollars did Iran spend in Iraq?"), nameMissing(1)));
        // Every name held, the model decides.
        assertFalse(CountDeclines.countOfAnother(arabic("كم أنفقت طهران من المال في سوريا؟"), nameMissing(0)));
        // A when-question or one of another type may be answered by what the article says of the rest.
        assertFalse(CountDeclines.countOfAnother(english("In what year did Joseph Priestley recognize oxygen?"),
                nameMissing(1)));
        assertFalse(CountDeclines.countOfAnother(arabic("من قاد الهجوم على حمص؟"), nameMissing(1)));
        // A follow-up's article is the conversation's.
        String question = "And how many died in Homs?";
        AskedQuestion followUp = new AskedQuestion(question, question, QuestionAnalyzer.analyze(question), true,
                Optional.of(new PreviousAnswer("a.txt", 0, QuestionType.OTHER, "What happened in Aleppo?")));
        assertFalse(CountDeclines.countOfAnother(followUp, nameMissing(1)));
    }

    @Test
    void wordsSaidAskedOfWhatTheArticleNeverMentionsAreDeclined() {
        assertTrue(ReportDeclines.wordsOfAnother(arabic("ماذا قال إسماعيل بقائي عن دور تركيا في معركة ردع العدوان؟"),
                List.of(), nameMissing(1)));
        assertTrue(ReportDeclines.wordsOfAnother(english("What did Lavrov say about the rebel offensive on Aleppo?"),
                List.of("لافروف", "قال", "يقول", "معارض", "هجوم", "حلب"), nameMissing(1)));
        // Every name held, the model decides.
        assertFalse(ReportDeclines.wordsOfAnother(arabic("ماذا قال إسماعيل بقائي عن معركة حلب؟"), List.of(), nameMissing(0)));
        // A question about no words, a who-question (it may ask for the speaker) and a when-question are left to the model.
        assertFalse(ReportDeclines.wordsOfAnother(arabic("ما هي عاصمة اليابان؟"), List.of(), nameMissing(1)));
        assertFalse(ReportDeclines.wordsOfAnother(arabic("من قال إن تركيا تدعم الفصائل؟"), List.of(), nameMissing(1)));
        assertFalse(ReportDeclines.wordsOfAnother(arabic("متى قال بقائي إن تركيا تدعم الفصائل؟"), List.of(), nameMissing(1)));
        // A follow-up's article is the conversation's.
        String question = "وشو قال عن تركيا؟";
        AskedQuestion followUp = new AskedQuestion(question, question, QuestionAnalyzer.analyze(question), false,
                Optional.of(new PreviousAnswer("a.txt", 0, QuestionType.PERSON, "مين الناطق باسم الخارجية؟")));
        assertFalse(ReportDeclines.wordsOfAnother(followUp, List.of(), nameMissing(1)));
    }

    @Test
    void aCountOfTheCiviliansAnsweredWithTheWholeTollIsDeclined() {
        String toll = "وبحسب التقارير، قُتل ما بين 120 و130 شخصًا في الهجوم الذي شنته قوات هيئة تحرير الشام على مدينة حلب.";
        AskedQuestion civilians = english("How many of those were civilians?");
        assertTrue(CountDeclines.otherToll(civilians, List.of(toll), List.of("مدن"), List.of()));
        // A sentence counting the civilians may answer.
        assertFalse(CountDeclines.otherToll(civilians, List.of("وقتل 20 مدنيا في القصف."), List.of("مدن"), List.of()));
    }

    // A count of persons told by a verb of killing is a toll: it counts no evacuated nationals.
    @Test
    void aCountOfAnotherThingAnsweredWithPersonsKilledIsDeclined() {
        String killed = "وبحسب التقارير، قُتل ما بين 120 و130 شخصًا في الهجوم الذي شنته قوات هيئة تحرير الشام على حلب.";
        AskedQuestion evacuated = english("How many Iranian nationals were evacuated from Aleppo?");
        List<String> focus = List.of("إجلاء", "أجلي", "إيراني", "رعايا", "حلب");
        assertTrue(CountDeclines.otherToll(evacuated, List.of(killed), focus, List.of("رعايا")));
        // Persons counted with no toll told may be the asked ones.
        assertFalse(CountDeclines.otherToll(evacuated, List.of("وأجلي 300 شخص من حلب."), focus, List.of("رعايا")));
        // A sentence counting the asked noun too answers.
        assertFalse(CountDeclines.otherToll(evacuated, List.of(killed, "وأجلت إيران 40 من رعاياها."), focus,
                List.of("رعايا")));
    }

    // Persons counted in a sentence that tells of killing are the killed, not the people a question asks of.
    @Test
    void peopleAskedWithNoTollAnsweredWithPersonsKilledAreDeclined() {
        String killed = "وبحسب التقارير، قُتل ما بين 120 و130 شخصًا في الهجوم الذي شنته قوات هيئة تحرير الشام على حلب.";
        AskedQuestion reporters = english("How many people does the observatory have reporting for it inside Syria?");
        List<String> focus = List.of("المرصد", "تقرير", "داخل", "سوريا");
        List<String> people = List.of("الناس", "الشعب", "أشخاص", "المواطنين", "people");
        assertTrue(CountDeclines.otherToll(reporters, List.of(killed), focus, people));
        // With no toll told, the persons counted may be the asked ones.
        assertFalse(CountDeclines.otherToll(reporters, List.of("ويعمل للمرصد 200 شخص داخل سوريا."), focus, people));
        assertTrue(CountDeclines.otherToll(arabic("كم شخصاً يعمل للمرصد داخل سوريا؟"), List.of(killed), List.of(),
                List.of("شخصاً")));
    }

    // A count of hours is no toll, whatever word of killing its other words translate to.
    @Test
    void aCountOfHoursIsNoTollThoughItsWordsTranslateToKilling() {
        String hours = "وأعلنت إدارة العمليات العسكرية تحرير كامل ريف حلب الغربي، بعد معارك ضارية استمرت لأكثر من 36 ساعة"
                + " متواصلة.";
        AskedQuestion fighting = english("How many hours of non-stop fighting did the command cite?");
        List<String> focus = List.of("ساع", "معارك", "قتال", "استشهد", "قتل", "ادار");
        assertFalse(CountDeclines.otherToll(fighting, List.of(hours), focus, List.of("ساع", "hours")));
        assertFalse(CountDeclines.noDeathTold(fighting, List.of(hours), focus));
        // The same words counting the killed are still declined on a sentence that tells no death.
        AskedQuestion killed = english("How many fighters did the command cite as killed?");
        assertTrue(CountDeclines.noDeathTold(killed, List.of(hours), List.of("مقاتل", "استشهد", "قتل")));
        // A count of hours answered by a toll alone is a count of something else.
        String toll = "وأعلنت وزارة الصحة ارتفاع عدد ضحايا الاعتداء إلى 89 شهيداً.";
        assertTrue(CountDeclines.otherToll(fighting, List.of(toll), focus, List.of("ساع", "hours")));
        assertTrue(CountDeclines.otherToll(arabic("كم ساعة استمر القتال الذي قتل فيه الجنود؟"), List.of(toll),
                List.of(), List.of("ساعة")));
    }

    // "Among them" counts a part of the toll before it: the women of the dead are not those of the wounded.
    @Test
    void aPartAskedOfOneTollAnsweredWithThatOfTheOtherIsDeclined() {
        String dead = "وأعلنت وزارة الصحة السورية، صباح الجمعة، ارتفاع عدد ضحايا الاعتداء إلى 89 شهيداً، بينهم ";
        AskedQuestion wounded = english("How many women were among the wounded in the Homs attack?");
        List<String> ofWounded = List.of("نساء", "جرحى", "الجرحى", "هجوم", "حمص");
        assertTrue(CountDeclines.partOfAnotherToll(wounded, ofWounded, dead));
        assertTrue(CountDeclines.partOfAnotherToll(wounded, ofWounded, "وقُتل 89 شخصاً من بينهم "), "its own clause");
        assertTrue(CountDeclines.partOfAnotherToll(arabic("كم امرأة بين الجرحى؟"), List.of(), dead));
        assertTrue(CountDeclines.partOfAnotherToll(english("How many children were among the wounded?"),
                List.of("أطفال", "جرحى"), dead + "31 امرأة و"), "a part after another");
        assertFalse(CountDeclines.partOfAnotherToll(english("How many women were among the dead?"),
                List.of("نساء", "قتلى", "القتلى"), dead));
        assertFalse(CountDeclines.partOfAnotherToll(arabic("كم امرأة بين الجرحى؟"), List.of(),
                "وبلغ عدد الجرحى 277 جريحاً، بينهم "));
        // A whole naming both tolls, or no part of a whole.
        assertFalse(CountDeclines.partOfAnotherToll(wounded, ofWounded, "وبلغ عدد القتلى 89 والجرحى 277، بينهم "));
        assertFalse(CountDeclines.partOfAnotherToll(wounded, ofWounded, "وقُتل 89 شخصاً وأصيب "));
        assertFalse(CountDeclines.partOfAnotherToll(wounded, ofWounded, "وقُتل 89 شخصاً، وأصيب 31 شخصاً و"));
    }

    @Test
    void aQuestionForACommanderIsAnsweredByOneOfTheCommanders() {
        String question = "مين القائد بالحرس الثوري اللي قتل بحلب؟";
        assertFalse(OfficeDeclines.otherRole(arabic(question), List.of(
                "أفادت وسائل إعلام إيرانية بأن كيومرث بور هاشمي، وهو أحد القادة البارزين في الحرس الثوري، قتل في حلب.")));
        // The commanders as a body name no holder.
        assertTrue(OfficeDeclines.otherRole(arabic(question), List.of("واجتمع القادة في حلب بعد مقتل العشرات.")));
    }

    private static AbstentionFeatures placeJudged(double coverage, double typedMiss) {
        return new AbstentionFeatures(coverage, 0.2, 0.2, typedMiss, 0.5, 0, 0, 0, 0, 0.5, 1, 1, 0, 0, 0, 0);
    }

    // A where-question judged on a sentence giving no place and covering under .40 of it is declined; one
    // whose sentence gives a place, covers more, or another type of question is not.
    @Test
    void aWhereQuestionJudgedOnAPlacelessSentenceCoveringLittleIsDeclined() {
        AskedQuestion where = arabic("وين مقر الجديد برس اللي نشرت خبر رسالة باقري؟");
        assertTrue(Declines.noPlace(where, placeJudged(0.21, 1)));
        assertFalse(Declines.noPlace(where, placeJudged(0.21, 0)));
        assertFalse(Declines.noPlace(where, placeJudged(0.49, 1)));
        assertFalse(Declines.noPlace(arabic("شو قال اللواء باقري في رسالته؟"), placeJudged(0.21, 1)));
    }

    // A where-question asking where words were said is declined on a placeless sentence however much of it the
    // reported words cover; with a place given, or asking no saying, the coverage bar stands.
    @Test
    void aWhereQuestionAskingWhereWordsWereSaidJudgedOnAPlacelessSentenceIsDeclinedAtAnyCoverage() {
        AskedQuestion said = english("Where was Araghchi when he said Tehran would keep backing the Syrian army?");
        assertTrue(Declines.noPlace(said, placeJudged(0.79, 1)));
        assertTrue(Declines.noPlace(arabic("وين كان شمخاني يوم قال إن الطيران الروسي ضرب بحلب؟"),
                placeJudged(0.76, 1)));
        assertTrue(Declines.noPlace(arabic("وين كان الوزير لما حچى عن الهدنة؟"), placeJudged(0.7, 1)),
                "a dialect verb");
        assertTrue(Declines.noPlace(english("Where was Raisi when he blamed the Homs massacre on the terrorists?"),
                placeJudged(0.88, 1)), "blame is told in words");
        String whereSaid = "where was he when he said it";
        AskedQuestion followUp = new AskedQuestion(whereSaid, whereSaid, QuestionAnalyzer.analyze(whereSaid), true,
                Optional.of(new PreviousAnswer("a.txt", 0, QuestionType.OTHER, "What was Lavrov's answer?")));
        assertTrue(Declines.noPlace(followUp, placeJudged(0.64, 1)), "a follow-up asking where words were said");
        String whereHeld = "and where was it held";
        AskedQuestion placeFollowUp = new AskedQuestion(whereHeld, whereHeld, QuestionAnalyzer.analyze(whereHeld), true,
                Optional.of(new PreviousAnswer("a.txt", 0, QuestionType.OTHER, "What was the ceremony?")));
        assertFalse(Declines.noPlace(placeFollowUp, placeJudged(0.21, 1)), "a follow-up's coverage says nothing");
        assertFalse(Declines.noPlace(said, placeJudged(0.79, 0)), "a place given");
        assertFalse(Declines.noPlace(arabic("وين مقر الجديد برس اللي نشرت خبر رسالة باقري؟"), placeJudged(0.79, 1)),
                "no saying asked");
    }

    // A turn of two questions asking words in its other question asks no place of them: the where-question's own
    // words are read for the verb of saying, and the coverage bar stands.
    @Test
    void aSayingAskedInTheTurnsOtherQuestionIsNoPlaceOfWordsAsked() {
        AskedQuestion twoQuestions = arabic("ترامب نقل السفارة الأمريكية لفين في ولايته الأولى؟ نتنياهو قال إيه؟");
        assertEquals(QuestionType.PLACE, twoQuestions.analysis().type());
        assertFalse(Declines.noPlace(twoQuestions, placeJudged(0.9, 1)), "the saying is the other question's");
        assertTrue(Declines.noPlace(twoQuestions, placeJudged(0.21, 1)), "covering little");
        assertTrue(Declines.noPlace(arabic("وين كان شمخاني لما حكى عن الطيران الروسي؟ وشو قال؟"), placeJudged(0.9, 1)),
                "the saying asked in the where-question itself");
    }

    // The where-question's words: a turn of two questions gives its where-question's own, a turn of one its analysis'.
    @Test
    void theWordsOfTheWhereQuestionAreThoseOfItsOwnQuestion() {
        AskedQuestion one = arabic("وين كان شمخاني لما حكى عن الطيران الروسي؟");
        assertSame(one.analysis().words(), Declines.placeAsked(one), "a turn of one question is typed once");
        AskedQuestion two = arabic("ترامب نقل السفارة الأمريكية لفين في ولايته الأولى؟ نتنياهو قال إيه؟");
        assertEquals(QuestionAnalyzer.analyze("ترامب نقل السفارة الأمريكية لفين في ولايته الأولى").words(),
                Declines.placeAsked(two));
        AskedQuestion none = arabic("نتنياهو قال إيه؟ وترامب عمل إيه؟");
        assertSame(none.analysis().words(), Declines.placeAsked(none), "no where-question among them");
    }

    private static AbstentionFeatures nameMissing(double missing) {
        return new AbstentionFeatures(0.8, 0.2, 0.2, 0, 0.5, 0, 0, 0, 0, 0.5, 1, 1, 0, 0, 0, missing);
    }

    @Test
    void aHowManyQuestionAnsweredWithTheNumberOfAResolutionOrAVagueQuantityIsDeclined() {
        String resolution = "اعتبرت أن وجود الطائرات يشكل خرقا لقرار مجلس الأمن الدولي، ولا أساس لاتهام روسيا بخرق القرار الدولي ";
        ShortAnswer number = new ShortAnswer("2231", "a.txt", resolution.length(), resolution.length() + 4, null);
        assertTrue(CountDeclines.countsNothing(arabic("كم يوماً بقيت الطائرات الروسية في القاعدة؟"), number, resolution));
        assertTrue(CountDeclines.countsNothing(english("How many Russian bombers were at the base?"), number,
                "وفق المادة "));
        ShortAnswer thousands = new ShortAnswer("آلاف", "a.txt", 0, 4, "thousand");
        assertTrue(CountDeclines.countsNothing(english("How many prisoners will Israel release?"), thousands, ""));
        assertTrue(CountDeclines.countsNothing(arabic("كم مدنياً قتل في الهجوم؟"), new ShortAnswer("عشرات", "a.txt", 0, 5,
                null), ""));
    }

    @Test
    void aHowManyQuestionAnsweredWithTheFigureOfAYearOrAChapterIsDeclined() {
        String died = "كما أخذ ينشر مذهبه الجديد، حتى توفي في مصر سنة ";
        ShortAnswer year = new ShortAnswer("204", "a.txt", died.length(), died.length() + 3, "204");
        assertTrue(CountDeclines.countsNothing(english("How many people, at most, have died of plague in Baghdad?"),
                year, died));
        assertTrue(CountDeclines.countsNothing(arabic("كم قتيلا سقط في الهجوم؟"), year, "وقع الهجوم في العام "));
        // The year's noun in an earlier clause names nothing here.
        assertFalse(CountDeclines.countsNothing(arabic("كم قتيلا سقط في الهجوم؟"), year, "في عام 1990، قتل "));
        // A part of a work with its article is named by its number: the thousandth chapter, the 204th episode.
        assertTrue(CountDeclines.countsNothing(arabic("كم فيلما بني على سلسلة المانغا؟"), year,
                "ففي 8 أغسطس 2017 وصلت مانغا المحقق كونان إلى الفصل "));
        assertTrue(CountDeclines.countsNothing(arabic("كم حلقة عرضت؟"), year, "بثت الحلقة "));
        // Without its article فصل is as often the verb before a count.
        assertFalse(CountDeclines.countsNothing(arabic("كم عاملا فصلت الشركة؟"), year, "وقد فصل "));
    }

    @Test
    void aHowManyQuestionAnsweredWithTheLengthOfARankingIsDeclined() {
        String ranking = "واحتل الهلال المرتبة التاسعة والسبعين عالميا في قائمة أفضل ";
        ShortAnswer hundred = new ShortAnswer("100", "a.txt", ranking.length(), ranking.length() + 3, "100");
        assertTrue(CountDeclines.countsNothing(english("How many teams has Manning played for that reached the Super"
                + " Bowl?"), hundred, ranking));
        assertTrue(CountDeclines.countsNothing(arabic("كم شركة تعمل في المدينة؟"), hundred, "وهي من بين أكبر "));
        // A question asking of the ranking itself writes its superlative; "أكثر من 100" counts.
        assertFalse(CountDeclines.countsNothing(arabic("كم فريقا في قائمة أفضل الفرق؟"), hundred, ranking));
        assertFalse(CountDeclines.countsNothing(arabic("كم دولة تشارك في التحالف؟"), hundred, "يضم أكثر من "));
    }

    @Test
    void aWhenQuestionAnsweredWithTheDateOfANewspapersIssueIsDeclined() {
        String issue = " من جريدة المجاهد التي كانت تتكلم باسم جبهة التحرير الوطني.";
        assertTrue(TimeDeclines.datesAnIssue(english("Which year resulted in the suspension of one of the two soccer"
                + " teams?"), List.of("تعليق", "فريق"), issue));
        assertTrue(TimeDeclines.datesAnIssue(arabic("متى أغلقت السلطات الجامعة؟"), List.of(), " من صحيفة الأهرام"));
        // A question naming the newspaper, or asking of words said, is answered by the issue's date.
        assertFalse(TimeDeclines.datesAnIssue(arabic("متى كتبت عنه جريدة المجاهد؟"), List.of(), issue));
        assertFalse(TimeDeclines.datesAnIssue(arabic("متى قال ذلك؟"), List.of(), issue));
        // A date another word follows, or a question of another type, is not read so.
        assertFalse(TimeDeclines.datesAnIssue(arabic("متى أغلقت السلطات الجامعة؟"), List.of(), " من قبل الشرطة"));
        assertFalse(TimeDeclines.datesAnIssue(arabic("كم عاما دامت الحرب؟"), List.of(), issue));
    }

    @Test
    void aCountAnsweredWithTheNumeratorOfAFractionIsDeclined() {
        assertTrue(CountDeclines.fractionForCount(arabic("ما هو عدد القتلى نتيجة الحرب العالمية الأولى؟"),
                " أرباعهم أو استسلموا في النهاية، إلا أن حوالي 500000 من الهوغونوتيين لاذوا بالفرار"));
        assertTrue(CountDeclines.fractionForCount(english("How many people were killed?"), " أعشار السكان"));
        // A figure before its counted noun counts; a share asked may be a fraction; another type is not read.
        assertFalse(CountDeclines.fractionForCount(arabic("كم قتيلا سقط في الهجوم؟"), " قتلى في الهجوم"));
        assertFalse(CountDeclines.fractionForCount(arabic("ما نسبة القتلى من المدنيين؟"), " أرباعهم"));
        assertFalse(CountDeclines.fractionForCount(arabic("متى قتل؟"), " أرباعهم"));
        assertFalse(CountDeclines.fractionForCount(arabic("كم قتيلا سقط في الهجوم؟"), ""));
    }

    @Test
    void aCountAnsweredWithAFigureOfPlacesTheQuestionDoesNotAskIsDeclined() {
        String countries = " دول أوروبية، حيث أرسل أولاده الخمسة إلى إنكلترا";
        assertTrue(CountDeclines.placesForCount(english("How many bodies did Public Health England exhume?"), countries));
        assertTrue(CountDeclines.placesForCount(arabic("كم عدد القتلى في الهجوم؟"), " مدن سورية"));
        assertTrue(CountDeclines.placesForCount(english("How much of it has been left undeveloped?"), " مناطق إحصائية"));
        // A question naming the places it counts, in any form, is answered by their figure.
        assertFalse(CountDeclines.placesForCount(english("How many countries are in the coalition?"), " دولة ويوجه"));
        assertFalse(CountDeclines.placesForCount(arabic("كم هو عدد المدن التي تجري بها المباريات؟"), " مدينة روسية"));
        assertFalse(CountDeclines.placesForCount(arabic("كم بلدا شارك في التحالف؟"), countries));
        assertFalse(CountDeclines.placesForCount(arabic("في كم محافظة سورية وقعت الغارات؟"), " مناطق"));
        // Another counted noun after the figure, another type, or no word after it: not read.
        assertFalse(CountDeclines.placesForCount(arabic("كم عدد القتلى في الهجوم؟"), " أشخاص في المدينة"));
        assertFalse(CountDeclines.placesForCount(english("Where did he send his sons?"), countries));
        assertFalse(CountDeclines.placesForCount(arabic("كم عدد القتلى في الهجوم؟"), ""));
    }

    @Test
    void aWhoQuestionAnsweredWithTheNameOfAThingAfterAPersonIsDeclined() {
        String cup = "وكأس الإتحاد السعودي لكرة القدم الذي سُمي لاحقاً (بكأس الأمير ";
        assertTrue(OfficeDeclines.thingForAPerson(english("Who was the first quarterback to take two teams to more "
                + "than one Super Bowl?"), cup));
        assertTrue(OfficeDeclines.thingForAPerson(arabic("من فاز بالبطولة؟"), "فاز الفريق بجائزة "));
        // A person named with a title alone, or a thing asked what it is named after, is answered.
        assertFalse(OfficeDeclines.thingForAPerson(arabic("من فاز بالبطولة؟"), "وقال الأمير "));
        assertFalse(OfficeDeclines.thingForAPerson(english("Who is the cup named after?"), cup));
        assertFalse(OfficeDeclines.thingForAPerson(arabic("لمن سميت الكأس؟"), cup));
        // Nor is another type's answer read so.
        assertFalse(OfficeDeclines.thingForAPerson(english("Where was the final played?"), "في ملعب "));
    }

    @Test
    void aWhoQuestionAnsweredWithTheWordAfterARelativePronounIsDeclined() {
        String clause = "حارس المرمى هو اللاعب الوحيد الذي ";
        // Declined: the word after الذي or التي opens the clause. Answered: a name after a verb, after a relative
        // clause a comma closed, or with nothing before it; another type's answer is not read so.
        record Case(AskedQuestion question, String before, boolean declined) {
        }
        Stream.of(new Case(english("Who recovered the strip ball?"), clause, true),
                new Case(arabic("أي لاعب لمس الكرة؟"), clause, true),
                new Case(arabic("من فاز بالبطولة؟"), "وكان الفريق والتي ", true),
                new Case(arabic("من فاز بالبطولة؟"), "وقال المدرب ", false),
                new Case(arabic("من سجل الهدف؟"), "اللاعب الذي سجل الهدف، ", false),
                new Case(arabic("من سجل الهدف؟"), "", false),
                new Case(english("Where was the final played?"), "الملعب الذي ", false))
                .forEach(c -> assertEquals(c.declined(), OfficeDeclines.clauseForAPerson(c.question(), c.before()),
                        c.question().text() + " after " + c.before()));
    }

    @Test
    void aWhenQuestionAnsweredWithABareWeekdayInASentenceDatingNothingIsDeclined() {
        assertTrue(TimeDeclines.numberForADay(english("When was the last plague outbreak?"), "أحد", "وبلغ ",
                " هؤلاء الملوك أبواب القاهرة وهددها بالسقوط."));
        assertTrue(TimeDeclines.numberForADay(arabic("متى فقد أمه؟"), "أحد", "وهو ", " أمراء بني أمية."));
        // A weekday with its article, or a number word in a sentence that writes a year too, is left to the model.
        assertFalse(TimeDeclines.numberForADay(arabic("متى بدأ الهجوم؟"), "الأحد", "بدأ الهجوم ", " الماضي."));
        assertFalse(TimeDeclines.numberForADay(arabic("متى أطلق سراح الرهائن؟"), "اثنين",
                "أطلق سراح ", " من الرهائن في عام 2023."));
        // Nor is another type's answer read so.
        assertFalse(TimeDeclines.numberForADay(arabic("من قاد الحملة؟"), "أحد", "وبلغ ", " هؤلاء الملوك."));
    }

    @Test
    void aWhenQuestionAnsweredWithTheDayItNamesItselfIsDeclined() {
        String met = "الأول من ديسمبر/كانون الأول";
        assertTrue(TimeDeclines.datesWithTheAskedDay(english(
                "When did Abbas Araghchi last visit Damascus before his 1 December meeting with Assad?"), met));
        assertTrue(TimeDeclines.datesWithTheAskedDay(arabic("متى زار عراقجي دمشق قبل لقائه الأسد في 1 ديسمبر؟"),
                "1 ديسمبر"));
        // Another day, or the same day of another month, may answer; so may one of the days a question offers.
        assertFalse(TimeDeclines.datesWithTheAskedDay(english(
                "When did Araghchi visit Damascus before his 1 December meeting with Assad?"), "30 نوفمبر"));
        assertFalse(TimeDeclines.datesWithTheAskedDay(english("When did he leave, after the talks of 1 December?"),
                "الأول من يناير"));
        assertFalse(TimeDeclines.datesWithTheAskedDay(english(
                "When did the rebels enter Aleppo, on 30 November or on 1 December?"), "30 نوفمبر"));
        // A question typed by its noun, or asking no time, is not read: the day it names may be what it asks of.
        assertFalse(TimeDeclines.datesWithTheAskedDay(arabic("ما تاريخ اللقاء الذي جرى في الأول من ديسمبر؟"), met));
        assertFalse(TimeDeclines.datesWithTheAskedDay(english("What happened on 1 December?"), met));
    }

    @Test
    void aWhoElseQuestionGivenNoOneIsDeclined() {
        String envoy = "Who else took part in the tense meeting between Netanyahu and Trump's envoy Steve Witkoff?";
        assertTrue(PersonDeclines.noOtherNamed(english(envoy), null));
        assertTrue(PersonDeclines.noOtherNamed(arabic("من حضر الاجتماع سوى نتنياهو وويتكوف؟"), null));
        // One given a person besides those named, or asking no one else, is left to the model.
        assertFalse(PersonDeclines.noOtherNamed(english(envoy),
                new ShortAnswer("رون ديرمر", "a.txt", 0, 9, "Ron Dermer")));
        assertFalse(PersonDeclines.noOtherNamed(english("Who took part in the tense meeting with Witkoff?"), null));
        // Nor is another type's question read so.
        assertFalse(PersonDeclines.noOtherNamed(english("What else did the rebels seize besides the depots?"), null));
    }

    @Test
    void aFigureThatCountsOrAQuestionForTheNumberItselfIsAnswered() {
        String counted = "وأعلنت وزارة الصحة ارتفاع عدد ضحايا الاعتداء إلى ";
        ShortAnswer number = new ShortAnswer("89", "a.txt", counted.length(), counted.length() + 2, null);
        assertFalse(CountDeclines.countsNothing(arabic("كم عدد القتلى في الهجوم؟"), number, counted));
        // A word without the article after the noun opens another phrase: the votes are counted.
        assertFalse(CountDeclines.countsNothing(arabic("كم صوتاً أيد القرار؟"), number, "صدر القرار بأغلبية "));
        // Asked for the resolution's number by its noun, the number answers.
        assertFalse(CountDeclines.countsNothing(arabic("ما رقم القرار الذي خرقته روسيا؟"), number, "بخرق القرار الدولي "));
        // A figure before the scale word says how many.
        assertFalse(CountDeclines.countsNothing(arabic("كم سجيناً ستطلق إسرائيل؟"),
                new ShortAnswer("ثلاثة آلاف", "a.txt", 0, 10, null), ""));
    }

    @Test
    void aHowLongQuestionAnsweredWithNoLengthOfTimeIsDeclined() {
        String truce = "أدى الهجوم في 27 نوفمبر إلى كسر وقف إطلاق النار، وهو اليوم نفسه الذي دخلت فيه هدنة هشة حيز التنفيذ.";
        assertTrue(CountDeclines.noLength(english("How long was the truce supposed to last?"), null, List.of(truce)));
        ShortAnswer states = new ShortAnswer("أكثر من 60", "a.txt", 0, 10, "more than 60");
        assertTrue(CountDeclines.noLength(arabic("كم يوما بقيت الطائرات في القاعدة؟"), states, List.of()));
        // A year written with its word dates the event; it does not say how long it took.
        assertTrue(CountDeclines.noLength(arabic("كم استغرقت المعركة التي استعادت فيها الحكومة السيطرة على حلب؟"),
                null, List.of("وفي عام 2016 استعادت الحكومة السيطرة الكاملة على مدينة حلب.")));
    }

    @Test
    void aHowLongQuestionAnsweredWithALengthOrAnotherQuestionIsNotDeclinedForIt() {
        ShortAnswer hours = new ShortAnswer("36 ساعة", "a.txt", 0, 7, null);
        assertFalse(CountDeclines.noLength(english("How long did the fighting last?"), hours, List.of()));
        // Without a short answer, a sentence that names a unit of time may say how long in words.
        assertFalse(CountDeclines.noLength(english("For how long did they keep the names?"), null,
                List.of("استمروا في استخدام الأسماء لفترة طويلة في القرن التاسع عشر.")));
        // A how-many question that asks no length is left to the other checks.
        ShortAnswer states = new ShortAnswer("أكثر من 60", "a.txt", 0, 10, "more than 60");
        assertFalse(CountDeclines.noLength(english("How many states are in the coalition?"), states, List.of()));
        // A bare figure the quoted sentence writes with its unit of time: the unit the question names, left out.
        ShortAnswer seventeen = new ShortAnswer("17", "a.txt", 0, 2, "17");
        String left = "اعترض الفريق تمريرة مع 17 ثانية بقيت من الوقت.";
        assertFalse(CountDeclines.noLength(english("How many seconds were left?"), seventeen, List.of(left)));
        assertTrue(CountDeclines.noLength(english("How many seconds were left?"), seventeen,
                List.of("وصل الفريق إلى خط 17 ياردة.")));
        assertTrue(CountDeclines.noLength(english("How many seconds were left?"), seventeen,
                List.of("بقيت 117 ثانية من الوقت.")));
    }

    @Test
    void aCountOfANounAnsweredWithALengthOfTimeIsDeclined() {
        ShortAnswer hours = new ShortAnswer("36 ساعة", "a.txt", 0, 7, null);
        assertTrue(CountDeclines.timeForCount(arabic("كم كان عدد جنود الجيش في المدينة؟"), hours));
        assertTrue(CountDeclines.timeForCount(arabic("ما هو عدد سكان المدينة؟"), hours));
        assertTrue(CountDeclines.timeForCount(english("How many soldiers were in the city?"), hours));
        // A count of a unit of time and a question asking how long are answered by one.
        assertFalse(CountDeclines.timeForCount(arabic("كم عدد الساعات التي استمرت فيها المعارك؟"), hours));
        assertFalse(CountDeclines.timeForCount(english("How many days did the soldiers stay, how long?"), hours));
        // A figure that counts, and a range or a decimal that only looks like a period's two years, count.
        assertFalse(CountDeclines.timeForCount(arabic("كم كان عدد جنود الجيش في المدينة؟"),
                new ShortAnswer("300 جندي", "a.txt", 0, 8, null)));
        assertFalse(CountDeclines.timeForCount(english("How many people were killed in the attack?"),
                new ShortAnswer("120 و130", "a.txt", 0, 8, null)));
        assertFalse(CountDeclines.timeForCount(arabic("كم كان عدد سكان المدينة في 1901؟"),
                new ShortAnswer("711.988", "a.txt", 0, 7, null)));
        // The word after كم may be a verb that asks how long in its own words: it is not read.
        assertFalse(CountDeclines.timeForCount(arabic("كم قضى في السجن؟"), new ShortAnswer("6 أشهر", "a.txt", 0, 6,
                null)));
    }

    @Test
    void aHowManyQuestionTypedByTheCountNounIsDeclinedOnSentencesWithoutAFigure() {
        String airport = "وهو ثاني أكثر المطارات نشاطاً في الولايات المتحدة حسب عدد المسافرين.";
        assertTrue(noFigure("ما هو عدد الولايات في الولايات المتحدة؟", airport));
        assertFalse(noFigure("ما هو عدد الولايات في الولايات المتحدة؟", "تضم الولايات المتحدة خمسين ولاية."));
    }

    @Test
    void aSearchBoxQueryNamingADateAnsweredWithNoCalendarDateIsDeclined() {
        String visit = "وقال المتحدث إن عراقجي سيزور أيضا العاصمة التركية أنقرة بعد زيارته لدمشق.";
        assertTrue(TimeDeclines.noDateNamed(english("bagheri visit damascus date"), List.of(visit)));
        assertTrue(TimeDeclines.noDateNamed(english("araghchi appointed foreign minister when"), List.of(visit)));
        // A date, a weekday or a year word gives it; a full question is read by its question word.
        assertFalse(TimeDeclines.noDateNamed(english("bagheri visit damascus date"),
                List.of(visit, "وفي الأول من ديسمبر التقى عراقجي الأسد.")));
        assertFalse(TimeDeclines.noDateNamed(english("ghasemi russia stopped using hamadan base what day"),
                List.of(visit)));
        assertFalse(TimeDeclines.noDateNamed(english("When did Bagheri visit Damascus?"), List.of(visit)));
        assertFalse(TimeDeclines.noDateNamed(english("bagheri visit damascus date"), List.of()));
        assertFalse(TimeDeclines.noDateNamed(arabic("زيارة باقري إلى دمشق تاريخ"), List.of(visit)));
        // A road's code is no date (docs/answers.md, "unans45").
        String road = "بسبب قربه من الطريق السريع الرئيسي \"M5\" الذي يعد من الطرق الحيوية في المنطقة.";
        assertTrue(TimeDeclines.noDateNamed(english("m5 highway cut by rebels date"), List.of(road)));
    }

    @Test
    void aQuestionAskingWhichDateAnsweredWithNoMonthNorYearIsDeclinedWhateverItsType() {
        String weekday = "كشف أمين المجلس الأعلى للأمن القومي الإيراني علي شمخاني، يوم الثلاثاء، بأن الطيران الروسي "
                + "تدخل مؤخرا في حلب بطلب من عسكريين إيرانيين.";
        AskedQuestion late = arabic("الطيران الروسي ضرب بحلب بطلب الايرانيين، بأي تاريخ بالضبط؟");
        assertTrue(Declines.readsQuoted(late), "its type is not read");
        assertTrue(TimeDeclines.noCalendarDate(late, List.of(weekday)), "a weekday and \"lately\" are no date");
        assertTrue(TimeDeclines.noCalendarDate(english("On what date did Shamkhani reveal the strikes?"),
                List.of(weekday)));
        // A month or a year dates it; a question asking a day, or "history", is not read.
        assertFalse(TimeDeclines.noCalendarDate(late, List.of(weekday, "وفي الأول من ديسمبر التقى عراقجي الأسد.")));
        assertFalse(TimeDeclines.noCalendarDate(late, List.of("وفي عام 2016 استعادت الحكومة حلب.")));
        assertFalse(TimeDeclines.noCalendarDate(arabic("في أي يوم ضرب الطيران الروسي حلب؟"), List.of(weekday)));
        assertFalse(TimeDeclines.noCalendarDate(arabic("ما تاريخ اتفاقات أستانا؟"), List.of(weekday)));
        assertFalse(TimeDeclines.noCalendarDate(late, List.of()));
    }

    @Test
    void aWhenQuestionAskingWhenSomeoneCameToAnOfficeAnsweredWithHisTitleOnlyIsDeclined() {
        String met = "التقى وزير الخارجية الإيراني عباس عراقجي الرئيس السوري بشار الأسد في دمشق في الأول من "
                + "ديسمبر/كانون الأول.";
        AskedQuestion became = arabic("شوكت صار عباس عراقجي وزير خارجية إيران؟");
        assertTrue(TimeDeclines.noOfficeTaken(became, List.of(met)));
        assertTrue(TimeDeclines.noOfficeTaken(english("When did Araghchi become foreign minister?"), List.of(met)));
        // A sentence telling of an appointment or of taking up the post may date it; other questions are not read.
        assertFalse(TimeDeclines.noOfficeTaken(became, List.of("وتولى عراقجي منصب وزير الخارجية في أغسطس 2024.")));
        assertFalse(TimeDeclines.noOfficeTaken(became, List.of("وعُيّن عراقجي وزيراً للخارجية عام 2024.")));
        assertFalse(TimeDeclines.noOfficeTaken(arabic("متى التقى وزير الخارجية الإيراني الأسد؟"), List.of(met)));
        assertFalse(TimeDeclines.noOfficeTaken(arabic("وزير خارجية إيران، شو صار معه؟"), List.of(met)));
    }

    @Test
    void aWhenQuestionAskingByACalendarUnitAnsweredWithNoCalendarDateIsDeclined() {
        String liberated = "وأعلنت إدارة العمليات العسكرية تحرير كامل ريف حلب الغربي، بعد معارك ضارية استمرت لأكثر "
                + "من 36 ساعة متواصلة.";
        assertTrue(TimeDeclines.noDateNamed(english("On what date did the rebels announce they took the western "
                + "Aleppo countryside?"), List.of(liberated)), "a length of time and a time link give no date");
        assertTrue(TimeDeclines.noDateNamed(arabic("في أي يوم أعلنت إدارة العمليات تحرير ريف حلب الغربي؟"),
                List.of(liberated)), "an Arabic day asked");
        assertFalse(TimeDeclines.noDateNamed(english("On what date did the rebels announce they took the western "
                + "Aleppo countryside?"), List.of(liberated, "وفي 27 نوفمبر أعلنت الفصائل إطلاق العملية.")));
        assertFalse(TimeDeclines.noDateNamed(arabic("متى أعلنت إدارة العمليات تحرير ريف حلب الغربي؟"),
                List.of(liberated)), "متى is read by noTime, where a length places in time");
    }

    @Test
    void aSearchBoxQueryNamingACountAnsweredWithNoFigureIsDeclined() {
        String consulate = "وفي 30 نوفمبر أكدت الخارجية الإيرانية أن قنصليتها في حلب تعرضت للهجوم، لكن موظفيها بخير.";
        assertTrue(CountDeclines.noFigureNamed(english("iran consulate damascus strike casualties"),
                List.of(consulate), List.of()));
        assertTrue(CountDeclines.noFigureNamed(english("russian bombers hamadan number of sorties syria"),
                List.of("قال قاسمي إن روسيا علقت استخدامها لقاعدة همدان."), List.of()));
        // A closing "how many" names the count as its noun does; a year is no count.
        assertTrue(CountDeclines.noFigureNamed(english("russian bombers hamadan sorties how many"),
                List.of("منذ عام 2016 استخدمت روسيا قاعدة همدان."), List.of()));
        assertFalse(CountDeclines.noFigureNamed(english("russian bombers hamadan sorties how many"),
                List.of("نفذت القاذفات الروسية 12 طلعة من همدان."), List.of()));
        // A figure or a vague quantity may give it; a query that names no count is not read.
        assertFalse(CountDeclines.noFigureNamed(english("homs academy attack casualties"),
                List.of("وبلغ عدد الجرحى 277 شخصا."), List.of()));
        assertFalse(CountDeclines.noFigureNamed(english("homs academy attack casualties"),
                List.of("وأصيب عدة أشخاص بجروح."), List.of()));
        assertFalse(CountDeclines.noFigureNamed(english("iran consulate aleppo attack"), List.of(consulate),
                List.of()));
    }

    @Test
    void aReplyAskedAndNoneGivenIsDeclined() {
        String call = "أجرى وزير الخارجية الإيراني اتصالاً بنظيره السوري فيصل المقداد، اتهم فيه الجماعات الإرهابية.";
        assertTrue(ReportDeclines.noReply(arabic("بماذا ردّ فيصل المقداد على حسين أمير عبد اللهيان؟"), List.of(call)));
        assertTrue(ReportDeclines.noReply(english("How did the Syrian minister respond to the call?"), List.of(call)));
        // A reply given in any quoted sentence keeps the answer; so does a question that asks for none.
        assertFalse(ReportDeclines.noReply(english("How did the Syrian army respond to the attack?"),
                List.of(call, "ورداً على الهجوم، شن الجيش السوري قصفاً مدفعياً.")));
        assertFalse(ReportDeclines.noReply(english("Which towns did the Syrian army shell in response?"),
                List.of(call)));
        assertFalse(ReportDeclines.noReply(arabic("بماذا ردّ فيصل المقداد؟"), List.of()));
    }

    // A reply whose deed is the one the question names as what was replied to gives no reply to it: the army's
    // shelling "in response to the attack" is what the Turkistan party's reply was asked to. The same sentence keeps
    // a question asking the army's own reply, one naming another occasion, and one whose occasion stands in the
    // "in response to" clause itself; another reply word in any quoted sentence keeps it too.
    @Test
    void aReplyThatIsTheAskedOccasionItselfIsNoReply() {
        String shelled = "ورداً على الهجوم، شن الجيش السوري قصفاً مدفعياً وصاروخياً مستهدفاً مقار للحزب التركستاني.";
        assertTrue(ReportDeclines.noReply(arabic("الحزب التركستاني شو كان ردو لما الجيش السوري قصف مقراتو؟"),
                List.of(shelled)));
        assertTrue(ReportDeclines.noReply(arabic("بماذا ردّ الحزب التركستاني عندما قصف الجيش السوري مقاره؟"),
                List.of(shelled)));
        assertFalse(ReportDeclines.noReply(arabic("الجيش السوري كيف ردّ على ضربة الكلية الحربية؟"),
                List.of(shelled)));
        assertFalse(ReportDeclines.noReply(arabic("بماذا ردّ الحزب التركستاني لما هاجمت إسرائيل دمشق؟"),
                List.of(shelled)));
        assertFalse(ReportDeclines.noReply(arabic("بماذا ردّ الحزب التركستاني لما قصف الجيش السوري مقاره؟"),
                List.of("ورداً على قصف الجيش السوري لمقاره، أطلق الحزب التركستاني صواريخ.")));
        assertFalse(ReportDeclines.noReply(arabic("بماذا ردّ الحزب التركستاني لما قصف الجيش السوري مقاره؟"),
                List.of(shelled, "وأدان الحزب التركستاني القصف.")));
    }

    @Test
    void aRequestAskedAndNoneToldIsDeclined() {
        String suspended = "وكان المتحدث باسم وزارة الخارجية الإيرانية كشف إن روسيا علقت استخدامها لقاعدة همدان الجوية.";
        assertTrue(ReportDeclines.noRequest(arabic("هل طلبت روسيا من إيران استخدام قواعد جوية أخرى غير قاعدة همدان؟"),
                List.of(suspended)));
        assertTrue(ReportDeclines.noRequest(english("Did the Syrian government ask Iran to send more military advisers?"),
                List.of(suspended)));
        // A request told in any quoted sentence keeps the answer, by a verb, a noun after a preposition or a call.
        assertFalse(ReportDeclines.noRequest(arabic("واش الروس ضربو فحماة بطلب من الإيرانيين؟"),
                List.of(suspended, "وقال إن الطيران الروسي تدخل في حلب بطلب من عسكريين إيرانيين.")));
        assertFalse(ReportDeclines.noRequest(english("Did Iran ask Syria's neighbours to stop the spread of terrorism?"),
                List.of("وأضاف بقائي: نحذر من عودة الجماعات الإرهابية، مع الدعوة إلى اتخاذ إجراءات حاسمة.")));
        // The students' news agency is no request; a question asking none, or no yes/no question, is not read.
        assertTrue(ReportDeclines.noRequest(arabic("هل طلبت إيران من روسيا وقف الغارات؟"),
                List.of("وذكرت وكالة أنباء الطلبة الإيرانية أن الغارات استمرت.")));
        assertFalse(ReportDeclines.noRequest(arabic("هل علقت روسيا استخدامها لقاعدة همدان؟"), List.of(suspended)));
        assertFalse(ReportDeclines.noRequest(english("What did Russia ask Iran for?"), List.of(suspended)));
    }

    // A why-question, Arabic or English, answered by sentences telling only the event is declined; a cause, a purpose
    // glued to ل or a consequence in any quoted sentence keeps the answer.
    @Test
    void aReasonAskedAndNoneGivenIsDeclined() {
        String event = "وكانت التنظيمات المسلحة استهدفت، الخميس، حفل تخريج طلاب الكلية الحربية في حمص، عبر مسيّرات.";
        String why = "لماذا استهدفت التنظيمات المسلحة حفل التخريج في حمص؟";
        assertTrue(Declines.readsQuoted(arabic(why)));
        for (String asked : List.of(why, "ما الأسباب التي دفعت التنظيمات إلى استهداف الحفل؟")) {
            assertTrue(ReasonDeclines.noReason(arabic(asked), List.of(event)), asked);
        }
        for (String reason : List.of("ووصل الوفد إلى دمشق لإرسال رسالة دعم.", "وجاء الهجوم ردا على قصف مواقعها.",
                "ويصادف ذكرى المعركة، لذلك يعدّه السكان يوم حداد.")) {
            assertFalse(ReasonDeclines.noReason(arabic(why), List.of(event, reason)), reason);
        }
        String inEnglish = "Why did the armed groups target the ceremony in Homs?";
        assertTrue(Declines.readsQuoted(english(inEnglish)));
        assertTrue(ReasonDeclines.noReason(english(inEnglish), List.of(event)));
        assertFalse(ReasonDeclines.noReason(english(inEnglish),
                List.of(event, "ووصل الوفد إلى دمشق لإرسال رسالة دعم.")));
        assertFalse(ReasonDeclines.noReason(arabic("متى استهدفت التنظيمات المسلحة حفل التخريج؟"), List.of(event)));
        assertTrue(ReasonDeclines.noReason(arabic("لماذا استُهدفت القنصلية الإيرانية في حلب؟"),
                List.of("أكدت وزارة الخارجية الإيرانية أن قنصليتها في حلب تعرضت للهجوم، لكن موظفيها بخير.")));
    }

    // A why-question on a name answered by the line that gives the name, with a purpose only in its other clause, is
    // declined; the same line answers a why-question on the other clause's deed.
    @Test
    void aNameAskedWhyAndOnlyGivenIsDeclined() {
        String named = "وفي رواياتها، ربطت إيران دعمها لنظام الأسد بالحرب ضد \"داعش\"، وأطلقت على قواتها التي"
                + " أُرسلت إلى سوريا لقب \"المدافعين عن الحرم\".";
        assertTrue(ReasonDeclines.noReason(arabic("ليش ايران تسمي قواتها اللي بسوريا المدافعين عن الحرم؟"),
                List.of(named)));
        assertTrue(ReasonDeclines.noReason(english("Why are Iran's forces in Syria called the shrine defenders?"),
                List.of(named)));
        assertFalse(ReasonDeclines.noReason(arabic("لماذا ربطت إيران دعمها لنظام الأسد بالحرب ضد داعش؟"),
                List.of(named)));
    }

    // Words said about something asked, answered by sentences telling only the event (no quotation, no verb of
    // saying or stance, no بحسب), are declined; words reported in any quoted sentence keep the answer, and so
    // does a who-question (the speaker asked), a question naming no topic, or a follow-up.
    @Test
    void wordsSaidAboutSomethingAskedAndNoneReportedAreDeclined() {
        String deed = "وقصفت الطائرات المستشفى الوطني في المدينة صباح الأحد، ما أدى إلى خروجه عن الخدمة.";
        assertTrue(ReportDeclines.noWordsReported(arabic("شو قالت الأمم المتحدة عن قصف المستشفى الوطني؟"),
                List.of(deed)));
        assertTrue(ReportDeclines.noWordsReported(english("What did the United Nations say about the hospital?"),
                List.of(deed)));
        assertTrue(Declines.readsQuoted(arabic("ماذا قال الوزير عن قصف المستشفى؟")));
        for (String reported : List.of("وقالت الأمم المتحدة إن القصف جريمة.", "ووصف المتحدث القصف بـ«الجريمة».",
                "وأدان الاتحاد الأوروبي قصف المستشفى، مؤكداً ضرورة المحاسبة.", "بحسب المنظمة، خرج المستشفى عن الخدمة.",
                "ونددت المنظمة بقصف المستشفى.")) {
            assertFalse(ReportDeclines.noWordsReported(arabic("شو قالت الأمم المتحدة عن قصف المستشفى الوطني؟"),
                    List.of(deed, reported)), reported);
        }
        assertFalse(ReportDeclines.noWordsReported(arabic("من قال عن قصف المستشفى إنه جريمة؟"), List.of(deed)));
        assertFalse(ReportDeclines.noWordsReported(arabic("ماذا قالت الأمم المتحدة؟"), List.of(deed)));
        assertFalse(ReportDeclines.noWordsReported(arabic("ماذا حدث للمستشفى الوطني؟"), List.of(deed)));
        String question = "وشو قالت الأمم المتحدة عن القصف؟";
        AskedQuestion followUp = new AskedQuestion(question, question, QuestionAnalyzer.analyze(question), false,
                Optional.of(new PreviousAnswer("a.txt", 0, QuestionType.DATE, "متى قصف المستشفى الوطني؟")));
        assertFalse(ReportDeclines.noWordsReported(followUp, List.of(deed)));
        assertFalse(ReportDeclines.noWordsReported(arabic("شو قالت الأمم المتحدة عن قصف المستشفى؟"), List.of()));
    }

    // What a speaker meant by his words, answered by sentences that report the words and say nothing of what they
    // alluded to, is declined; a sentence saying what they alluded to keeps the answer, and so does a question asking
    // a word's sense.
    @Test
    void whatASpeakersWordsMeantAskedAndNothingSaidOfItIsDeclined() {
        String words = "وحمّل الرئيس مسؤولية المجزرة لـ\"حماة الإرهابيين، ولا سيما القوات المحتلة للأراضي السورية\".";
        assertTrue(ReportDeclines.meaningUntold(english("Which countries did the president mean by \"the forces "
                + "occupying Syrian territory\"?"), List.of(words)));
        assertTrue(ReportDeclines.meaningUntold(arabic("ما الدول التي قصدها الرئيس بقوله \"القوات المحتلة للأراضي "
                + "السورية\"؟"), List.of(words)));
        assertTrue(Declines.readsQuoted(arabic("مين اللي يقصدهم الرئيس بـ\"القوات المحتلة\"؟")));
        assertTrue(ReportDeclines.meaningUntold(arabic("وهاي القوات المحتلة منو هي بالضبط؟ يا دول قصد؟"),
                List.of(words)), "the words asked of unquoted, a dialect's question");
        assertFalse(ReportDeclines.meaningUntold(english("Which countries did the president mean by \"the forces "
                + "occupying Syrian territory\"?"), List.of(words, "وقال الرئيس ذلك في إشارة إلى الولايات المتحدة.")),
                "a sentence says what the words alluded to");
        assertFalse(ReportDeclines.meaningUntold(english("What does \"takfiri\" mean?"), List.of(words)),
                "a word's sense asked");
        assertFalse(ReportDeclines.meaningUntold(english("Which countries did the president mean by \"the forces\"?"),
                List.of()));
    }

    // Words asked of one speaker, answered by sentences each naming who spoke and none of them him, are another's
    // words; a sentence naming the asked speaker, or one naming nobody (a line going on, a deed), keeps the answer.
    @Test
    void wordsAskedOfOneSpeakerAnsweredByAnothersAreDeclined() {
        List<EvidenceTerm> evidence = List.of(term("bahram", "بهرام"), term("ghasemi", "قاسمي"),
                term("planes", "الطائرات"));
        Supplier<boolean[]> speaker = () -> new boolean[] {true, true, false};
        String lavrov = "في حين شدد وزير الخارجية الروسي سيرغي لافروف، على أنه لا أساس لاتهام روسيا.";
        AskedQuestion ghasemi = english("What did Bahram Ghasemi say about the Russian planes?");
        assertTrue(ReportDeclines.otherSpeaker(ghasemi, List.of(lavrov), evidence, speaker, ANALYZERS::wordStems));
        assertTrue(ReportDeclines.otherSpeaker(arabic("شو قال بهرام قاسمي عن الطائرات الروسية؟"), List.of(lavrov),
                evidence, speaker, ANALYZERS::wordStems));
        for (String other : List.of("وكان المتحدث باسم الخارجية الإيرانية بهرام قاسمي قال، الاثنين، إن الطائرات غادرت.",
                "وأضاف أن الطائرات غادرت القاعدة.", "وغادرت الطائرات القاعدة.")) {
            assertFalse(ReportDeclines.otherSpeaker(ghasemi, List.of(lavrov, other), evidence, speaker,
                    ANALYZERS::wordStems), other);
        }
        assertFalse(ReportDeclines.otherSpeaker(ghasemi, List.of(lavrov), evidence, () -> new boolean[3],
                ANALYZERS::wordStems));
        assertFalse(ReportDeclines.otherSpeaker(english("Who said the Russian planes left Hamadan?"), List.of(lavrov),
                evidence, speaker, ANALYZERS::wordStems));
        assertFalse(ReportDeclines.otherSpeaker(english("What did Bahram Ghasemi say?"), List.of(lavrov), evidence,
                speaker, ANALYZERS::wordStems));
        assertFalse(ReportDeclines.otherSpeaker(ghasemi, List.of(), evidence, speaker, ANALYZERS::wordStems));
        // Asked by his office, a speaker is named by the sentence as often by his name alone.
        assertFalse(ReportDeclines.otherSpeaker(english("What did the Iranian foreign minister say about the planes?"),
                List.of(lavrov), evidence, speaker, ANALYZERS::wordStems));
    }

    // A headline names its speaker before its colon: another's words for the asked speaker's, declined; the asked
    // speaker there, or among those the headline names with him, keeps the answer.
    @Test
    void aHeadlineGivingAnothersWordsIsDeclinedForTheAskedSpeaker() {
        List<EvidenceTerm> evidence = List.of(term("islamic jihad", "جهاد"), term("netanyahu", "نتنياهو"),
                term("defeat", "هزيمة"));
        Supplier<boolean[]> speaker = () -> new boolean[] {true, false, false};
        String headline = "نتنياهو مهنئا ترامب بالإنجليزية: “سنكمل هزيمة محور الإرهاب الإيراني”";
        assertTrue(ReportDeclines.otherSpeaker(english("What did Islamic Jihad say about Netanyahu's defeat pledge?"),
                List.of(headline), evidence, speaker, ANALYZERS::wordStems));
        List<EvidenceTerm> trump = List.of(term("trump", "ترامب"), term("netanyahu", "نتنياهو"),
                term("defeat", "هزيمة"));
        assertFalse(ReportDeclines.otherSpeaker(english("What did Trump say about Netanyahu's defeat pledge?"),
                List.of(headline), trump, speaker, ANALYZERS::wordStems), "a party the headline names");
        assertFalse(ReportDeclines.otherSpeaker(english("What did Islamic Jihad say about Netanyahu's defeat pledge?"),
                List.of("سنكمل هزيمة محور الإرهاب الإيراني."), evidence, speaker, ANALYZERS::wordStems),
                "no headline, no speaker named");
    }

    // A why-question about a body's words asks the reason they give, which its spokesman gives for it: the body's
    // name reaches no word of his, and the what-question keeps its decline.
    @Test
    void aWhyQuestionAboutWordsIsNotDeclinedForAnotherSpeaker() {
        List<EvidenceTerm> evidence = List.of(term("factions", "الفصائل"), term("civilians", "المدنيين"));
        Supplier<boolean[]> speaker = () -> new boolean[] {true, false};
        String spokesman = "وقال الناطق باسم الغرفة حسن عبد الغني، على منصة إكس، إن الحشود العسكرية للنظام تهدد"
                + " أمن المناطق المحررة.";
        assertTrue(ReportDeclines.otherSpeaker(arabic("شو قالت الفصائل عن الدفاع عن المدنيين؟"), List.of(spokesman),
                evidence, speaker, ANALYZERS::wordStems));
        assertFalse(ReportDeclines.otherSpeaker(arabic("ليش الفصائل قالت لازم تدافع عن المدنيين؟"),
                List.of(spokesman), evidence, speaker, ANALYZERS::wordStems));
    }

    // A yes/no question asking whether its party said something, answered by sentences each naming who spoke and
    // none of them the party, cannot tell; the party among the speakers, a sentence naming nobody, or a deed asked
    // keeps the answer.
    @Test
    void aYesNoQuestionAskingWhetherItsPartySaidSomethingAnsweredByOthersWordsIsDeclined() {
        // The lexicon's forms are folded, as the speakers' words are (اسراييل).
        List<EvidenceTerm> evidence = List.of(term("israel", "اسراييل"), term("comment", "تعليق"),
                term("killing", "مقتل"), term("aleppo", "حلب"));
        AskedQuestion comment = english("Did Israel comment on the killing of the general in Aleppo?");
        String agency = "وذكرت \"وكالة أنباء الطلبة الإيرانية\"، أن العميد قتل اليوم الخميس في حلب.";
        assertTrue(ReportDeclines.partyUnheard(comment, List.of(agency), evidence, ANALYZERS::wordStems));
        assertFalse(ReportDeclines.partyUnheard(comment, List.of(agency, "وقالت إسرائيل إن العميد قتل في حلب."),
                evidence, ANALYZERS::wordStems), "the party among the speakers");
        assertFalse(ReportDeclines.partyUnheard(comment, List.of(agency, "وقتل العميد في حلب."), evidence,
                ANALYZERS::wordStems), "a sentence naming nobody");
        assertFalse(ReportDeclines.partyUnheard(english("Did Israel strike the general's convoy in Aleppo?"),
                List.of(agency), List.of(term("israel", "إسرائيل"), term("strike", "ضرب")), ANALYZERS::wordStems),
                "a deed, not words, asked");
        assertFalse(ReportDeclines.partyUnheard(english("What did Israel say about the killing?"), List.of(agency),
                evidence, ANALYZERS::wordStems), "no yes/no question: otherSpeaker's");
    }

    @Test
    void aYesNoQuestionAskingWhetherItsPartyPutOutAStatementAnsweredByOthersWordsIsDeclined() {
        List<EvidenceTerm> evidence = List.of(term("revolutionary guards", "حرس"), term("statement", "بيان"),
                term("death", "مقتل"));
        AskedQuestion statement = english("Did the Revolutionary Guards put out a statement confirming his death?");
        String agency = "وذكرت \"وكالة أنباء الطلبة الإيرانية\"، أن العميد في الحرس الثوري قتل اليوم الخميس.";
        assertTrue(ReportDeclines.partyUnheard(statement, List.of(agency), evidence, ANALYZERS::wordStems));
        assertFalse(ReportDeclines.partyUnheard(statement, List.of(agency, "وقال الحرس الثوري في بيان إن العميد قتل."),
                evidence, ANALYZERS::wordStems), "the party among the speakers");
        assertFalse(ReportDeclines.partyUnheard(english("Did the Revolutionary Guards confirm his death?"),
                List.of(agency), evidence, ANALYZERS::wordStems), "no statement and no verb of saying asked");
    }

    // A nationality qualifies a speaker without naming him: the question's speaker is named by its other words, and
    // the Guards' statement asked, an Iranian agency's report is another's words; the Guards named keep it.
    @Test
    void aSpeakerIsNamedByTheQuestionsWordsButItsNationalities() {
        List<String> guardsWords = ArabicTextNormalizer.words(
                "ماذا جاء في البيان الرسمي للحرس الثوري الإيراني بشأن مقتل العميد؟");
        assertEquals(String.join(" ", ArabicTextNormalizer.words("ماذا جاء في البيان الرسمي للحرس الثوري")),
                ReportDeclines.speakerNamed(guardsWords));
        assertEquals("what did the army", ReportDeclines.speakerNamed(
                ArabicTextNormalizer.words("What did the Syrian army say about the attack?")));
        assertEquals("what did iran", ReportDeclines.speakerNamed(
                ArabicTextNormalizer.words("What did Iran say about the attack?")));
        List<EvidenceTerm> evidence = List.of(term("حرس", "الحرس"), term("ثور", "الثوري"), term("ايران", "الإيراني"),
                term("مقتل", "مقتل"));
        AskedQuestion guards = arabic("ماذا جاء في البيان الرسمي للحرس الثوري الإيراني بشأن مقتل العميد؟");
        String agency = "وذكرت \"وكالة أنباء الطلبة الإيرانية\"، أن العميد قتل اليوم الخميس.";
        Supplier<boolean[]> named = () -> new boolean[] {true, true, false, false};
        assertTrue(ReportDeclines.otherSpeaker(guards, List.of(agency), evidence, named, ANALYZERS::wordStems));
        assertFalse(ReportDeclines.otherSpeaker(guards, List.of(agency), evidence,
                () -> new boolean[] {true, true, true, false}, ANALYZERS::wordStems), "the nationality read as a name");
        assertFalse(ReportDeclines.otherSpeaker(guards, List.of(agency, "وقال الحرس الثوري في بيان إن العميد قتل."),
                evidence, named, ANALYZERS::wordStems));
    }

    // Words asked about a topic (after عن or about) that the first quoted sentence holds nowhere are
    // another thing's words; a held topic word, a question asking no words, or a topic of wording only
    // keeps the answer. The arrays are per evidence term: whether the topic names it, whether it is
    // wording, whether the first sentence holds it.
    @Test
    void wordsAskedAboutATopicTheFirstSentenceDoesNotHoldAreDeclined() {
        AskedQuestion waltz = english("What did Mike Waltz say about Iran in his Sunday interview?");
        List<String> said = List.of("قال", "ايران", "مقابله");
        boolean[] iranNamed = {false, false, false, true, false};
        boolean[] noWording = new boolean[5];
        assertTrue(ReportDeclines.otherTopic(waltz, said, iranNamed, noWording,
                () -> new boolean[] {true, true, false, false, true}));
        assertFalse(ReportDeclines.otherTopic(waltz, said, iranNamed, noWording,
                () -> new boolean[] {true, true, false, true, true}));
        assertFalse(ReportDeclines.otherTopic(waltz, said, iranNamed, new boolean[] {false, false, false, true, false},
                () -> new boolean[5]));
        assertFalse(ReportDeclines.otherTopic(english("What is known about Iran's role?"), List.of("معروف", "ايران"),
                iranNamed, noWording, () -> new boolean[5]));
        AskedQuestion spokesman = arabic("شو قال حسن عبد الغني عن مقتل الجنرال الإيراني بحلب؟");
        assertTrue(ReportDeclines.otherTopic(spokesman, List.of(), new boolean[] {false, false, true, true},
                new boolean[4], () -> new boolean[] {true, true, false, false}));
    }

    // A search-box query naming an office asks for its holder: quoted sentences naming no holder of it
    // are declined, one naming it is kept.
    @Test
    void aSearchBoxQueryNamingAnOfficeAnsweredWithNoHolderIsDeclined() {
        AskedQuestion query = english("hezbollah secretary general name");
        String truce = "دخلت هدنة هشة بين إسرائيل وحزب الله في لبنان حيز التنفيذ.";
        assertTrue(OfficeDeclines.otherRole(query, List.of(truce)));
        assertFalse(OfficeDeclines.otherRole(query, List.of("وقال الأمين العام لحزب الله إن الهدنة صامدة.")));
        assertFalse(OfficeDeclines.otherRole(english("hezbollah truce lebanon"), List.of(truce)));
    }

    @Test
    void aWhenQuestionAnsweredWithTheDayOfTheReportIsDeclined() {
        AskedQuestion arrived = arabic("متى وصلت القاذفات الروسية إلى قاعدة همدان؟");
        // The day stands right after the reporting verb, or after its subject with the reported clause next.
        assertTrue(ReportDeclines.datesTheReport(arrived, List.of(), "وكان وزير الدفاع الإيراني حسين دهقان، نفى ",
                " قيام بلاده بتخصيص قواعد عسكرية لروسيا."));
        assertTrue(ReportDeclines.datesTheReport(arrived, List.of(), "كشف أمين المجلس الأعلى للأمن القومي الإيراني علي شمخاني، ",
                "، بأن الطيران الروسي تدخل مؤخرا في حلب."));
        assertTrue(ReportDeclines.datesTheReport(arrived, List.of(), "وفي ", "، صرح حشمت الله فلاحت بيشه بأن طهران أنفقت المال."));
        // A month's second name, left out of the short answer, is read past: the verb after it still follows the date.
        assertTrue(ReportDeclines.datesTheReport(arrived, List.of(), "وفي ",
                ShortAnswerFinder.afterDate("/تشرين الثاني، أكدت وزارة الخارجية أن القاذفات وصلت.")));
        // An English question is read by its Arabic translations: "arrive" asks no words.
        assertTrue(ReportDeclines.datesTheReport(english("When did Russian bombers first arrive at Hamedan base?"),
                List.of("وصل", "قاذفه"), "وكان المتحدث بهرام قاسمي كشف، في وقت سابق ", "، إن روسيا علقت استخدامها للقاعدة."));
    }

    @Test
    void aWhenQuestionAboutWordsAnsweredWithTheDayOfAnotherTellingIsDeclined() {
        String revealed = "وكان المتحدث بهرام قاسمي كشف، في وقت سابق ";
        String told = "، إن روسيا علقت استخدامها للقاعدة، قبل اعلان وزارة الدفاع الروسية أن قاذفاتها عادت.";
        // The day dates كشف; the declaration and the suspension asked are told after it, undated.
        assertTrue(ReportDeclines.datesAnotherTelling(english("When was this edict declared?"), List.of("اعلن", "اعلان"),
                revealed, told));
        assertTrue(ReportDeclines.datesAnotherTelling(english("When is the suspended team scheduled to return?"),
                List.of("اوقف", "ايقاف", "علق", "تعليق", "فريق"), revealed, told));
        assertTrue(ReportDeclines.datesAnotherTelling(arabic("متى أعلنت وزارة الدفاع الروسية عودة القاذفات؟"), List.of(),
                revealed, told));
        // The asked telling is the dated one, or is told nowhere else in the sentence (a paraphrase of it).
        assertFalse(ReportDeclines.datesAnotherTelling(arabic("متى كشف قاسمي تعليق استخدام القاعدة؟"), List.of(),
                revealed, told));
        assertFalse(ReportDeclines.datesAnotherTelling(english("On what date did the Observatory report the fall?"),
                List.of("افاد", "ذكر", "نقل"), "وقال المرصد السوري في ", " إن المتمردين سيطروا على معظم حلب."));
        // A question naming the dated telling's speaker asks of that telling, by another verb of saying.
        assertFalse(ReportDeclines.datesAnotherTelling(arabic("بهرام قاسمي فوقاش علن بلي روسيا حبسات استعمال قاعدة همدان؟"),
                List.of(), revealed, told));
        // A date that is no report's, and a question about no words, are not read.
        assertFalse(ReportDeclines.datesAnotherTelling(arabic("متى أعلنت وزارة الدفاع الروسية عودة القاذفات؟"), List.of(),
                "وقال المتحدث إن القاذفات عادت إلى القاعدة ", "، قبل اعلان الوزارة."));
        assertFalse(ReportDeclines.datesAnotherTelling(arabic("متى وصلت القاذفات الروسية إلى قاعدة همدان؟"), List.of(),
                revealed, told));
    }

    @Test
    void aWhenQuestionAskingOfTheExceptedPartOfTheDatedDeedIsDeclined() {
        String before = "اعتبارًا من ";
        String after = "/كانون الأول، سيطرت جماعة هيئة تحرير الشام الجهادية وحلفاؤها على \"مدينة حلب بأكملها، باستثناء"
                + " المناطق التي تسيطر عليها القوات الكردية\"، وفقًا لمعلومات من رامي عبد الرحمن، رئيس منظمة الرصد.";
        // The Kurds stand only in the exception clause: the date is HTS's deed's, which left them out.
        assertTrue(ReportDeclines.datesTheRuleNotItsException(english(
                "Since when have Kurdish forces controlled the parts of Aleppo that Hayat Tahrir al-Sham did not take?"),
                List.of("كردية", "الاكراد", "قوات", "سيطرة", "تسيطر", "اجزاء", "حلب", "هيئة", "تحرير", "الشام"), before,
                after));
        assertTrue(ReportDeclines.datesTheRuleNotItsException(arabic("متى سيطرت القوات الكردية على أجزاء من حلب؟"),
                List.of(), before, after));
        assertTrue(ReportDeclines.datesTheRuleNotItsException(arabic("متى سيطرت القوات الكردية على أجزاء من حلب؟"),
                List.of(), before, "، سيطرت الهيئة على حلب عدا المناطق التي تسيطر عليها القوات الكردية."));
        // Every word of the question held by the deed's own clause: the date answers it.
        assertFalse(ReportDeclines.datesTheRuleNotItsException(arabic("متى سيطرت هيئة تحرير الشام على مدينة حلب؟"),
                List.of(), before, after));
        // The excepted party also written outside the exception: the sentence tells of it there.
        assertFalse(ReportDeclines.datesTheRuleNotItsException(arabic("متى سيطرت القوات الكردية على أجزاء من حلب؟"),
                List.of(), before, "، سيطرت القوات الكردية على الشيخ مقصود، باستثناء المناطق التي تسيطر عليها الهيئة."));
        // A question writing the exception itself asks of the dated deed.
        assertFalse(ReportDeclines.datesTheRuleNotItsException(english(
                "When did HTS take all of Aleppo except the Kurdish areas?"),
                List.of("هيئة", "تحرير", "الشام", "حلب", "كردية", "مناطق"), before, after));
        assertFalse(ReportDeclines.datesTheRuleNotItsException(arabic("متى سيطرت الهيئة على حلب عدا المناطق الكردية؟"),
                List.of(), before, after));
        // Nor is a sentence with no exception, a follow-up's or another type's question read.
        assertFalse(ReportDeclines.datesTheRuleNotItsException(arabic("متى سيطرت القوات الكردية على أجزاء من حلب؟"),
                List.of(), before, "/كانون الأول، سيطرت جماعة هيئة تحرير الشام على مدينة حلب بأكملها."));
        assertFalse(ReportDeclines.datesTheRuleNotItsException(arabic("من يسيطر على المناطق الكردية في حلب؟"),
                List.of(), before, after));
    }

    @Test
    void aWhenQuestionAnsweredWithTheDateOfAnotherDeedOfTheSentenceIsDeclined() {
        String organised = "قام تاجر العملات القديمة أمشيل روتشيلد ";
        String founded = " م بتنظيم العائلة ونشرها في خمس دول أوروبية، كما قام بتأسيس مؤسسة مالية لكل فرع للعائلة.";
        // The year dates the organising; the founding asked is told in a later clause, undated.
        assertTrue(ReportDeclines.datesAnotherDeed(english("When was this committee by Seaman established?"),
                List.of("لجنه", "لجنت", "بحار", "اسس", "تاسيس", "انشاء"), organised, founded));
        assertTrue(ReportDeclines.datesAnotherDeed(arabic("متى تأسست المؤسسة المالية؟"), List.of(), organised,
                founded));
        // The asked deed or its subject written up to the date's clause end: the date may be its.
        assertFalse(ReportDeclines.datesAnotherDeed(arabic("متى نظم روتشيلد العائلة؟"), List.of(), organised, founded));
        assertFalse(ReportDeclines.datesAnotherDeed(arabic("متى أسس روتشيلد المؤسسة المالية؟"), List.of(), organised,
                founded));
        // A calendar's era word after the date is the date's own, no word of a deed.
        assertFalse(ReportDeclines.datesAnotherDeed(arabic("متى تأسست المؤسسة المالية؟"), List.of(), organised,
                " للميلاد بتنظيمها، كما قام بتأسيس مؤسسة مالية لكل فرع للعائلة."));
        assertFalse(ReportDeclines.datesAnotherDeed(arabic("متى تأسست المؤسسة المالية؟"), List.of(), organised,
                " للهجرة بتنظيمها، كما قام بتأسيس مؤسسة مالية لكل فرع للعائلة."));
        // The asked deed dated in its own clause is answered there, not by this date.
        assertFalse(ReportDeclines.datesAnotherDeed(arabic("متى تأسست المؤسسة المالية؟"), List.of(), organised,
                " م بتنظيم العائلة ونشرها في خمس دول أوروبية، كما قام عام 1830 بتأسيس مؤسسة مالية."));
        // A question of one word names no subject; a date whose clause ends at it dates what comes next.
        assertFalse(ReportDeclines.datesAnotherDeed(arabic("متى أسسها؟"), List.of(), organised, founded));
        assertFalse(ReportDeclines.datesAnotherDeed(arabic("متى أكدت الخارجية الإيرانية الهجوم على قنصليتها؟"),
                List.of(), "وفي ", "/تشرين الثاني، أكدت وزارة الخارجية الإيرانية أن قنصليتها في حلب تعرضت للهجوم."));
        // Nor is a question about words, a follow-up's or another type's read.
        assertFalse(ReportDeclines.datesAnotherDeed(arabic("من أسس المؤسسة المالية؟"), List.of(), organised, founded));
    }

    @Test
    void aWhenQuestionAnsweredWithTheSinceDateOfTheDeedBeforeItIsDeclined() {
        String strikes = "وتقود واشنطن تحالفا يضم أكثر من 60 دولة ويوجه ضربات جوية ضد مواقع تنظيم داعش في العراق وسوريا منذ ";
        String breach = "، لكنها اعتبرت ان وجود الطائرات الحربية الروسية في همدان يشكل خرقا لقرار مجلس الأمن.";
        // "Since" dates the strikes before it; the resolution asked stands in the later clause, undated.
        assertTrue(ReportDeclines.datesAnotherDeed(arabic("متى اعتُمد قرار مجلس الأمن 2231؟"), List.of(), strikes,
                breach));
        // The strikes asked: their clause holds the question's words, and the date is theirs.
        assertFalse(ReportDeclines.datesAnotherDeed(arabic("منذ متى يوجه التحالف ضربات جوية إلى مواقع داعش؟"),
                List.of(), strikes, breach));
        // Without "since", a date whose clause ends at it dates what comes next, as before.
        assertFalse(ReportDeclines.datesAnotherDeed(arabic("متى اعتُمد قرار مجلس الأمن 2231؟"), List.of(),
                "وتقود واشنطن تحالفا يضم أكثر من 60 دولة ويوجه ضربات جوية ضد مواقع تنظيم داعش في العراق وسوريا في ",
                breach));
        // A since-date opening its clause has no deed before it ("منذ سنة 2005 وحتى 2014، كان…").
        assertFalse(ReportDeclines.datesAnotherDeed(arabic("متى اعتُمد قرار مجلس الأمن 2231؟"), List.of(), "منذ ",
                breach));
    }

    @Test
    void aDateOfTheDeedOrAQuestionAboutWordsIsAnswered() {
        AskedQuestion arrived = arabic("متى وصلت القاذفات الروسية إلى قاعدة همدان؟");
        // A date inside the reported clause, or after the verb's object, dates the deed told.
        assertFalse(ReportDeclines.datesTheReport(arrived, List.of(), "وقال المتحدث إن القاذفات وصلت إلى القاعدة ", "."));
        assertFalse(ReportDeclines.datesTheReport(arrived, List.of(), "وأعلنت الفصائل العسكرية في شمال سوريا ",
                "، إطلاق عملية ردع العدوان."));
        // After its subject, the day dates the report only where the reported clause opens next.
        assertFalse(ReportDeclines.datesTheReport(arrived, List.of(), "كشف شمخاني، ", "، وصول القاذفات إلى القاعدة."));
        // Asked when the words were said, the day of the report answers.
        assertFalse(ReportDeclines.datesTheReport(arabic("متى نفى دهقان تخصيص قواعد عسكرية لروسيا؟"), List.of(),
                "وكان وزير الدفاع الإيراني حسين دهقان، نفى ", " قيام بلاده بتخصيص قواعد عسكرية لروسيا."));
        assertFalse(ReportDeclines.datesTheReport(english("When did Iran deny giving Russia bases?"), List.of("نفى", "قاعده"),
                "وكان وزير الدفاع الإيراني حسين دهقان، نفى ", " قيام بلاده بتخصيص قواعد عسكرية لروسيا."));
        // Nor is another type's short answer read.
        assertFalse(ReportDeclines.datesTheReport(arabic("من نفى تخصيص قواعد عسكرية لروسيا؟"), List.of(),
                "وكان وزير الدفاع الإيراني، نفى ", " قيام بلاده بتخصيص قواعد عسكرية لروسيا."));
    }

    @Test
    void aWhenQuestionAskingOfAStatementAnsweredWithADateItsReportedClauseHoldsIsDeclined() {
        String told = "وأضاف البيان أن \"الجماعات المسلحة\" شنت هجومًا واسعًا ضد مواقع الجيش صباح ";
        // The date after the statement's أنّ dates the attack it tells, not the statement.
        assertTrue(ReportDeclines.datesTheStatementsDeed(
                english("On what date did the Syrian army issue its statement about the fighting?"),
                List.of("تاريخ", "جيش", "بيان", "معارك"), told));
        assertTrue(ReportDeclines.datesTheStatementsDeed(arabic("متى أصدر الجيش بيانه عن المعارك؟"), List.of(),
                "وأشار بيان الجيش إلى أن الهجوم بدأ "));
    }

    @Test
    void aStatementsOwnDateOrAQuestionOfWhatItToldIsAnswered() {
        AskedQuestion issued = arabic("متى أصدر الجيش بيانه عن المعارك؟");
        // A date before the reported clause, or after a reporting verb, is the statement's own.
        assertFalse(ReportDeclines.datesTheStatementsDeed(issued, List.of(), "وقال الجيش في بيان "));
        assertFalse(ReportDeclines.datesTheStatementsDeed(issued, List.of(),
                "وأضاف البيان أن الجماعات شنت هجوما، وقال الجيش "));
        // A reported clause no reporting verb opens is no statement's.
        assertFalse(ReportDeclines.datesTheStatementsDeed(issued, List.of(), "ورغم أن الهجوم بدأ "));
        // A question naming no statement, or one asking what the statement said, asks of the deed told.
        String told = "وأضاف البيان أن الجماعات المسلحة شنت هجومًا واسعًا ضد مواقع الجيش صباح ";
        assertFalse(ReportDeclines.datesTheStatementsDeed(arabic("متى شنت الجماعات المسلحة هجومها؟"), List.of(),
                told));
        assertFalse(ReportDeclines.datesTheStatementsDeed(arabic("متى قال البيان إن الجماعات شنت هجومها؟"),
                List.of(), told));
        assertFalse(ReportDeclines.datesTheStatementsDeed(arabic("من أصدر البيان عن المعارك؟"), List.of(), told));
    }

    @Test
    void aWhenQuestionAnsweredWithTheDateOfAnEventItDoesNotAskOfIsDeclined() {
        String inForce = "وأشاد الرئيس بالاتفاق على وقف إطلاق النار، والذي دخل حيز التنفيذ ";
        // The date's own words tell the truce's entry into force, the question asks of a withdrawal.
        assertTrue(TimeDeclines.datesAnotherEvent(arabic("متى انسحبت الولايات المتحدة من الاتفاق النووي؟"),
                List.of(), inForce));
        // An English question by its Arabic translations: an inauguration is no move.
        assertTrue(TimeDeclines.datesAnotherEvent(english("When did the embassy move to Jerusalem?"),
                List.of("سفار", "نقل", "قدس"), "هنأ رئيس الوزراء الرئيس الأمريكي على تنصيبه "));
    }

    @Test
    void aWhenQuestionAskingOfTheFutureAnsweredWithASinceDateIsDeclined() {
        String since = "وتقود واشنطن تحالفا دوليا ويوجه ضربات جوية ضد مواقع تنظيم داعش في العراق وسوريا منذ ";
        assertTrue(TimeDeclines.sinceForAFuture(arabic("قوات التحالف الدولي شوكت راح تطلع من العراق؟"), since));
        assertTrue(TimeDeclines.sinceForAFuture(english("When will the US-led coalition leave Iraq?"), since));
        assertTrue(TimeDeclines.sinceForAFuture(english("When is the coalition going to leave Iraq?"), since));
        // A when-question in the past may be answered by a since-date; a future one by another date.
        assertFalse(TimeDeclines.sinceForAFuture(arabic("متى بدأ التحالف ضرباته على داعش؟"), since));
        assertFalse(TimeDeclines.sinceForAFuture(english("When did the coalition start striking ISIS?"), since));
        assertFalse(TimeDeclines.sinceForAFuture(english("When will the coalition leave Iraq?"),
                "وقالت الحكومة إن القوات ستنسحب في "));
        // Nor is another type's answer read so.
        assertFalse(TimeDeclines.sinceForAFuture(english("Who will lead the coalition?"), since));
    }

    @Test
    void aWhenQuestionAskingOfTheDatesOwnEventOrOfNoneNamedIsAnswered() {
        String inForce = "وأشاد الرئيس بالاتفاق على وقف إطلاق النار، والذي دخل حيز التنفيذ ";
        // Asked of the entry into force by another member of its group.
        assertFalse(TimeDeclines.datesAnotherEvent(arabic("هدنة غزة من أي يوم صارت سارية؟"), List.of(), inForce));
        assertFalse(TimeDeclines.datesAnotherEvent(english("When did the truce take effect?"),
                List.of("هدنه", "سريان"), inForce));
        // No event's word before the date, or one farther than the date's clause reaches.
        assertFalse(TimeDeclines.datesAnotherEvent(arabic("متى انسحبت إيران من الاتفاق؟"), List.of(),
                "وانسحبت إيران من الاتفاق النووي "));
        assertFalse(TimeDeclines.datesAnotherEvent(arabic("متى انسحبت إيران من الاتفاق؟"), List.of(),
                "دخل الاتفاق حيز التنفيذ ثم أعلنت إيران انسحابها منه في بيان نشرته وزارة الخارجية في طهران "));
        // The nerve gas is not "in force" (ساري): a word is read as a member with a pronoun or ا after it only.
        assertFalse(TimeDeclines.datesAnotherEvent(arabic("متى قصفت الغوطة؟"), List.of(),
                "قصفت الغوطة بغاز السارين "));
    }

    @Test
    void onlyAWhenQuestionNotAFollowUpIsReadForTheDatesEvent() {
        String inaugurated = "هنأ رئيس الوزراء الرئيس الأمريكي على تنصيبه ";
        assertFalse(TimeDeclines.datesAnotherEvent(arabic("من هنأ الرئيس الأمريكي؟"), List.of(), inaugurated));
        String asked = "ومتى صار ذلك؟";
        AskedQuestion followUp = new AskedQuestion(asked, asked, QuestionAnalyzer.analyze(asked), false,
                Optional.of(new PreviousAnswer("a.txt", 0, QuestionType.PERSON, "من هنأ الرئيس الأمريكي؟")));
        assertFalse(TimeDeclines.datesAnotherEvent(followUp, List.of(), inaugurated));
        assertTrue(TimeDeclines.datesAnotherEvent(arabic("متى صار ذلك؟"), List.of(), inaugurated));
    }

    @Test
    void anEnglishQuestionJudgedOnASentenceHoldingFewOfItsLightWordsInPassingIsDeclined() {
        AskedQuestion anthem = english("Who sang the National Anthem at the final game?");
        List<EvidenceTerm> evidence = terms("sang", "national anthem", "final", "game");
        // Only "game" is held, and it weighs little.
        assertTrue(Declines.fewWordsHeld(anthem, evidence, () -> held(false, false, false, true), 0.40, 0.05));
        // Half the words held, or held evidence that weighs enough, may answer.
        assertFalse(Declines.fewWordsHeld(anthem, evidence, () -> held(false, false, true, true), 0.40, 0.05));
        assertFalse(Declines.fewWordsHeld(anthem, evidence, () -> held(false, false, false, true),
                Declines.LIGHT_MASS, 0.05));
        // Nor does a story that returns to the question's words.
        assertFalse(Declines.fewWordsHeld(anthem, evidence, () -> held(false, false, false, true), 0.40,
                Declines.PASSING_SPREAD));
    }

    @Test
    void aWordReadTwiceCountsOnceAmongTheHeldWords() {
        // "Bowl" read both as a dictionary word and as a name: two terms, one word the user typed.
        List<EvidenceTerm> evidence = terms("won", "bowl", "bowl", "bowl");
        AskedQuestion won = english("Who won the Bowl?");
        assertFalse(Declines.fewWordsHeld(won, evidence, () -> held(true, false, false, false), 0.40, 0.05));
        assertTrue(Declines.fewWordsHeld(won, terms("won", "bowl", "final", "game"),
                () -> held(true, false, false, false), 0.40, 0.05));
    }

    @Test
    void onlyAnEnglishQuestionOfItsOwnIsReadForFewWordsHeld() {
        List<EvidenceTerm> evidence = terms("a", "b", "c");
        // An Arabic question's words are not searched through translations; the check does not even look.
        assertFalse(Declines.fewWordsHeld(arabic("من فاز بالمباراة النهائية؟"), evidence, () -> {
            throw new AssertionError("looked up for an Arabic question");
        }, 0.40, 0.05));
        // A follow-up's article is the conversation's, its carried words light.
        String question = "And who sang the anthem?";
        AskedQuestion followUp = new AskedQuestion(question, question, QuestionAnalyzer.analyze(question), true,
                Optional.of(new PreviousAnswer("a.txt", 0, QuestionType.OTHER, "What happened at the final?")));
        assertFalse(Declines.fewWordsHeld(followUp, evidence, () -> held(false, false, false), 0.40, 0.05));
    }

    @Test
    void anEnglishQuestionJudgedInAOneSentenceArticleWithNoLeadIsDeclined() {
        AskedQuestion anthem = english("Who sang the National Anthem at the final game?");
        assertTrue(Declines.loneSentenceArticle(anthem, 1, 0.10));
        // A search that put the article ahead of the next, or a second sentence that may confirm the subject, answers.
        assertFalse(Declines.loneSentenceArticle(anthem, 1, Declines.NO_ARTICLE_AHEAD));
        assertFalse(Declines.loneSentenceArticle(anthem, 2, 0.10));
    }

    @Test
    void onlyAnEnglishQuestionOfItsOwnIsReadForALoneSentenceArticle() {
        // An Arabic question is asked in the articles' own words: one-sentence articles answer it with no lead.
        assertFalse(Declines.loneSentenceArticle(arabic("من فاز بالمباراة النهائية؟"), 1, 0.10));
        String question = "And who sang the anthem?";
        AskedQuestion followUp = new AskedQuestion(question, question, QuestionAnalyzer.analyze(question), true,
                Optional.of(new PreviousAnswer("a.txt", 0, QuestionType.OTHER, "What happened at the final?")));
        assertFalse(Declines.loneSentenceArticle(followUp, 1, 0.10));
    }

    @Test
    void anEnglishQuestionJudgedBelowTheSearchsFirstWhenNoPassageHoldsMuchIsDeclined() {
        AskedQuestion band = english("What band is considered by many to be the first black metal group?");
        assertTrue(Declines.weakSearchBelowAnother(band, 1.18, DEFAULT_RESCORE, false));
        // The search's first article judged, or a first passage holding more of the question, answers.
        assertFalse(Declines.weakSearchBelowAnother(band, 1.18, DEFAULT_RESCORE, true));
        assertFalse(Declines.weakSearchBelowAnother(band, 1.3, DEFAULT_RESCORE, false));
        assertFalse(Declines.weakSearchBelowAnother(band, 1.9, DEFAULT_RESCORE, false));
    }

    @Test
    void theWeakSearchBarFollowsTheWeightThePassagesWereRescoredWith() {
        AskedQuestion band = english("What band is considered by many to be the first black metal group?");
        // A sentence holding a sixth of the question, in the passage BM25 ranked best: weak at every weight.
        for (double weight : new double[] {0.5, DEFAULT_RESCORE, 3}) {
            assertTrue(Declines.weakSearchBelowAnother(band, 1 + weight / 6, weight, false), "weight " + weight);
            assertFalse(Declines.weakSearchBelowAnother(band, 1 + weight / 4, weight, false), "weight " + weight);
        }
        // 1.5 is weak when a sentence's share counts three times, and 1.18 is not when it counts half.
        assertTrue(Declines.weakSearchBelowAnother(band, 1.5, 3, false));
        assertFalse(Declines.weakSearchBelowAnother(band, 1.18, 0.5, false));
        // Not rescored, the scores are BM25's own and tell nothing of what a sentence holds.
        assertFalse(Declines.weakSearchBelowAnother(band, 0.8, 0, false));
    }

    @Test
    void onlyAnEnglishQuestionOfItsOwnIsReadForAWeakSearch() {
        assertFalse(Declines.weakSearchBelowAnother(arabic("ما هي أول فرقة بلاك ميتال؟"), 1.18, DEFAULT_RESCORE,
                false));
        String question = "And who founded the band?";
        AskedQuestion followUp = new AskedQuestion(question, question, QuestionAnalyzer.analyze(question), true,
                Optional.of(new PreviousAnswer("a.txt", 0, QuestionType.OTHER, "Which band played first?")));
        assertFalse(Declines.weakSearchBelowAnother(followUp, 1.18, DEFAULT_RESCORE, false));
    }

    @Test
    void anEnglishQuestionWhoseNamesItsArticleDoesNotHoldWithMostOfItsWeightMissingIsDeclined() {
        AskedQuestion anthem = english("Who did the National Anthem at Super Bowl 50?");
        List<EvidenceTerm> evidence = terms("national anthem", "super bowl", "50");
        // Neither capitalised name is in the judged article, which misses most of the question's weight.
        assertTrue(Declines.namesElsewhere(anthem, evidence, 0.70, t -> t == 2));
        // One of the names held, or most of the weight found, and the article may be about the question.
        assertFalse(Declines.namesElsewhere(anthem, evidence, 0.70, t -> t == 1));
        assertFalse(Declines.namesElsewhere(anthem, evidence, 0.50, t -> t == 2));
    }

    /** A demonym is an adjective English capitalises, held by every article of the region: the other names tell. */
    @Test
    void anEnglishQuestionIsReadForNamesElsewhereByItsNamesBeyondItsDemonyms() {
        AskedQuestion funeral = english("Which Iranian officials attended Pourhashemi's funeral?");
        List<EvidenceTerm> evidence = terms("iranian", "officials", "attended", "pourhashemi", "funeral");
        // The Hamadan article holds Iranian and officials, never Pourhashemi.
        assertTrue(Declines.namesElsewhere(funeral, evidence, 0.57, t -> t <= 1));
        assertFalse(Declines.namesElsewhere(funeral, evidence, 0.57, t -> t <= 1 || t == 3));
        // A question capitalising a demonym alone is read by it.
        AskedQuestion officials = english("Which Iranian officials attended the funeral?");
        List<EvidenceTerm> fewer = terms("iranian", "officials", "attended", "funeral");
        assertTrue(Declines.namesElsewhere(officials, fewer, 0.6, t -> t == 1));
        assertFalse(Declines.namesElsewhere(officials, fewer, 0.6, t -> t <= 1));
    }

    @Test
    void onlyAnEnglishQuestionOfItsOwnThatNamesSomethingIsReadForNamesElsewhere() {
        // No capitalised word after the first: nothing named to look for.
        assertFalse(Declines.namesElsewhere(english("Who sang the anthem at the final game?"),
                terms("sang", "anthem", "final", "game"), 0.90, t -> false));
        assertFalse(Declines.namesElsewhere(arabic("من غنى النشيد الوطني في السوبر بول؟"),
                terms("نشيد", "سوبر"), 0.90, t -> false));
        String question = "And who sang the National Anthem?";
        AskedQuestion followUp = new AskedQuestion(question, question, QuestionAnalyzer.analyze(question), true,
                Optional.of(new PreviousAnswer("a.txt", 0, QuestionType.OTHER, "What happened at the final?")));
        assertFalse(Declines.namesElsewhere(followUp, terms("sang", "national anthem"), 0.90, t -> false));
    }

    @Test
    void anEnglishQuestionAskingANameAnsweredByASentenceHoldingOnlyItsWordsOfNamingIsDeclined() {
        AskedQuestion theory = english("What is the bad air theory officially known as?");
        List<EvidenceTerm> evidence = terms("bad", "air", "theory", "officially", "known as");
        boolean[] noWording = new boolean[evidence.size()];
        // "الصين… المعروفة رسميًا باسم…": officially known as, nothing of the theory.
        assertTrue(Declines.onlyNamingHeld(theory, evidence, noWording, () -> held(false, false, false, true, true)));
        // A word of what is named held: the sentence may name it.
        assertFalse(Declines.onlyNamingHeld(theory, evidence, noWording, () -> held(false, false, true, true, true)));
        // The named word is the question's wording: nothing else is asked of the sentence.
        assertFalse(Declines.onlyNamingHeld(theory, evidence, held(true, true, true, false, false),
                () -> held(false, false, false, true, true)));
    }

    @Test
    void onlyAnEnglishQuestionOfItsOwnAskingANameIsReadForItsWordsOfNaming() {
        List<EvidenceTerm> evidence = terms("bad", "air", "theory");
        boolean[] noWording = new boolean[evidence.size()];
        assertFalse(Declines.onlyNamingHeld(english("What is the bad air theory?"), evidence, noWording,
                DeclinesTest::namesNotRead));
        assertFalse(Declines.onlyNamingHeld(english("Who called for the bad air theory?"), evidence, noWording,
                DeclinesTest::namesNotRead));
        assertFalse(Declines.onlyNamingHeld(arabic("ماذا تسمى نظرية الهواء الفاسد؟"), terms("نظر", "هواء"),
                new boolean[2], DeclinesTest::namesNotRead));
        String question = "And what is the theory called?";
        AskedQuestion followUp = new AskedQuestion(question, question, QuestionAnalyzer.analyze(question), true,
                Optional.of(new PreviousAnswer("a.txt", 0, QuestionType.OTHER, "What caused the plague?")));
        assertFalse(Declines.onlyNamingHeld(followUp, terms("theory", "called"), new boolean[2],
                DeclinesTest::namesNotRead));
        // Nothing but naming asked: nothing to find missing.
        assertFalse(Declines.onlyNamingHeld(english("What is it called?"), terms("called"), new boolean[1],
                () -> held(false)));
    }

    @Test
    void aSearchBoxQueryWithAWordTheJudgedArticleNeverHoldsIsDeclined() {
        AskedQuestion query = english("aleppo airport flights suspended rebels");
        List<EvidenceTerm> evidence = terms("aleppo", "airport", "flights", "suspended", "rebels");
        boolean[] none = new boolean[5];
        // The article tells of the rebels taking the airport and never of flights.
        assertTrue(Declines.searchWordElsewhere(query, evidence, none, 0.01, t -> t != 2,
                DeclinesTest::wholeNotRead));
        assertFalse(Declines.searchWordElsewhere(query, evidence, none, 0.01, t -> true,
                DeclinesTest::wholeNotRead));
        // Where the search put the article clearly ahead, the corpus reports on the query: the word is a paraphrase.
        assertFalse(Declines.searchWordElsewhere(query, evidence, none, 0.5, t -> t != 2,
                DeclinesTest::wholeNotRead));
        // An article only somewhat ahead of the next, for the query's other words, still never tells of flights.
        assertTrue(Declines.searchWordElsewhere(query, evidence, none, 0.4, t -> t != 2,
                DeclinesTest::wholeNotRead));
        // A name may be spelled otherwise, a figure written in words, a light word is a common one.
        assertFalse(Declines.searchWordElsewhere(query, evidence, new boolean[] {false, false, true, false, false},
                0.01, t -> t != 2, DeclinesTest::wholeNotRead));
        assertFalse(Declines.searchWordElsewhere(query, terms("aleppo", "airport", "2231"), new boolean[3], 0.01,
                t -> t != 2, DeclinesTest::wholeNotRead));
        assertFalse(Declines.searchWordElsewhere(query, List.of(evidence.get(0), evidence.get(1),
                new EvidenceTerm("flights", Set.of("flights"), 2.0, false)), new boolean[3], 0.01, t -> t != 2,
                DeclinesTest::wholeNotRead));
        // A source question's words name the article itself; a full question asks its slot otherwise.
        assertFalse(Declines.searchWordElsewhere(english("araghchi assad damascus meeting article source website"),
                terms("araghchi", "assad", "damascus", "meeting", "website"), none, 0.01, t -> t != 4,
                DeclinesTest::wholeNotRead));
        assertFalse(Declines.searchWordElsewhere(english("Were flights from Aleppo airport suspended?"),
                terms("flights", "aleppo", "airport", "suspended"), new boolean[4], 0.01, t -> t != 0,
                DeclinesTest::wholeNotRead));
        assertFalse(Declines.searchWordElsewhere(arabic("رحلات مطار حلب"), terms("رحل", "مطار", "حلب"),
                new boolean[3], 0.01, t -> t != 0, DeclinesTest::wholeNotRead));
    }

    @Test
    void aSearchBoxQueryWithAWordItsArticleHoldsOnlyByAPartOfItsTranslationOfSeveralIsDeclined() {
        AskedQuestion query = english("sdf deir hafer aleppo offensive");
        // "sdf" is translated by قوات سوريا الديمقراطية: the article holds قوات and سوريا, never the whole.
        List<EvidenceTerm> evidence = List.of(translatedBySeveral("sdf", "قوات", "سوريا", "الديمقراطية"),
                term("aleppo", "حلب"), term("offensive", "هجوم"));
        boolean[] none = new boolean[3];
        assertTrue(Declines.searchWordElsewhere(query, evidence, none, 0.04, t -> true,
                () -> held(false, true, true)));
        // Written whole somewhere in the article, the party is the article's.
        assertFalse(Declines.searchWordElsewhere(query, evidence, none, 0.04, t -> true,
                () -> held(true, true, true)));
        // A name may be spelled otherwise, and an article the search put clearly ahead reports on the query.
        assertFalse(Declines.searchWordElsewhere(query, evidence, held(true, false, false), 0.04, t -> true,
                () -> held(false, true, true)));
        assertFalse(Declines.searchWordElsewhere(query, evidence, none, 0.5, t -> true,
                () -> held(false, true, true)));
        // A full question asks its slot otherwise.
        assertFalse(Declines.searchWordElsewhere(english("Did the SDF join the Aleppo offensive?"), evidence, none,
                0.04, t -> true, () -> held(false, true, true)));
    }

    @Test
    void aSearchBoxQueryNamingAPartysStatementOrOfficeIsDeclinedWhereThePartyIsNotWritten() {
        AskedQuestion query = english("white helmets statement aleppo rebel offensive");
        List<EvidenceTerm> evidence = terms("white helmets", "statement", "aleppo", "rebel", "offensive");
        // The sentence tells of the offensive, or of another's words: the White Helmets are not written.
        assertTrue(Declines.searchBoxPartyUnwritten(query, evidence, () -> held(false, false, true, true, true)));
        assertFalse(Declines.searchBoxPartyUnwritten(query, evidence, () -> held(true, false, true, true, true)));
        // A party of several terms is named by any of them.
        AskedQuestion office = english("uk foreign office statement hts aleppo capture");
        List<EvidenceTerm> terms = terms("uk", "foreign", "office", "statement", "hts", "aleppo", "capture");
        assertTrue(Declines.searchBoxPartyUnwritten(office, terms,
                () -> held(false, false, false, false, true, true, true)));
        assertFalse(Declines.searchBoxPartyUnwritten(office, terms,
                () -> held(true, false, false, false, true, true, true)));
        // An office asks the party's holder as a statement asks its words.
        AskedQuestion president = english("syrian arab red crescent president");
        List<EvidenceTerm> crescent = terms("syrian arab red crescent", "president");
        assertTrue(Declines.searchBoxPartyUnwritten(president, crescent, () -> held(false, true)));
        assertFalse(Declines.searchBoxPartyUnwritten(president, crescent, () -> held(true, true)));
        // No statement or office named, no party before it, a party no term stands for, a full question: not read.
        assertFalse(Declines.searchBoxPartyUnwritten(english("white helmets aleppo rebel offensive"),
                terms("white helmets", "aleppo", "rebel", "offensive"), () -> held(false, true, true, true)));
        assertFalse(Declines.searchBoxPartyUnwritten(english("statement aleppo rebel offensive"),
                terms("statement", "aleppo", "rebel", "offensive"), () -> held(false, true, true, true)));
        assertFalse(Declines.searchBoxPartyUnwritten(english("us statement hamadan resolution 2231"),
                terms("statement", "hamadan", "resolution", "2231"), () -> held(false, true, true, true)));
        assertFalse(Declines.searchBoxPartyUnwritten(english("What did the White Helmets say in their statement?"),
                terms("white helmets", "say", "statement"), () -> held(false, true, false)));
    }

    @Test
    void aSearchBoxQueryNamingAPlaceTheJudgedArticleNeverHoldsIsDeclined() {
        AskedQuestion query = english("iran military advisers commander damascus");
        List<EvidenceTerm> evidence = terms("iran", "military advisers", "commander", "damascus");
        // The article tells of the advisers' commander in Aleppo: Iran held, Damascus nowhere.
        assertTrue(Declines.placeElsewhere(query, evidence, t -> t != 3));
        // Every place held, or only a word that names no place missing: the story may be the asked one.
        assertFalse(Declines.placeElsewhere(query, evidence, t -> true));
        assertFalse(Declines.placeElsewhere(query, evidence, t -> t != 2));
        // A full question, an Arabic one or a follow-up is not read so.
        assertFalse(Declines.placeElsewhere(english("Who commands Iran's military advisers in Damascus?"),
                terms("iran", "military advisers", "commands", "damascus"), t -> t != 3));
        assertFalse(Declines.placeElsewhere(arabic("قائد المستشارين العسكريين الإيرانيين دمشق"),
                terms("قايد", "مستشار", "دمشق"), t -> t != 2));
        String question = "and the commander in damascus";
        AskedQuestion followUp = new AskedQuestion(question, question, QuestionAnalyzer.analyze(question), true,
                Optional.of(new PreviousAnswer("a.txt", 0, QuestionType.OTHER, "iran military advisers aleppo")));
        assertFalse(Declines.placeElsewhere(followUp, terms("commander", "damascus"), t -> t != 1));
    }

    @Test
    void onlyAnEnglishQuestionNotAFollowUpHasItsJudgedSentenceReadWordByWord() {
        assertTrue(Declines.readsJudgedWords(english("How many seats does Syria's people's assembly have?")));
        assertFalse(Declines.readsJudgedWords(arabic("كم مقعداً في مجلس الشعب السوري؟")));
        String question = "and the seats?";
        assertFalse(Declines.readsJudgedWords(new AskedQuestion(question, question, QuestionAnalyzer.analyze(question),
                true, Optional.of(new PreviousAnswer("a.txt", 0, QuestionType.OTHER, "syria people's assembly")))));
    }

    /**
     * A word the judged sentence holds only in a weekday (assembly as جمعية, stem of الجمعة) or in a date (first as
     * أول, الأول من ديسمبر) is a homograph met by chance; held in another word too, or asked as a day, it is held.
     */
    @Test
    void anEnglishWordTheJudgedSentenceHoldsOnlyInADateIsDeclined() {
        AskedQuestion seats = english("How many seats does Syria's people's assembly have?");
        List<EvidenceTerm> evidence = List.of(term("seats", "مقاعد"), term("syria", "سوريا"),
                term("assembly", "جمعيه", "مجلس"));
        String friday = "وأعلنت وزارة الصحة في سوريا، صباح الجمعة، ارتفاع عدد الضحايا.";
        boolean[] written = {false, true, true};
        assertTrue(Declines.heldInDatesOnly(seats, evidence, () -> written, words(friday), ANALYZERS::wordStems));
        assertFalse(Declines.heldInDatesOnly(seats, evidence, () -> written,
                words(friday + " وانعقدت الجمعية العامة في سوريا."), ANALYZERS::wordStems),
                "held outside the date too");
        assertFalse(Declines.heldInDatesOnly(seats, evidence, () -> new boolean[] {false, true, false},
                words(friday), ANALYZERS::wordStems), "not written: the model reads it as missing");
        assertFalse(Declines.heldInDatesOnly(english("What happened in Syria on Friday?"),
                List.of(term("syria", "سوريا"), term("friday", "جمعيه")), () -> new boolean[] {true, true},
                words(friday), ANALYZERS::wordStems), "the day asked");
        AskedQuestion first = english("When did the rebels first enter the town?");
        List<EvidenceTerm> firstTerms = List.of(term("rebels", "ثوار"), term("first", "اول"));
        String december = "دخل الثوار البلدة في الأول من ديسمبر/كانون الأول.";
        assertTrue(Declines.heldInDatesOnly(first, firstTerms, () -> new boolean[] {true, true}, words(december),
                ANALYZERS::wordStems));
        assertFalse(Declines.heldInDatesOnly(first, firstTerms, () -> new boolean[] {true, true},
                words("دخل الثوار البلدة أول مرة في الأول من ديسمبر."), ANALYZERS::wordStems),
                "first written as itself");
        assertFalse(Declines.heldInDatesOnly(arabic("متى دخل الثوار البلدة أول مرة؟"), firstTerms,
                () -> new boolean[] {true, true}, words(december), ANALYZERS::wordStems), "an Arabic question");
        List<EvidenceTerm> named = List.of(term("rebels", "ثوار"),
                new EvidenceTerm("first", Set.of("اول"), 6.0, true));
        assertFalse(Declines.heldInDatesOnly(first, named, () -> new boolean[] {true, true}, words(december),
                ANALYZERS::wordStems), "a name, matched by its spelling variants as well");
    }

    @Test
    void anEnglishWordTheJudgedSentenceHoldsOnlyByAnotherWordOfItsCutStemIsDeclined() {
        AskedQuestion announce = english("Did the Syrian army announce a withdrawal from Aleppo?");
        Set<String> cut = ANALYZERS.wordStems("اعلان");
        EvidenceTerm announced = term("announce", "إعلان", "يعلن");
        List<EvidenceTerm> evidence = List.of(term("aleppo", "حلب"), new EvidenceTerm(announced.label(),
                announced.forms(), 6.0, false, Set.of(), List.of(), 6.0, cut));
        boolean[] written = {true, true};
        String supreme = "كشف أمين المجلس الأعلى للأمن القومي أن الطيران تدخل في حلب.";
        assertTrue(Declines.heldByClippedStemOnly(announce, evidence, () -> written, words(supreme),
                ANALYZERS::wordStems));
        assertFalse(Declines.heldByClippedStemOnly(announce, evidence, () -> written,
                words("وجاء الإعلان عن الانسحاب من حلب."), ANALYZERS::wordStems),
                "the translation written with its ان");
        assertFalse(Declines.heldByClippedStemOnly(announce, evidence, () -> written,
                words(supreme + " وجاء الإعلان بعد ذلك."), ANALYZERS::wordStems), "held by the translation too");
        assertFalse(Declines.heldByClippedStemOnly(announce, evidence, () -> new boolean[] {true, false},
                words(supreme), ANALYZERS::wordStems), "not written: the model reads it as missing");
        assertFalse(Declines.heldByClippedStemOnly(announce, List.of(term("aleppo", "حلب"), announced),
                () -> written, words(supreme), ANALYZERS::wordStems), "no stem cut");
        assertFalse(Declines.heldByClippedStemOnly(arabic("هل أعلن الجيش الانسحاب من حلب؟"), evidence,
                () -> written, words(supreme), ANALYZERS::wordStems), "an Arabic question");
    }

    /** A judged sentence's words, as the answerer splits it once for the checks that read it word by word. */
    private static List<String> words(String sentence) {
        return ArabicTextNormalizer.words(sentence);
    }

    /** A term of {@code label} whose forms are the stems the Arabic field gives {@code words}. */
    private static EvidenceTerm term(String label, String... words) {
        Set<String> forms = Stream.of(words).flatMap(w -> ANALYZERS.wordStems(w).stream()).collect(Collectors.toSet());
        return new EvidenceTerm(label, forms, 6.0, false);
    }

    @Test
    void anAnswerQuotedFromAnotherArticleThanTheJudgedOneThatLacksANameTheJudgedArticleHoldsIsDeclined() {
        AskedQuestion toll = arabic("كم شخصا قتل في الاعتداء على الكلية الحربية في حمص؟");
        // Terms: شخص, قتل, حمص (the name). The judged article (Homs) holds all three, the lead's (Aleppo) no حمص.
        boolean[] names = {false, false, true};
        boolean[] inJudged = {true, true, true};
        assertTrue(Declines.leadOfAnother(toll, false, names, inJudged, new boolean[] {true, true, false}));
        // The lead's article names حمص too, or the lead stands in the judged article: the same story.
        assertFalse(Declines.leadOfAnother(toll, false, names, inJudged, new boolean[] {true, true, true}));
        assertFalse(Declines.leadOfAnother(toll, true, names, inJudged, new boolean[] {true, true, false}));
        // Only a name counts, and only one the judged article holds: a common word or a name neither holds is
        // no sign that the lead's story is another.
        assertFalse(Declines.leadOfAnother(toll, false, names, inJudged, new boolean[] {false, false, true}));
        assertFalse(Declines.leadOfAnother(toll, false, names, new boolean[] {true, true, false},
                new boolean[] {true, true, false}));
    }

    @Test
    void aFollowUpIsNotDeclinedForALeadOfAnotherArticle() {
        String question = "وكم واحد انجرح؟";
        AskedQuestion followUp = new AskedQuestion(question, question, QuestionAnalyzer.analyze(question), false,
                Optional.of(new PreviousAnswer("a.txt", 0, QuestionType.NUMBER, "كم شخصا قتل في حمص؟")));
        assertFalse(Declines.leadOfAnother(followUp, false, new boolean[] {true}, new boolean[] {true},
                new boolean[] {false}));
    }

    @Test
    void anArabicQuestionOfOnlyItsWordingThatItsArticleIsNotAboutWithNoLeadIsDeclined() {
        AskedQuestion born = arabic("أين ولد؟");
        // ولد is the question's only word beside its wording, and the judged article is not about it.
        assertTrue(Declines.wordingOnly(born, 0.10, reading(held(false), held(false)), t -> false, t -> false));
        // Two subject words and the question's verb are still no subject the question names.
        assertTrue(Declines.wordingOnly(born, 0.10, reading(held(false, false, false), held(true, false, false)),
                t -> false, t -> false));
    }

    @Test
    void anArticleOpeningOnOrReturningToTheQuestionsWordsOrALeadAnswers() {
        AskedQuestion born = arabic("أين ولد؟");
        assertFalse(Declines.wordingOnly(born, 0.10, reading(held(false), held(false)), t -> true, t -> false));
        assertFalse(Declines.wordingOnly(born, 0.10, reading(held(false), held(false)), t -> false, t -> true));
        assertFalse(Declines.wordingOnly(born, Declines.NO_ARTICLE_AHEAD, reading(held(false), held(false)),
                t -> false, t -> false));
        // The question's wording recurring in the article tells nothing of its subject.
        assertTrue(Declines.wordingOnly(born, 0.10, reading(held(false, false), held(true, false)), t -> false,
                t -> t == 0));
    }

    @Test
    void aNamedOrWordierArabicQuestionIsNotReadAsWordingOnly() {
        AskedQuestion asked = arabic("كم مساحة اسيا؟");
        // A name is a subject of its own.
        assertFalse(Declines.wordingOnly(asked, 0.10, reading(held(false, true), held(true, false)), t -> false,
                t -> false));
        // Three words beside the wording name a subject.
        assertFalse(Declines.wordingOnly(asked, 0.10, reading(held(false, false, false), held(false, false, false)),
                t -> false, t -> false));
        // No evidence at all is left to the model.
        assertFalse(Declines.wordingOnly(asked, 0.10, reading(held(), held()), t -> false, t -> false));
    }

    @Test
    void anEnglishQuestionOfOnlyItsWordingThatItsArticleIsNotAboutIsDeclinedAsAnArabicOneIs() {
        AskedQuestion clades = english("What are clades?");
        // "clades" is the question's only word beside its wording, and the judged paragraph is not about it.
        assertTrue(Declines.wordingOnly(clades, 0.10, reading(held(false, false), held(true, false)), t -> false,
                t -> false));
        // A paragraph opening on it, or an article the search put ahead, answers.
        assertFalse(Declines.wordingOnly(clades, 0.10, reading(held(false, false), held(true, false)), t -> t == 1,
                t -> false));
        assertFalse(Declines.wordingOnly(clades, Declines.NO_ARTICLE_AHEAD, reading(held(false, false),
                held(true, false)), t -> false, t -> false));
    }

    @Test
    void anEnglishQuestionOfOneWordHeldOnlyByAWordOfItsTranslationOfSeveralIsDeclined() {
        AskedQuestion septicemia = english("What is septicemia?");
        // Terms: "what" (wording), "septicemia" (تسمم الدم). The sentence writes الدم alone.
        List<EvidenceTerm> evidence = List.of(term("what", "ما"), translatedBySeveral("septicemia", "تسمم", "الدم"));
        QuestionReading reading = reading(held(false, false), held(true, false));
        assertTrue(Declines.subjectHeldInPart(septicemia, evidence, reading, () -> held(false, true),
                () -> held(false, false)));
        // The translation written whole, or the word not written at all, is the model's to weigh.
        assertFalse(Declines.subjectHeldInPart(septicemia, evidence, reading, () -> held(false, true),
                () -> held(false, true)));
        assertFalse(Declines.subjectHeldInPart(septicemia, evidence, reading, () -> held(false, false),
                () -> held(false, false)));
    }

    @Test
    void onlyAnEnglishQuestionOfItsOwnAskingOneUnnamedWordTranslatedBySeveralIsReadForItsShare() {
        List<EvidenceTerm> evidence = List.of(term("what", "ما"), translatedBySeveral("septicemia", "تسمم", "الدم"));
        Supplier<boolean[]> heldInJudged = () -> held(false, true);
        Supplier<boolean[]> writtenWhole = () -> held(false, false);
        QuestionReading reading = reading(held(false, false), held(true, false));
        // A word of one-word translations only: whatever the sentence holds of it, it holds whole.
        List<EvidenceTerm> oneWord = List.of(term("what", "ما"), term("blood", "الدم"));
        assertFalse(Declines.subjectHeldInPart(english("What is blood?"), oneWord, reading, heldInJudged,
                writtenWhole));
        // A name, a second word beside the wording, an Arabic question and a follow-up are left alone.
        assertFalse(Declines.subjectHeldInPart(english("What is septicemia?"), evidence,
                reading(held(false, true), held(true, false)), heldInJudged, writtenWhole));
        assertFalse(Declines.subjectHeldInPart(english("What is septicemia?"), evidence,
                reading(held(false, false), held(false, false)), heldInJudged, writtenWhole));
        assertFalse(Declines.subjectHeldInPart(arabic("ما هو تسمم الدم؟"), evidence, reading, heldInJudged,
                writtenWhole));
        String question = "And what is septicemia?";
        AskedQuestion followUp = new AskedQuestion(question, question, QuestionAnalyzer.analyze(question), true,
                Optional.of(new PreviousAnswer("a.txt", 0, QuestionType.OTHER, "What is the plague?")));
        assertFalse(Declines.subjectHeldInPart(followUp, evidence, reading, heldInJudged, writtenWhole));
    }

    @Test
    void anArabicQuestionAskingATermsMeaningAnsweredByASentenceNotWritingTheTermIsDeclined() {
        AskedQuestion solar = arabic("ما معنى سنة شمسية؟");
        // Terms: the noun of meaning, "سنة", "شمسية". Solar energy's sentence writes شمسية alone.
        List<EvidenceTerm> evidence = List.of(term("معن", "معنى"), term("سن", "سنة"), term("شمس", "شمسية"));
        assertTrue(Declines.meaningTermUnwritten(solar, evidence, () -> held(false, false, true)));
        // The term written whole tells its meaning; the noun of meaning need not be written.
        assertFalse(Declines.meaningTermUnwritten(solar, evidence, () -> held(false, true, true)));
        // A noun of the frame before the term (كلمة) need not be written either.
        List<EvidenceTerm> word = List.of(term("معن", "معنى"), term("كلم", "كلمة"), term("هون", "هون"));
        assertFalse(Declines.meaningTermUnwritten(arabic("ما معنى كلمة هون؟"), word, () -> held(false, false, true)));
        assertTrue(Declines.meaningTermUnwritten(arabic("ما معنى كلمة هون؟"), word, () -> held(false, true, false)));
    }

    @Test
    void onlyAnArabicQuestionOfItsOwnAskingAMeaningIsReadForItsTerm() {
        List<EvidenceTerm> evidence = List.of(term("معن", "معنى"), term("سن", "سنة"), term("شمس", "شمسية"));
        Supplier<boolean[]> unwritten = () -> {
            throw new AssertionError("the judged sentence is read only for a meaning question");
        };
        assertFalse(Declines.meaningTermUnwritten(arabic("ما هو أصل السنة الشمسية؟"), evidence, unwritten));
        assertFalse(Declines.meaningTermUnwritten(english("What is the meaning of solar year?"), evidence,
                unwritten));
        String question = "وما معنى سنة شمسية؟";
        AskedQuestion followUp = new AskedQuestion(question, question, QuestionAnalyzer.analyze(question), false,
                Optional.of(new PreviousAnswer("a.txt", 0, QuestionType.OTHER, "ما هو التقويم الميلادي؟")));
        assertFalse(Declines.meaningTermUnwritten(followUp, evidence, unwritten));
    }

    /** An English word whose only translation is of several words, each word's stems a partial form. */
    private static EvidenceTerm translatedBySeveral(String label, String... words) {
        List<Set<String>> phrase = Stream.of(words).map(w -> Set.copyOf(ANALYZERS.wordStems(w))).toList();
        Set<String> forms = phrase.stream().flatMap(Set::stream).collect(Collectors.toSet());
        return new EvidenceTerm(label, forms, 6.0, false, forms, List.of(phrase));
    }

    @Test
    void onlyAQuestionOfItsOwnIsReadForWordingOnly() {
        String question = "وأين ولد؟";
        AskedQuestion followUp = new AskedQuestion(question, question, QuestionAnalyzer.analyze(question), false,
                Optional.of(new PreviousAnswer("a.txt", 0, QuestionType.OTHER, "من هو الرئيس؟")));
        assertFalse(Declines.wordingOnly(followUp, 0.10, reading(held(false), held(false)), t -> false,
                t -> false));
    }

    @Test
    void anArabicQuestionWhoseSubjectIsAPronounTheJudgedSentenceDoesNotPointAtIsDeclined() {
        AskedQuestion painted = arabic("من رسمها؟");
        List<String> words = List.of("من", "رسمها");
        // Another painter's paragraph shares the bare word only; the folded ta marbuta is no pronoun.
        assertTrue(Declines.pronounSubjectUnwritten(painted, 0.10, reading(held(false), held(false)), words,
                () -> ArabicTextNormalizer.words("الرسمة الزيتية الأولية للوحة عربة القش من العام 1821")));
        // The painting's own paragraph writes the word with its pronoun, glued conjunction or not.
        assertFalse(Declines.pronounSubjectUnwritten(painted, 0.10, reading(held(false), held(false)), words,
                () -> ArabicTextNormalizer.words("بريشة الفنان ليوناردو دا فينشي حيث رسمها خلال عصر النهضة")));
        assertFalse(Declines.pronounSubjectUnwritten(painted, 0.10, reading(held(false), held(false)), words,
                () -> ArabicTextNormalizer.words("ورسمهم الفنان في عصر النهضة")));
        // An article the search put ahead of the next answers.
        assertFalse(Declines.pronounSubjectUnwritten(painted, Declines.NO_ARTICLE_AHEAD,
                reading(held(false), held(false)), words, () -> ArabicTextNormalizer.words("الرسمة الزيتية")));
    }

    @Test
    void aQuestionNamingItsSubjectOrWithoutAPointingPronounIsNotReadForAPronounSubject() {
        Supplier<List<String>> other = () -> ArabicTextNormalizer.words("اجتاح الموت الأسود أوروبا لمدة ثلاث سنوات");
        AskedQuestion people = arabic("كم عدد سكانها؟");
        List<String> words = List.of("كم", "عدد", "سكانها");
        assertTrue(Declines.pronounSubjectUnwritten(people, 0.10, reading(held(false, false), held(true, false)),
                words, other));
        // A name, or three words beside the wording, name the subject.
        assertFalse(Declines.pronounSubjectUnwritten(people, 0.10, reading(held(false, true), held(true, false)),
                words, other));
        assertFalse(Declines.pronounSubjectUnwritten(people, 0.10,
                reading(held(false, false, false), held(false, false, false)), words, other));
        // A function word's pronoun and a one-letter ه point at nothing the question leaves out.
        assertFalse(Declines.pronounSubjectUnwritten(arabic("من قال عنها؟"), 0.10,
                reading(held(false), held(false)), List.of("من", "قال", "عنها"), other));
        assertFalse(Declines.pronounSubjectUnwritten(arabic("من رسمه؟"), 0.10, reading(held(false), held(false)),
                List.of("من", "رسمه"), other));
        // English has no glued pronoun, and a follow-up's pronoun points at the conversation.
        assertFalse(Declines.pronounSubjectUnwritten(english("Who painted it?"), 0.10,
                reading(held(false), held(false)), List.of(), other));
        String question = "ومن رسمها؟";
        AskedQuestion followUp = new AskedQuestion(question, question, QuestionAnalyzer.analyze(question), false,
                Optional.of(new PreviousAnswer("a.txt", 0, QuestionType.OTHER, "ما هي الموناليزا؟")));
        assertFalse(Declines.pronounSubjectUnwritten(followUp, 0.10, reading(held(false), held(false)),
                List.of("ومن", "رسمها"), other));
    }

    @Test
    void anArabicQuestionWhoseNameItsArticleMentionsInPassingWithNothingElseAskedHeldIsDeclined() {
        AskedQuestion asked = arabic("كم مساحة اسيا؟");
        // مساحة (term 0) is not in the judged sentence; آسيا (term 1) is in one of the article's ten sentences.
        assertTrue(Declines.nameInPassing(asked, () -> held(false, true), t -> t == 1 ? 1 : 0, () -> held(false, true), 10));
        // Up to a quarter of the article's sentences is still in passing.
        assertTrue(Declines.nameInPassing(asked, () -> held(false, true), t -> t == 1 ? 2 : 0, () -> held(false, true), 8));
    }

    @Test
    void anArticleAboutTheNamedSubjectOrAJudgedSentenceHoldingWhatIsAskedAnswers() {
        AskedQuestion asked = arabic("كم مساحة اسيا؟");
        // The article names آسيا in three of its ten sentences: it is about آسيا.
        assertFalse(Declines.nameInPassing(asked, () -> held(false, true), t -> t == 1 ? 3 : 0, () -> held(false, true), 10));
        // A long story that names it in three sentences reports on it, though in under a quarter of them.
        assertFalse(Declines.nameInPassing(asked, () -> held(false, true), t -> t == 1 ? 3 : 0, () -> held(false, true), 22));
        // A one-sentence article names its subject in all its sentences.
        assertFalse(Declines.nameInPassing(asked, () -> held(false, true), t -> 1, () -> held(false, true), 1));
        // The judged sentence holds مساحة beside the name.
        assertFalse(Declines.nameInPassing(asked, () -> held(false, true), t -> 1, () -> held(true, true), 10));
        // A name the article never writes is left to the checks of unheld names, and one written often is
        // the article's subject: the judged sentence is not even looked at.
        assertFalse(Declines.nameInPassing(asked, () -> held(false, true), t -> 0, () -> {
            throw new AssertionError("looked up for a name the article never writes");
        }, 10));
        assertFalse(Declines.nameInPassing(asked, () -> held(false, true), t -> 3, () -> {
            throw new AssertionError("looked up for a name the article writes often");
        }, 10));
    }

    @Test
    void onlyAnArabicQuestionOfItsOwnWithANameAndAnotherWordIsReadForANameInPassing() {
        // No name, or nothing asked beside the name (من هو بشار الأسد؟).
        assertFalse(Declines.nameInPassing(arabic("كم مساحة اسيا؟"), () -> held(false, false), t -> 1,
                () -> held(false, false), 10));
        assertFalse(Declines.nameInPassing(arabic("من هو بشار الاسد؟"), () -> held(true, true), t -> 1,
                () -> held(true, true), 10));
        // Nor are the names read for a question the check leaves out (English, or a follow-up).
        assertFalse(Declines.nameInPassing(english("What is the area of Asia?"), DeclinesTest::namesNotRead,
                t -> t == 1 ? 1 : 0, () -> held(false, true), 10));
        String question = "وكم مساحة اسيا؟";
        AskedQuestion followUp = new AskedQuestion(question, question, QuestionAnalyzer.analyze(question), false,
                Optional.of(new PreviousAnswer("a.txt", 0, QuestionType.OTHER, "ما هي أكبر قارة؟")));
        assertFalse(Declines.nameInPassing(followUp, DeclinesTest::namesNotRead, t -> t == 1 ? 1 : 0,
                () -> held(false, true), 10));
    }

    @Test
    void anArabicQuestionWhoseRareWordsItsJudgedSentenceDoesNotWriteIsDeclined() {
        AskedQuestion asked = arabic("ما هى المحقق كونان؟");
        List<EvidenceTerm> detective = weighted(6.3, 3.1);
        // محقق (rare) is held only by its root, كون (common) by كونها; no lead, nothing in the opening.
        assertTrue(Declines.rareWordsUnwritten(asked, detective, 0.01, held(false, false), t -> false,
                () -> held(false, true)));
        // A word of exactly the rare weight is rare, and a margin just under the bar is no lead.
        assertTrue(Declines.rareWordsUnwritten(asked, weighted(Declines.RARE_WEIGHT, 3.1), 0.29, held(false, false),
                t -> false, () -> held(false, true)));
    }

    @Test
    void aJudgedSentenceWritingARareWordOrAnArticleOpeningOnTheQuestionOrAheadAnswers() {
        AskedQuestion asked = arabic("ما هى المحقق كونان؟");
        List<EvidenceTerm> detective = weighted(6.3, 3.1);
        assertFalse(Declines.rareWordsUnwritten(asked, detective, 0.01, held(false, false), t -> false,
                () -> held(true, false)));
        // Of two rare words one written is enough.
        assertFalse(Declines.rareWordsUnwritten(asked, weighted(6.3, 5.0), 0.01, held(false, false), t -> false,
                () -> held(false, true)));
        // An article opening on a word of the question, even a common one, is about it: the sentence is not read.
        assertFalse(Declines.rareWordsUnwritten(asked, detective, 0.01, held(false, false), t -> t == 1, () -> {
            throw new AssertionError("looked up for an article opening on the question");
        }));
        assertFalse(Declines.rareWordsUnwritten(asked, detective, 0.30, held(false, false), t -> false,
                () -> held(false, false)));
    }

    @Test
    void aQuestionOfOnlyCommonWordsOrRareWordingIsNotReadForRareWords() {
        AskedQuestion asked = arabic("كم نسبة سكان اسيا؟");
        // Every word under the rare weight: nothing to miss.
        assertFalse(Declines.rareWordsUnwritten(asked, weighted(2.4, 2.7, 3.9), 0.10, held(false, false, false),
                t -> false, () -> held(false, false, false)));
        // A rare word that is the question's wording (تأسست، يوجد) is no subject.
        assertFalse(Declines.rareWordsUnwritten(asked, weighted(5.2, 2.7, 3.9), 0.10, held(true, false, false),
                t -> false, () -> held(false, false, false)));
        assertFalse(Declines.rareWordsUnwritten(english("What share of the population is Asian?"),
                weighted(6.3, 3.1), 0.01, held(false, false), t -> false, () -> held(false, true)));
        String question = "وكم نسبة سكان اسيا؟";
        AskedQuestion followUp = new AskedQuestion(question, question, QuestionAnalyzer.analyze(question), false,
                Optional.of(new PreviousAnswer("a.txt", 0, QuestionType.OTHER, "ما هي أكبر قارة؟")));
        assertFalse(Declines.rareWordsUnwritten(followUp, weighted(6.3, 3.1), 0.01, held(false, false), t -> false,
                () -> held(false, true)));
    }

    @Test
    void anArabicQuestionWhoseRareWordsNoneWrittenAreQuotedFromAnArticleTheSearchPutBelowAnotherIsDeclined() {
        AskedQuestion asked = arabic("ما هو الاسم الثاني للتقويم الميلادي؟");
        // تقويم and ميلاد are rare, neither written (تقويم held only by a variant); اسم is common.
        List<EvidenceTerm> calendar = weighted(3.4, 6.3, 4.3);
        assertTrue(Declines.rareWordsBelowAnother(asked, calendar, false, 0.1, held(false, false, false),
                () -> held(true, false, false)));
        // Exactly the rare weight counts, whatever the article opens on (no opening is read).
        assertTrue(Declines.rareWordsBelowAnother(asked, weighted(Declines.RARE_WEIGHT, Declines.RARE_WEIGHT), false,
                0.1, held(false, false), () -> held(false, false)));
    }

    @Test
    void aRareWordWrittenOneRareWordOrTheSearchsFirstArticleAnswers() {
        AskedQuestion asked = arabic("ما هو الاسم الثاني للتقويم الميلادي؟");
        List<EvidenceTerm> calendar = weighted(3.4, 6.3, 4.3);
        assertFalse(Declines.rareWordsBelowAnother(asked, calendar, false, 0.1, held(false, false, false),
                () -> held(false, false, true)));
        // The judged article is the search's first: the sentence is not looked up.
        assertFalse(Declines.rareWordsBelowAnother(asked, calendar, true, 0.1, held(false, false, false), () -> {
            throw new AssertionError("looked up for the search's first article");
        }));
        // The search put one article clearly ahead: the corpus reports on the subject, the quote is a ranking matter.
        assertFalse(Declines.rareWordsBelowAnother(asked, calendar, false, Declines.NO_ARTICLE_AHEAD,
                held(false, false, false), () -> held(false, false, false)));
        // One rare word unwritten is a paraphrase as often as another subject.
        assertFalse(Declines.rareWordsBelowAnother(asked, weighted(3.4, 6.3, 3.9), false, 0.1,
                held(false, false, false), () -> held(false, false, false)));
        // A rare word of the wording is no subject: one rare word is left.
        assertFalse(Declines.rareWordsBelowAnother(asked, calendar, false, 0.1, held(false, false, true),
                () -> held(false, false, false)));
        assertFalse(Declines.rareWordsBelowAnother(english("What is the other name of the Gregorian calendar?"),
                calendar, false, 0.1, held(false, false, false), () -> held(false, false, false)));
        String question = "وما اسمه الثاني للتقويم الميلادي؟";
        AskedQuestion followUp = new AskedQuestion(question, question, QuestionAnalyzer.analyze(question), false,
                Optional.of(new PreviousAnswer("a.txt", 0, QuestionType.OTHER, "ما هو التقويم الميلادي؟")));
        assertFalse(Declines.rareWordsBelowAnother(followUp, calendar, false, 0.1, held(false, false, false),
                () -> held(false, false, false)));
    }

    @Test
    void anArabicQuestionThreeOfWhoseWordsTheJudgedArticleNeverHoldsIsDeclinedWhenNoArticleIsAhead() {
        AskedQuestion asked = arabic("أي منتج للنفط هو حليف وثيق للولايات المتحدة؟");
        // منتج، نفط، وثيق held nowhere in the article; حليف and المتحدة held.
        List<EvidenceTerm> ally = weighted(3.5, 4.8, 5.3, 5.3, 2.7);
        assertTrue(Declines.subjectElsewhere(asked, ally, 0.09, held(false, false, false, false, false),
                t -> t == 3 || t == 4));
        // Exactly the topic weight counts.
        assertTrue(Declines.subjectElsewhere(asked, weighted(Declines.TOPIC_WEIGHT, Declines.TOPIC_WEIGHT,
                Declines.TOPIC_WEIGHT), 0.29, held(false, false, false), t -> false));
    }

    @Test
    void twoWordsMissingCommonOrWordingWordsMissingOrAnArticleAheadAnswers() {
        AskedQuestion asked = arabic("أي منتج للنفط هو حليف وثيق للولايات المتحدة؟");
        List<EvidenceTerm> ally = weighted(3.5, 4.8, 5.3, 5.3, 2.7);
        // Two heavy words missing is as often a paraphrase: the article holds the rest.
        assertFalse(Declines.subjectElsewhere(asked, ally, 0.09, held(false, false, false, false, false),
                t -> t != 0 && t != 1));
        // A word under the topic weight does not count, even when the article lacks it.
        assertFalse(Declines.subjectElsewhere(asked, weighted(3.4, 4.8, 5.3, 5.3), 0.09,
                held(false, false, false, false), t -> t == 3));
        // The question's wording (its verbs, kind words) is no topic.
        assertFalse(Declines.subjectElsewhere(asked, ally, 0.09, held(true, false, false, false, false),
                t -> t == 3 || t == 4));
        // The search put one article ahead: a paraphrase is the likelier reading.
        assertFalse(Declines.subjectElsewhere(asked, ally, Declines.NO_ARTICLE_AHEAD,
                held(false, false, false, false, false), t -> false));
        assertFalse(Declines.subjectElsewhere(english("Which oil producer is a close ally of the United States?"),
                ally, 0.09, held(false, false, false, false, false), t -> false));
        String question = "وأي منتج للنفط هو حليف وثيق لها؟";
        AskedQuestion followUp = new AskedQuestion(question, question, QuestionAnalyzer.analyze(question), false,
                Optional.of(new PreviousAnswer("a.txt", 0, QuestionType.OTHER, "ما هي الولايات المتحدة؟")));
        assertFalse(Declines.subjectElsewhere(followUp, ally, 0.09, held(false, false, false, false, false),
                t -> false));
    }

    @Test
    void aReignAskedOfARulerTheJudgedArticleNeverNamesIsDeclined() {
        AskedQuestion reign = arabic("ماذا بلغت الدولة الإسلامية في عهد مواجهه خان الأول ؟");
        List<EvidenceTerm> evidence = List.of(term("بلغت", "بلغت"), term("الدولة", "الدولة"),
                term("مواجهه", "مواجهه"), term("خان", "خان"));
        Supplier<boolean[]> allButRuler = () -> held(true, true, false, true);
        assertTrue(Declines.rulerUnwritten(reign, evidence, allButRuler, ANALYZERS::wordStems));
        assertTrue(Declines.rulerUnwritten(arabic("ماذا فعل بعهد مواجهه؟"), evidence, allButRuler,
                ANALYZERS::wordStems), "glued ب");
    }

    @Test
    void aRulerTheArticleNamesOrAReignNamingNoRulerKeepsTheAnswer() {
        List<EvidenceTerm> evidence = List.of(term("الدولة", "الدولة"), term("سليمان", "سليمان"),
                term("جديد", "جديد"));
        // The article names Suleiman in another sentence than the judged one, which writes only عهده.
        assertFalse(Declines.rulerUnwritten(arabic("ماذا بلغت الدولة في عهد سليمان خان الأول؟"), evidence,
                () -> held(false, true, false), ANALYZERS::wordStems));
        // A word with the article after عهد names no ruler (العهد الجديد، في عهد الدولة), nor does a stop word.
        Supplier<boolean[]> noneWritten = () -> held(false, false, false);
        assertFalse(Declines.rulerUnwritten(arabic("ماذا بلغت الدولة في عهد الدولة العثمانية؟"), evidence,
                noneWritten, ANALYZERS::wordStems));
        assertFalse(Declines.rulerUnwritten(arabic("ماذا حدث في عهده؟"), evidence, noneWritten,
                ANALYZERS::wordStems), "a pronoun's reign");
        assertFalse(Declines.rulerUnwritten(english("What did the state reach in the reign of Suleiman?"), evidence,
                noneWritten, ANALYZERS::wordStems));
        // The article's sentences are read only for a ruler the evidence holds.
        assertFalse(Declines.rulerUnwritten(arabic("ماذا بلغت الدولة في عهد مواجهه؟"), evidence,
                () -> fail("no ruler term, nothing to read"), ANALYZERS::wordStems));
        String question = "وماذا بلغت في عهد سليمان؟";
        AskedQuestion followUp = new AskedQuestion(question, question, QuestionAnalyzer.analyze(question), false,
                Optional.of(new PreviousAnswer("a.txt", 0, QuestionType.OTHER, "ما الدولة العثمانية؟")));
        assertFalse(Declines.rulerUnwritten(followUp, evidence, noneWritten, ANALYZERS::wordStems));
    }

    /** Evidence terms of these weights, one per weight. */
    private static List<EvidenceTerm> weighted(double... weights) {
        return IntStream.range(0, weights.length)
                .mapToObj(t -> new EvidenceTerm("t" + t, Set.of("t" + t), weights[t], false)).toList();
    }

    private static boolean[] namesNotRead() {
        throw new AssertionError("the names read for a question the in-passing check leaves out");
    }

    private static boolean[] wholeNotRead() {
        throw new AssertionError("the whole translations read for a query none of whose words has one of several");
    }

    private static List<EvidenceTerm> terms(String... labels) {
        return Stream.of(labels).map(l -> new EvidenceTerm(l, Set.of(l), 6.0, false)).toList();
    }

    private static boolean[] held(boolean... held) {
        return held;
    }

    /** A reading with no function-word stem and no frame, which the wording-only decline does not read. */
    private static QuestionReading reading(boolean[] names, boolean[] wording) {
        return new QuestionReading(names, wording, new boolean[names.length], new boolean[names.length]);
    }

    @Test
    void aWhoQuestionAnsweredWithTheHolderOfTheOfficeForAnotherPortfolioIsDeclined() {
        String defence = "وكان وزير الدفاع الإيراني حسين دهقان، نفى يوم الاثنين قيام بلاده بتخصيص قواعد عسكرية لروسيا.";
        String spokesman = "وكان المتحدث الرسمي باسم وزارة الخارجية الإيرانية بهرام قاسمي كشف أن روسيا علقت استخدامها للقاعدة.";
        assertTrue(OfficeDeclines.otherPortfolio(arabic("شكون هو وزير الداخلية ديال سوريا؟"), List.of(defence)));
        assertTrue(OfficeDeclines.otherPortfolio(arabic("مين المتحدث الرسمي باسم الجيش السوري؟"), List.of(spokesman)));
        assertTrue(OfficeDeclines.otherPortfolio(english("Who is the spokesman of the Iranian defence ministry?"),
                List.of(spokesman)));
    }

    @Test
    void aYesNoQuestionAboutAnOfficeHolderAnsweredWithNoHolderOfTheOfficeIsDeclined() {
        String ceremony = "وكانت التنظيمات المسلحة استهدفت، الخميس، حفل تخريج طلاب ضباط الكلية الحربية في حمص.";
        assertTrue(OfficeDeclines.otherRole(arabic("هل حضر وزير الدفاع السوري حفل التخريج في الكلية الحربية؟"),
                List.of(ceremony)));
        assertTrue(Declines.readsQuoted(arabic("هل حضر وزير الدفاع السوري حفل التخريج في الكلية الحربية؟")));
        // The holder named answers; a yes/no question naming no office is left to the model.
        assertFalse(OfficeDeclines.otherRole(arabic("هل حضر وزير الدفاع السوري حفل التخريج في الكلية الحربية؟"),
                List.of(ceremony, "وكان وزير الدفاع السوري قد غادر الحفل قبل الهجوم.")));
        assertFalse(OfficeDeclines.otherRole(arabic("هل استهدفت التنظيمات المسلحة حفل التخريج؟"), List.of(ceremony)));
    }

    @Test
    void aWhoQuestionForTheHeadOfABodyAnsweredWithOneOfItsOfficesHoldersIsDeclined() {
        String commander = "أفادت وسائل إعلام إيرانية بأن كيومرث بور هاشمي، وهو أحد القادة البارزين في الحرس الثوري الإيراني، قد قتل.";
        String headline = "مقتل قائد بارز بالحرس الثوري الإيراني خلال هجوم في حلب";
        assertTrue(OfficeDeclines.otherRank(arabic("مين القائد العام للحرس الثوري الإيراني؟"), List.of(commander, headline)));
        // The head named with its rank answers, and so does any holder when no rank is asked.
        assertFalse(OfficeDeclines.otherRank(arabic("مين القائد العام للحرس الثوري الإيراني؟"),
                List.of(commander, "وقال القائد العام للحرس الثوري حسين سلامي إن الهجوم فشل.")));
        assertFalse(OfficeDeclines.otherRank(arabic("مين قائد الحرس الثوري الإيراني؟"), List.of(headline)));
        // A rank after another word than the office (أمين المجلس الأعلى) asks for no head.
        assertFalse(OfficeDeclines.otherRank(arabic("مين أمين المجلس الأعلى للأمن القومي في إيران؟"),
                List.of("وقال أمين مجلس الأمن القومي علي شمخاني إن الطائرات غادرت.")));
        // English questions are left to the model.
        assertFalse(OfficeDeclines.otherRank(english("Who is the commander-in-chief of the Revolutionary Guards?"),
                List.of(headline)));
    }

    @Test
    void aQuestionForAnEarlierPostAnsweredWithOnlyThePostItNamesIsDeclined() {
        String secretary = "كشف أمين المجلس الأعلى للأمن القومي الإيراني علي شمخاني، يوم الثلاثاء، بأن الطيران الروسي تدخل.";
        String before = "وش كان منصب علي شمخاني قبل ما يصير أمين المجلس الأعلى للأمن القومي؟";
        assertTrue(OfficeDeclines.namedPostOnly(arabic(before), List.of(secretary)));
        assertTrue(OfficeDeclines.namedPostOnly(english(
                "What post did Kiumars Pourhashemi hold before he became commander of Iran's military advisers?"),
                List.of("نعت وسائل إعلام إيرانية العميد كيومرث بورهاشمي قائد المستشارين العسكريين الإيرانيين في حلب.")));
        // A verb of leading whose subject is a state gives no post beside the named one.
        assertTrue(OfficeDeclines.namedPostOnly(arabic(before),
                List.of(secretary, "وتقود واشنطن تحالفاً دولياً ضد تنظيم داعش.")));
        // Another office quoted may be the earlier post, by its title or its noun.
        assertFalse(OfficeDeclines.namedPostOnly(arabic(before),
                List.of(secretary, "وكان شمخاني وزيراً للدفاع قبل تعيينه في المجلس.")));
        assertFalse(OfficeDeclines.namedPostOnly(arabic(before),
                List.of(secretary, "وتولى شمخاني قيادة البحرية قبل تعيينه في المجلس.")));
        // A question asking the post with no earlier one, or naming no office, is left alone.
        assertFalse(OfficeDeclines.namedPostOnly(arabic("وش كان منصب علي شمخاني في المجلس الأعلى للأمن القومي؟"),
                List.of(secretary)));
        assertFalse(OfficeDeclines.namedPostOnly(arabic("ما منصب علي شمخاني قبل ذلك؟"), List.of(secretary)));
        assertTrue(Declines.readsQuoted(arabic(before)));
    }

    // Made-up questions over made-up sentences: the rules' shapes, none of an evaluation set's questions.
    @Test
    void aQuestionForAnEarlierOrLaterHolderAnsweredWithNoOtherPersonIsDeclined() {
        String before = "مين كان قائد المستشارين الإيرانيين بحلب قبل ما يستلم بورهاشمي؟";
        assertTrue(OfficeDeclines.namedHolderOnly(arabic(before), null));
        assertTrue(OfficeDeclines.namedHolderOnly(arabic("من خلف العميد كيومرث بورهاشمي في قيادة المستشارين؟"), null));
        assertTrue(OfficeDeclines.namedHolderOnly(
                english("Who did the mayor say should run the port instead of the army?"), null), "in another's place");
        // Another person found for the short answer may be the one asked.
        assertFalse(OfficeDeclines.namedHolderOnly(arabic(before),
                new ShortAnswer("جواد غفاري", "a.txt", 0, 10, null)));
        // A who-question asking no other holder is left to the model, with or without a short answer.
        assertFalse(OfficeDeclines.namedHolderOnly(arabic("مين كان قائد المستشارين الإيرانيين بحلب؟"), null));
        assertFalse(OfficeDeclines.namedHolderOnly(arabic("من يقف خلف الهجوم على الكلية الحربية؟"), null));
    }

    @Test
    void aQuestionForARankAnsweredWithNoRankIsDeclined() {
        String spokesman = "وقال المتحدث باسم البلدية \"سامر الخطيب\"، في مؤتمر صحفي، إن أعمال الصيانة ستنتهي قريباً.";
        assertTrue(OfficeDeclines.noRank(english("What is Samer al-Khatib's military rank?"), List.of(spokesman)));
        assertTrue(OfficeDeclines.noRank(arabic("شو كانت رتبتو؟"), List.of(spokesman)), "the Levant's رتبتو");
        // A rank quoted, with the article, glued or after برتبة, answers it.
        assertFalse(OfficeDeclines.noRank(english("khatib border guard commander military rank"),
                List.of("أعلن قائد حرس الحدود، العميد سامر الخطيب، إغلاق المعبر مؤقتاً.")));
        assertFalse(OfficeDeclines.noRank(arabic("ما رتبة سامر الخطيب؟"), List.of(spokesman, "وكان برتبة مقدم.")));
        // A place in a list (مرتبة) or a post asked is no rank.
        assertFalse(OfficeDeclines.noRank(arabic("أي مرتبة يحتلها الميناء؟"), List.of(spokesman)));
        assertFalse(OfficeDeclines.noRank(english("What post does Samer al-Khatib hold?"), List.of(spokesman)));
        assertTrue(Declines.readsQuoted(english("What is Samer al-Khatib's military rank?")));
    }

    @Test
    void aHolderAskedWhoseAnswerIsTitledByAnotherOfficeIsDeclined() {
        String minister = "وتقود البلدية حملة تنظيف واسعة، في حين أعلن وزير الزراعة المصري ";
        assertTrue(OfficeDeclines.otherTitleHeld(arabic("من هو قائد الحملة البحرية في خليج العقبة؟"), minister),
                "the asked قائد only in another clause's verb");
        assertTrue(OfficeDeclines.otherTitleHeld(english("Who commands the naval task force in the gulf?"), minister));
        assertTrue(OfficeDeclines.otherTitleHeld(english("Who commanded the northern fleet last winter?"),
                "وأوضح أمين المجلس البلدي للمدينة "));
        // The asked office as the name's title, or none in its clause, may answer.
        assertFalse(OfficeDeclines.otherTitleHeld(arabic("مين وزير الزراعة المصري؟"), minister));
        assertFalse(OfficeDeclines.otherTitleHeld(arabic("من هو قائد الكتيبة؟"), "صرح وزير النقل، بأن "));
        // An office that is the question's subject asks no holder: its answer has another title.
        String met = "استقبل وزير الزراعة المصري سامي فؤاد المحافظ الأردني ";
        assertFalse(OfficeDeclines.otherTitleHeld(arabic("من استقبل وزير الزراعة المصري في عمّان؟"), met));
        assertFalse(OfficeDeclines.otherTitleHeld(english("Who did Egypt's agriculture minister receive in Amman?"),
                met));
        // "Led" asks who did a deed, not who holds a command.
        assertFalse(OfficeDeclines.otherTitleHeld(english("Who led the march?"), minister));
    }

    @Test
    void aHolderAskedBeforeOrAfterANamedPersonWhoseAnswerHasNoTitleIsDeclined() {
        // The sentence gives the office to the named president; the name it gives bare is someone of another role.
        String bare = "أفادت وسائل إعلام محلية بأن ";
        assertTrue(OfficeDeclines.otherTitleHeld(english("Who was the club's president before Samer al-Khatib?"),
                bare));
        assertTrue(OfficeDeclines.otherTitleHeld(arabic("من هو رئيس النادي قبل سامر الخطيب؟"), bare));
        // Given with the asked office, the name may be the predecessor.
        assertFalse(OfficeDeclines.otherTitleHeld(english("Who was the club's president before Samer al-Khatib?"),
                "وكان سلفه رئيس النادي "));
        // A holder asked with no one before or after him may be named bare, and a question naming no office is
        // not read.
        assertFalse(OfficeDeclines.otherTitleHeld(english("Who was the club's president in 1990?"), bare));
        assertFalse(OfficeDeclines.otherTitleHeld(english("Who was in charge before Samer al-Khatib?"), bare));
    }

    @Test
    void aCountOfTheKilledAnsweredBySentencesTellingNoDeathIsDeclined() {
        String released = "وشهد الأسبوع الماضي إطلاق سراح خمسة صيادين احتجزوا قرب الجزيرة.";
        assertTrue(CountDeclines.noDeathTold(english("How many villagers were killed in the flood?"),
                List.of(released), List.of("قروي", "قتل", "فيضان")));
        assertTrue(CountDeclines.noDeathTold(arabic("كم شخصا قتل في الفيضان؟"), List.of(released), List.of()));
        // A sentence telling a death, by news's words or by هلك, answers it; so is a count of something else.
        assertFalse(CountDeclines.noDeathTold(arabic("كم شخصا قتل في الفيضان؟"),
                List.of(released, "وقتل 12 قرويا في الفيضان."), List.of()));
        assertFalse(CountDeclines.noDeathTold(arabic("كم شخص مات من الحمى في القرية عام 1820؟"),
                List.of("يُعتقد أن 300 من السكان قد هلكوا من الحمى في القرية عام 1820."), List.of()));
        assertFalse(CountDeclines.noDeathTold(arabic("كم صيادا أطلق سراحهم؟"), List.of(released), List.of()));
        // The fighting (القتال) and a fighter (مقاتل) share the killed's root, not its words.
        String clashes = "بعد اشتباكات عنيفة بين العشيرتين، استمرت لأكثر من 12 ساعة.";
        assertFalse(CountDeclines.noDeathTold(english("How long did the fighting last?"), List.of(clashes),
                List.of("معارك", "قتال", "اشتباك")));
        assertFalse(CountDeclines.noDeathTold(arabic("كم عدد المقاتلين في الاشتباكات؟"), List.of(clashes), List.of()));
    }

    @Test
    void aCountOfTheKilledByADialectVerbIsReadAsItsStandardVerbIs() {
        String clashes = "بعد اشتباكات عنيفة بين العشيرتين، استمرت لأكثر من 12 ساعة.";
        assertTrue(CountDeclines.noDeathTold(arabic("قديش واحد من المسلحين انقتل بالاشتباكات؟"), List.of(clashes),
                List.of()));
        assertTrue(CountDeclines.noDeathTold(arabic("كام واحد اتقتلوا في الاشتباكات؟"), List.of(clashes), List.of()));
        // A sentence telling the death answers it, and the dialect's wounded is no count of the killed.
        assertFalse(CountDeclines.noDeathTold(arabic("قديش واحد من المسلحين انقتل بالاشتباكات؟"),
                List.of("وقتل 12 مسلحا في الاشتباكات."), List.of()));
        assertFalse(CountDeclines.noDeathTold(arabic("قديش واحد انجرح بالاشتباكات؟"), List.of(clashes), List.of()));
    }

    @Test
    void aWhoQuestionOfTheKilledAnsweredBySentencesTellingNoDeathIsDeclined() {
        String player = "كان بن مهيدي لاعبا في كرة القدم فكان أحد المدافعين الأساسيين في فريق الاتحاد الرياضي.";
        assertTrue(CountDeclines.noDeathTold(arabic("من قتل احاديه بن على؟"), List.of(player), List.of()));
        assertTrue(CountDeclines.noDeathTold(english("Who killed the general?"), List.of(player),
                List.of("قتل", "جنرال")));
        // A killing told by its manner, an assassination or an execution, tells a death; a deed of another kind is
        // not asked of the killed.
        assertFalse(CountDeclines.noDeathTold(arabic("من قتل الجنرال؟"),
                List.of("اغتيل الجنرال بغارة نفذتها طائرة مسيرة."), List.of()));
        assertFalse(CountDeclines.noDeathTold(arabic("من قتل الأسرى؟"), List.of("أعدمت الميليشيا الأسرى."), List.of()));
        assertFalse(CountDeclines.noDeathTold(arabic("من درب بن مهيدي؟"), List.of(player), List.of()));
    }

    @Test
    void theAskedPortfolioOrNoneGivenMayAnswer() {
        String defence = "وكان وزير الدفاع الإيراني حسين دهقان، نفى يوم الاثنين قيام بلاده بتخصيص قواعد عسكرية لروسيا.";
        assertFalse(OfficeDeclines.otherPortfolio(arabic("من هو وزير الدفاع الإيراني؟"), List.of(defence)));
        assertFalse(OfficeDeclines.otherPortfolio(english("Who is Iran's defense minister?"), List.of(defence)));
        // A neighbour quoted with the lead may give the asked portfolio.
        assertFalse(OfficeDeclines.otherPortfolio(arabic("من هو وزير الداخلية؟"),
                List.of(defence, "وقال وزير الداخلية أحمد وحيدي إن الحدود آمنة.")));
        // A sentence naming the office with no portfolio, a question asking none, or another type is left alone.
        assertFalse(OfficeDeclines.otherPortfolio(arabic("من هو وزير الداخلية؟"), List.of("وقال الوزير أحمد وحيدي إن الحدود آمنة.")));
        assertFalse(OfficeDeclines.otherPortfolio(arabic("من هو الوزير الذي نفى تخصيص قواعد لروسيا؟"), List.of(defence)));
        assertFalse(OfficeDeclines.otherPortfolio(arabic("متى نفى وزير الداخلية تخصيص قواعد لروسيا؟"), List.of(defence)));
    }

    @Test
    void aQuestionAnsweredWithAnotherCountrysHolderOfTheNounIsDeclined() {
        String letter = "وفي رسالة إلى وزير الدفاع السوري، قال اللواء باقري إن الهجوم كشف الطبيعة الإجرامية للإرهابيين.";
        assertTrue(OfficeDeclines.otherNationality(arabic("ماذا قال وزير الدفاع التركي عن حلب؟"), List.of(letter)));
        assertTrue(OfficeDeclines.otherNationality(arabic("من هو المتحدث باسم الخارجية الروسية؟"),
                List.of("وقال المتحدث باسم وزارة الخارجية الإيرانية إسماعيل بقائي إن عراقجي سيزور أنقرة.")));
    }

    @Test
    void aCountryClosingAnOfficesConstructIsItsNationality() {
        // "وزير خارجية إيران" is "وزير الخارجية الإيراني": Russia's minister does not answer it.
        assertTrue(OfficeDeclines.otherNationality(arabic("طيب ووزير خارجية إيران ذاك الوقت، وش كان اسمه؟"),
                List.of(LAVROV)));
        assertTrue(OfficeDeclines.otherNationality(arabic("ماذا قال وزير إيران؟"), List.of(LAVROV)));
        // The asked country's minister does; so does the construct in the quoted sentence.
        assertFalse(OfficeDeclines.otherNationality(arabic("ماذا قال وزير خارجية روسيا؟"), List.of(LAVROV)));
        assertFalse(OfficeDeclines.otherNationality(arabic("ماذا قال وزير الخارجية الروسي؟"),
                List.of("وقال وزير خارجية روسيا إن الهجوم فشل.")));
        assertTrue(OfficeDeclines.otherNationality(arabic("ماذا قال وزير الخارجية الإيراني؟"),
                List.of("وقال وزير خارجية روسيا إن الهجوم فشل.")));
        // Only a construct: a country after a definite office is a word of its own ("قال الوزير إيران تدعم…").
        assertFalse(OfficeDeclines.otherNationality(arabic("ماذا قال وزير الخارجية الإيراني؟"),
                List.of("وقال الوزير روسيا تدعم الحل السياسي.")));
    }

    @Test
    void theAskedNationalityACounterpartOrNoneGivenMayAnswer() {
        assertFalse(OfficeDeclines.otherNationality(arabic("ماذا قال وزير الخارجية الإيراني للمقداد؟"), List.of(CALL)));
        // A counterpart of the asked side is the asked country's holder of the office.
        assertFalse(OfficeDeclines.otherNationality(arabic("ماذا قال وزير الخارجية السوري لعبد اللهيان؟"), List.of(CALL)));
        // The noun given with no nationality, or another quoted sentence giving the asked one.
        assertFalse(OfficeDeclines.otherNationality(arabic("ماذا قال وزير الدفاع التركي عن حلب؟"),
                List.of("وقال وزير الدفاع إن الهجوم فشل.")));
        assertFalse(OfficeDeclines.otherNationality(arabic("ماذا قال وزير الدفاع التركي عن حلب؟"),
                List.of("التقى وزير الدفاع السوري بوزير الدفاع التركي في أنقرة.")));
        // Only offices and ministries: news prose leaves other nouns out, and sides name no nation.
        assertFalse(OfficeDeclines.otherNationality(arabic("اي منطقة تتكلم اللغة الفرنسية؟"),
                List.of("أكبر المناطق هي المنطقة الناطقة باللغة الهولندية في الشمال والمنطقة الناطقة بالفرنسية جنوبا.")));
        assertFalse(OfficeDeclines.otherNationality(arabic("ما اسم العملية التي أطلقتها فصائل الشمال السوري؟"),
                List.of("أعلنت الفصائل في الشمال الغربي إطلاق عملية ردع العدوان.")));
        // A portfolio is no nationality: the foreign minister asked with none, or as Syria's, may be the
        // Syrian minister, whose sentence names no portfolio.
        String syrian = "وقال الوزير السوري فيصل المقداد إن الهجوم على حلب فشل.";
        assertFalse(OfficeDeclines.otherNationality(arabic("ماذا قال وزير الخارجية عن حلب؟"), List.of(syrian)));
        assertFalse(OfficeDeclines.otherNationality(arabic("ماذا قال وزير الخارجية السوري عن حلب؟"), List.of(syrian)));
        // An English question that asks no person is left to the model: its nouns are not bound to the adjective.
        assertFalse(OfficeDeclines.otherNationality(english("What did the Turkish defence minister say about Aleppo?"),
                List.of("وفي رسالة إلى وزير الدفاع السوري، قال اللواء باقري إن الهجوم فشل.")));
    }

    @Test
    void anEnglishWhoQuestionAnsweredWithAnotherCountrysOfficialIsDeclined() {
        assertTrue(OfficeDeclines.otherNationality(
                english("Which US official said the Russian warplanes breached the resolution?"), List.of(LAVROV)));
        assertTrue(OfficeDeclines.otherNationality(english("Who is the Iranian foreign minister?"), List.of(LAVROV)));
        // The asked country's official, a demonym qualifying no office, or an office given with none may answer.
        assertFalse(OfficeDeclines.otherNationality(english("Which Russian official said there was no basis for it?"),
                List.of(LAVROV)));
        assertFalse(OfficeDeclines.otherNationality(english("Who said the Russian warplanes breached the resolution?"),
                List.of(LAVROV)));
        assertFalse(OfficeDeclines.otherNationality(
                english("Which US official said the warplanes breached the resolution?"),
                List.of("وقال الوزير إن الطائرات خرقت القرار.")));
        // The asked nation given with another noun of the office, and "foreign", which names no nation.
        assertFalse(OfficeDeclines.otherNationality(english("Who is the Russian foreign minister mentioned?"),
                List.of(LAVROV)));
        assertFalse(OfficeDeclines.otherNationality(english("Who did Iran's foreign minister call?"), List.of(CALL)));
        // Capitalised as a title, "Foreign" still names no nation.
        assertFalse(OfficeDeclines.otherNationality(english("Who is the Foreign Minister of Iran?"), List.of(CALL)));
    }

    // "Which Syrian officials…" asks for persons as "who" does, though its plural noun types it OTHER.
    @Test
    void anEnglishWhichQuestionAskingANationsOfficialsIsReadAsAWhoQuestion() {
        String raisi = "وفي وقت سابق الجمعة، حمل الرئيس الإيراني، إبراهيم رئيسي، مسؤولية مجزرة حمص لحماة الإرهابيين.";
        assertTrue(OfficeDeclines.otherNationality(
                english("And which Syrian officials were at the ceremony when it was hit?"), List.of(raisi)));
        assertTrue(OfficeDeclines.otherNationality(english("Which Syrian officials attended the funeral?"),
                List.of(raisi)));
        // The asked nation's office given, and a which-question whose noun is no nation's office, are left alone.
        assertFalse(OfficeDeclines.otherNationality(english("Which Syrian official was Bagheri writing to?"),
                List.of("وفي رسالة إلى وزير الدفاع السوري، قال اللواء باقري إن الهجوم فشل.")));
        assertFalse(OfficeDeclines.otherNationality(
                english("Which agreement did the Syrian foreign minister sign in Tehran?"), List.of(raisi)));
    }

    private static boolean noFigure(String question, String... quoted) {
        AskedQuestion asked = arabic(question);
        String tallied = asked.analysis().tallied();
        return CountDeclines.noFigure(asked, List.of(quoted), tallied.isEmpty() ? List.of() : List.of(tallied));
    }

    // A thing where ماذا asks a deed leaves nothing asked that a sentence could answer.
    @Test
    void aWhatOfADeedPutBeforeANounIsDeclined() {
        assertTrue(Declines.noDeedAsked(arabic("ماذا تسجيلات النظرية البلدية؟")));
        assertFalse(Declines.noDeedAsked(arabic("ماذا تقول النظرية البلدية؟")));
        assertFalse(Declines.noDeedAsked(english("What recordings does the theory name?")));
        assertFalse(Declines.noDeedAsked(
                followUp("وماذا التسجيلات؟", QuestionType.OTHER, "ماذا تقول النظرية البلدية؟")));
    }

    // Half of twelve where the question's noun should stand names nothing a sentence could answer of.
    @Test
    void anOpeningOfTwelveWithNoTenIsDeclined() {
        assertTrue(Declines.unfinishedNumber(arabic("من هو اثنتي الألماني الذي كان من سلالة الهوغونوت؟")));
        assertFalse(Declines.unfinishedNumber(arabic("من هو الشاعر الألماني الذي كان من سلالة الهوغونوت؟")));
        assertFalse(Declines.unfinishedNumber(arabic("ما الدول اثنتي عشرة التي وقعت الاتفاق؟")));
        assertFalse(Declines.unfinishedNumber(english("Which twelve states signed the agreement?")));
        assertFalse(Declines.unfinishedNumber(
                followUp("واثنتي الفرنسي؟", QuestionType.PERSON, "من هو الشاعر الألماني؟")));
    }

    /** An Arabic follow-up of {@code previous}, asked of a.txt's first sentence. */
    private static AskedQuestion followUp(String again, QuestionType previousType, String previous) {
        return new AskedQuestion(again, again, QuestionAnalyzer.analyze(again), false,
                Optional.of(new PreviousAnswer("a.txt", 0, previousType, previous)));
    }

    private static AskedQuestion arabic(String question) {
        return new AskedQuestion(question, question, QuestionAnalyzer.analyze(question), false, Optional.empty());
    }

    // A rate asked per year or day is no total and no date: the model passed such answers at .63 and .89.
    @Test
    void aRateAskedIsDeclinedOnSentencesWritingNone() {
        String total = "وقال فلاحت بيشه بأن طهران أنفقت ما بين 20 إلى 30 مليار دولار في سوريا.";
        assertTrue(CountDeclines.noRate(english("iran yearly spending on syria how much per year"), List.of(total)));
        assertTrue(CountDeclines.noRate(english("How many aid trucks a day enter Gaza?"),
                List.of("والذي دخل حيز التنفيذ يوم الأحد وشهد حتى الآن إطلاق سراح ثلاثة رهائن.")));
        assertFalse(CountDeclines.noRate(english("How many passengers a year does the network carry?"),
                List.of("وتحمل الشبكة أكثر من 37 مليون راكب في السنة.")));
        assertFalse(CountDeclines.noRate(english("how much did iran spend on syria"), List.of(total)));
        assertFalse(CountDeclines.noRate(arabic("كم أنفقت إيران في سوريا سنويا؟"), List.of(total)));
    }

    // A game's score is written in figures: a sentence on a game's rules, which names a result and no figure, gives none.
    @Test
    void aScoreAskedIsDeclinedOnSentencesWritingNoFigure() {
        String rules = "إذا أحرز الفريقان أهدافاً متعادلة في نهاية المباراة، فتكون نتيجة المباراة إما التعادل أو تدخل"
                + " المباراة في نظام الوقت الإضافي.";
        String game = "ثم هزموا نيو إينغلاند باتريوتس في مباراة بطولة رابطة كرة القدم الأمريكية، 20–18.";
        String goalless = "وانتهت المباراة بالتعادل السلبي بين الفريقين.";
        AskedQuestion score = english("What was the final score of the AFC Championship Game?");
        assertTrue(CountDeclines.noScore(score, List.of(rules)));
        assertFalse(CountDeclines.noScore(score, List.of(game)));
        assertFalse(CountDeclines.noScore(score, List.of(rules, game)));
        assertFalse(CountDeclines.noScore(score, List.of(goalless)));
        assertFalse(CountDeclines.noScore(english("What was the average household size?"), List.of(rules)));
        assertFalse(CountDeclines.noScore(english("Who did the Broncos score against?"), List.of(rules)));
    }

    private static AskedQuestion english(String question) {
        return new AskedQuestion(question, question, QuestionAnalyzer.analyze(question), true, Optional.empty());
    }
}
