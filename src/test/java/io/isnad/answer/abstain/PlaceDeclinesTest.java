package io.isnad.answer.abstain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.isnad.answer.AskedQuestion;
import io.isnad.answer.ShortAnswer;
import io.isnad.answer.question.QuestionAnalyzer;
import io.isnad.index.IndexAnalyzers;
import io.isnad.retrieve.EvidenceTerm;

class PlaceDeclinesTest {

    private static final IndexAnalyzers ANALYZERS = new IndexAnalyzers();
    private static final String ACADEMY = "وكانت التنظيمات المسلحة استهدفت، الخميس، حفل تخريج طلاب ضباط الكلية الحربية "
            + "في حمص، عبر مسيّرات تحمل ذخائر متفجرة.";
    private static final String FUNERAL = "وشيعت سوريا الجمعة ضحايا الاعتداء الإرهابي من أمام المستشفى العسكري في حمص.";
    private static final String MET = "التقى وزير الخارجية الإيراني عباس عراقجي الرئيس السوري بشار الأسد في دمشق في "
            + "الأول من ديسمبر/كانون الأول لإرسال رسالة دعم.";

    @Test
    void aQuestionAskingWhichPalaceOrProvinceAnsweredBySentencesNamingNoneIsDeclined() {
        AskedQuestion palace = arabic("في أي قصر استقبل بشار الأسد وزير الخارجية الإيراني عباس عراقجي في دمشق؟");
        assertTrue(Declines.readsQuoted(palace), "an untyped which-palace question reads its quoted sentences");
        assertTrue(PlaceDeclines.noKindNamed(palace, List.of(MET)), "the city is named, no palace");
        assertTrue(PlaceDeclines.noKindNamed(english("In which Iranian province did President Ebrahim Raisi die?"),
                List.of(MET)), "past one adjective");
        assertTrue(PlaceDeclines.noKindNamed(arabic("الجرحى اتنقلوا لمستشفى إيه؟"), List.of(MET)), "Egyptian إيه");
    }

    @Test
    void aSentenceWritingTheKindsNounInAnyFormKeepsTheAnswer() {
        AskedQuestion palace = arabic("في أي قصر استقبل بشار الأسد عراقجي؟");
        assertFalse(PlaceDeclines.noKindNamed(palace, List.of(MET, "واستقبل الأسد ضيفه في قصر الشعب.")));
        assertFalse(PlaceDeclines.noKindNamed(arabic("إلى أي مستشفى نقل الجرحى؟"),
                List.of("ونقل الجرحى إلى المستشفى العسكري في حمص.")), "with its article");
        assertFalse(PlaceDeclines.noKindNamed(english("Which hospitals were the wounded taken to?"),
                List.of("ونقل الجرحى إلى مستشفيات المدينة.")), "the plural");
        assertFalse(PlaceDeclines.noKindNamed(palace, List.of()));
    }

    @Test
    void aCountrysCapitalAnsweredWithAnotherCountrysIsDeclined() {
        String ankara = "وقال المتحدث باسم وزارة الخارجية الإيرانية إسماعيل بقائي إن عراقجي سيزور أيضا العاصمة التركية "
                + "أنقرة بعد زيارته لدمشق.";
        assertTrue(Declines.readsQuoted(arabic("ما هي عاصمة لبنان؟")), "a capital asked reads its quoted sentences");
        assertTrue(PlaceDeclines.otherCountrysCapital(arabic("ما هي عاصمة لبنان؟"), List.of(ankara)));
        // The asked country's capital, by its demonym or its name, or a capital with no country, may answer.
        assertFalse(PlaceDeclines.otherCountrysCapital(arabic("ما هي عاصمة تركيا؟"), List.of(ankara)));
        assertFalse(PlaceDeclines.otherCountrysCapital(arabic("ما هي عاصمة العراق؟"),
                List.of("بغداد هي عاصمة العراق وأكبر مدنها.")));
        assertFalse(PlaceDeclines.otherCountrysCapital(arabic("ما هي عاصمة لبنان؟"),
                List.of("وصل الوفد إلى العاصمة صباح الأحد.")));
        // A question asking no country's capital is left alone.
        assertFalse(PlaceDeclines.otherCountrysCapital(arabic("إلى أين سيتوجه عراقجي بعد دمشق؟"), List.of(ankara)));
    }

    @Test
    void aQuestionAskingWhichNeighbourhoodIsReadByTheNounNewsNamesOneWith() {
        String strikes = "وتقوم الطائرات الروسية بتقديم الدعم الجوي عبر تنفيذ ضربات ضد مواقع الإرهابين في المناطق.";
        AskedQuestion english = english("Which Aleppo neighbourhoods did the jets hit?");
        assertTrue(PlaceDeclines.noKindNamed(english, List.of(strikes)), "the plural past a name");
        assertTrue(PlaceDeclines.noKindNamed(arabic("في أي حي سقطت القذائف؟"), List.of(strikes)));
        assertFalse(PlaceDeclines.noKindNamed(english, List.of(strikes, "وقصفت الطائرات حي الحمدانية في حلب.")));
        assertFalse(PlaceDeclines.noKindNamed(english("Which neighborhood lies west of the freeway?"),
                List.of("ويعتبر الجانب الغربي أحد أعرق الأحياء في المدينة.")), "the plural with its article");
    }

