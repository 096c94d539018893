package io.isnad.answer.abstain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.isnad.retrieve.EvidenceTerm;

class CountTieTest {

    private static final String WOUNDED = "كم عدد الجرحى في الهجوم؟";
    private static final String DEAD = "كم عدد القتلى؟";
    private static final String CIVILIANS = "كم عدد المدنيين الذين قتلوا؟";

    private static boolean tied(String sentence, String question) {
        return CountTie.tied(sentence, CountTie.counted(question, List.of(), false), question);
    }

    @Test
    void aNumberIsTiedToTheNounItCountsOrTheWordThatGovernsIt() {
        assertTrue(tied("أسفر الهجوم عن 89 قتيلاً و277 جريحاً.", WOUNDED));
        assertTrue(tied("وقالت الوزارة إن عدد الجرحى بلغ 277.", WOUNDED));
        assertTrue(tied("قُتل 20 شخصاً في القصف.", DEAD), "the verb of the root before the number");
        assertTrue(tied("سقط 89 شهيداً في القصف.", DEAD), "a news synonym after the number");
        assertTrue(tied("قاد كوتشلي الفريق في العرقلات (118).", "كم عرقلة سجل كوتشلي؟"), "brackets end no clause");
    }

    @Test
    void aNumberOfSomethingElseIsNotTied() {
        assertFalse(tied("قُتل 89 شخصاً في الهجوم على المدينة.", WOUNDED));
        assertFalse(tied("أسفر الهجوم عن سقوط قتلى وجرحى.", WOUNDED), "no number at all");
        assertFalse(tied("أصيب عدد من المدنيين، وقتل 12 آخرون.", CIVILIANS), "the noun stands in another clause");
        assertFalse(tied("الجرحى نقلوا إلى المستشفى الذي يضم 300 سرير.", WOUNDED), "too far before");
    }

    @Test
    void theCountedNounMayStandAFewWordsAfterItsNumberButNotPastAnItemBoundary() {
        assertTrue(tied("قتل 20 من المدنيين في الغارة.", CIVILIANS));
        assertFalse(tied("دمرت الغارة منازل المدنيين و3 مدارس.", CIVILIANS),
                "a standalone و begins another item of the clause");
    }

    @Test
    void aSentenceWithoutAFigureCountsTwoWithADual() {
        assertTrue(tied("أصبح أول لاعب يقود فريقين مختلفين إلى اللقب.", "كم عدد الفرق التي قادها إلى اللقب؟"));
    }

    @Test
    void anEnglishQuestionCountsThroughTheTranslationsOfItsNoun() {
        String question = "How many people live in Tehran?";
        List<EvidenceTerm> evidence = List.of(
                new EvidenceTerm("people", Set.of("اشخاص", "people"), 1, false),
                new EvidenceTerm("tehran", Set.of("طهران"), 3, true));
        List<String> people = CountTie.counted(question, evidence, true);
        assertEquals(List.of("اشخاص"), people, "the Arabic forms of the counted words only");
        assertTrue(CountTie.tied("يعيش في طهران نحو 9 ملايين شخص.", people, question));
        assertFalse(CountTie.tied("خصصت الحكومة 9 ملايين دولار لطهران.", people, question));
    }

    @Test
    void aQuestionThatCountsNothingNamedHasNoCountedForms() {
        assertEquals(List.of(), CountTie.counted("متى وقع الهجوم؟", List.of(), false));
        assertEquals(List.of(), CountTie.counted("كم مساحة المدينة؟", List.of(), false));
        assertEquals(List.of(), CountTie.counted("How many soldiers died?", List.of(), true),
                "English words the query did not translate");
    }
}