    @Test
    void onlyAWhichQuestionOfANamedKindIsRead() {
        // A city or a country is named bare; a hospital that is not asked "which" of is no asked kind.
        assertFalse(PlaceDeclines.noKindNamed(english("Which city did Araghchi visit after Damascus?"),
                List.of(MET)));
        assertFalse(PlaceDeclines.noKindNamed(english("What did the hospital say about the wounded?"),
                List.of(MET)), "an auxiliary after what asks no kind");
        assertFalse(PlaceDeclines.noKindNamed(arabic("ماذا قال المستشفى عن الجرحى؟"), List.of(MET)));
        assertFalse(PlaceDeclines.askedKind(english("Who heads the university?").analysis().words()).isPresent());
    }

    @Test
    void aQuestionWhoseHeadIsANamedKindAnsweredBySentencesNamingNoneIsDeclined() {
        String diverse = "وتتميز الولايات المتحدة بأنها واحدة من أكثر دول العالم تنوعاً من حيث العرق والثقافة.";
        AskedQuestion airport = english("What is the second busiest airport in the United States?");
        assertTrue(Declines.readsQuoted(airport), "its quoted sentences are read for the kind");
        assertTrue(PlaceDeclines.noKindNamed(airport, List.of(diverse)));
        assertTrue(PlaceDeclines.noKindNamed(arabic("ما هو المطار الأكثر ازدحاما في الولايات المتحدة؟"),
                List.of(diverse)));
        assertFalse(PlaceDeclines.noKindNamed(airport, List.of("ويعد مطار أتلانتا الأكثر ازدحاما في العالم.")));
        // A count of a named kind is given with its noun.
        AskedQuestion provinces = arabic("كم مقاطعة في هولندا؟");
        assertTrue(PlaceDeclines.noKindNamed(provinces, List.of("وانتشرت ثلاثة أوبئة في البلدان المنخفضة.")));
        assertFalse(PlaceDeclines.noKindNamed(provinces, List.of("تتكون هولندا من اثنتي عشرة مقاطعة.")));
    }

    @Test
    void aQuestionAskingTheNameOfANamedKindIsNotReadByItsHead() {
        // A name may be a brand's that writes no kind's noun: the StubHub Center is a stadium.
        List<String> center = List.of("وكلاهما لعب في مركز ستابهاب وكانا متنافسان محليان.");
        assertFalse(PlaceDeclines.noKindNamed(english("What was the name of the stadium that the teams played in?"),
                center));
        assertFalse(PlaceDeclines.noKindNamed(arabic("ما اسم الملعب الذي لعب فيه الفريقان؟"), center));
    }

    @Test
    void aQuestionAskingForACityAnsweredWithACountryIsDeclined() {
        assertTrue(PlaceDeclines.countryForACity(arabic("ما هي المدينة الأكبر التي لا ترتبط بطرق ما بين الولايات؟"),
                answer("اليمن")));
        assertTrue(PlaceDeclines.countryForACity(english("Which city hosted the talks?"), answer("البرازيل")));
        assertTrue(PlaceDeclines.countryForACity(arabic("في أي بلدة وقع الانفجار؟"), answer("سوريا")));
    }

    @Test
    void aCityACountryBearingACitysNameOrAQuestionAskingForACountryKeepsTheAnswer() {
        AskedQuestion city = arabic("ما هي المدينة الأكبر في المنطقة؟");
        assertFalse(PlaceDeclines.countryForACity(city, answer("دمشق")));
        assertFalse(PlaceDeclines.countryForACity(city, answer("الكويت")), "Kuwait City");
        assertFalse(PlaceDeclines.countryForACity(english("Which city hosted the talks?"), answer("سنغافورة")));
        // The city named in a question asking for its country is no asked head.
        assertFalse(PlaceDeclines.countryForACity(arabic("في أي دولة تقع مدينة حلب؟"), answer("سوريا")));
        assertFalse(PlaceDeclines.countryForACity(english("Where did the talks take place?"), answer("اليمن")));
    }

    @Test
    void aQuestionAskingForACityOrANamedPlaceAnsweredWithASideOrAReachIsDeclined() {
        assertTrue(PlaceDeclines.sideForAPlace(arabic("ما المدينة التي بها أكبر عدد من السكان؟"), answer("الشرقية")),
                "the northeastern city");
        assertTrue(PlaceDeclines.sideForAPlace(english("What university won the award for Most IT enabled "
                + "organisation?"), answer("الدول")), "the Arab League's countries");
        assertTrue(PlaceDeclines.sideForAPlace(arabic("ما هي عاصمة آيسلندا؟"), answer("العالم")));
        assertTrue(PlaceDeclines.sideForAPlace(arabic("في أي مستشفى نقل الجرحى؟"), answer("الغربي")));
    }

    @Test
    void aNameARegionOrAQuestionAskingWhereKeepsASidesAnswer() {
        assertFalse(PlaceDeclines.sideForAPlace(arabic("ما المدينة التي بها أكبر عدد من السكان؟"), answer("دمشق")));
        assertFalse(PlaceDeclines.sideForAPlace(arabic("ما المدينة التي قصفت؟"), answer("الغوطة الشرقية")),
                "a name with its side");
        // A region is named by its side (المنطقة الشرقية), and a where-question asks no name.
        assertFalse(PlaceDeclines.sideForAPlace(arabic("في أي محافظة وقع الهجوم؟"), answer("الشرقية")));
        assertFalse(PlaceDeclines.sideForAPlace(english("Where does the megalopolis stand in population?"),
                answer("الشرقية")));
        assertFalse(PlaceDeclines.sideForAPlace(arabic("ما هو الحي الكائن غربي الطريق الحرة؟"), answer("حدود")),
                "a quarter is no settlement nor named kind");
    }

    @Test
    void aPlaceQuestionJudgedOnASentenceNamingOnlyTheQuestionsOwnPlacesIsDeclined() {
        List<EvidenceTerm> drones = List.of(term("drones", "مسيرات"), term("homs", "حمص"), term("academy", "كلية"));
        assertTrue(PlaceDeclines.noOtherPlace(english("Where were the drones that hit the Homs military academy "
                + "launched from?"), List.of(ACADEMY), drones, ANALYZERS::wordStems), "Homs is the academy's town");
        List<EvidenceTerm> funerals = List.of(term("syrian", "السورية"), term("cities", "مدن"), term("homs", "حمص"),
                term("funerals", "تشييع"));
        assertTrue(PlaceDeclines.noOtherPlace(english("In which other Syrian cities were funerals held for the "
                + "victims of the Homs military academy attack?"), List.of(FUNERAL), funerals, ANALYZERS::wordStems),
                "Syria by its adjective, Homs, and a hospital, which is no city");
    }

    @Test
    void aSentenceThatMayNameAnotherPlaceKeepsTheAnswer() {
        List<EvidenceTerm> funerals = List.of(term("homs", "حمص"), term("funeral", "تشييع"), term("academy", "كلية"));
        assertFalse(PlaceDeclines.noOtherPlace(english("Where did the funeral procession for the Homs academy victims"
                + " set off from?"), List.of(FUNERAL), funerals, ANALYZERS::wordStems),
                "the hospital a where-question is answered by");
        assertFalse(PlaceDeclines.noOtherPlace(arabic("وين صار الهجوم على حفل تخريج الضباط؟"), List.of(ACADEMY),
                List.of(term("attack", "هجوم"), term("graduation", "تخريج")), ANALYZERS::wordStems),
                "Homs, which the question does not name");
        assertFalse(PlaceDeclines.noOtherPlace(arabic("أين يقع ملعب بولونيا؟"),
                List.of("يقع ملعب بولونيا في شارع كونفيكتورسكا."),
                List.of(term("stadium", "ملعب"), term("polonia", "بولونيا")), ANALYZERS::wordStems),
                "a street the lexicon does not know");
        assertFalse(PlaceDeclines.noOtherPlace(english("Who attacked the Homs military academy?"), List.of(ACADEMY),
                List.of(term("homs", "حمص")), ANALYZERS::wordStems), "no place question");
        assertFalse(PlaceDeclines.noOtherPlace(arabic("وين صار الهجوم على الكلية الحربية في حمص؟"),
                List.of(ACADEMY, "وتبنت الهجوم جماعة من إدلب."), List.of(term("homs", "حمص")), ANALYZERS::wordStems),
                "the lead names another place");
    }

    private static EvidenceTerm term(String label, String... words) {
        Set<String> forms = Stream.of(words).flatMap(w -> ANALYZERS.wordStems(w).stream()).collect(Collectors.toSet());
        return new EvidenceTerm(label, forms, 3.0, false);
    }

    private static ShortAnswer answer(String text) {
        return new ShortAnswer(text, "a.txt", 0, text.length(), text);
    }

    private static AskedQuestion arabic(String question) {
        return new AskedQuestion(question, question, QuestionAnalyzer.analyze(question), false, Optional.empty());
    }

    private static AskedQuestion english(String question) {
        return new AskedQuestion(question, question, QuestionAnalyzer.analyze(question), true, Optional.empty());
    }
}
