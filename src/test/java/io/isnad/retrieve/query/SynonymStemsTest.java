package io.isnad.retrieve.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.isnad.index.IndexAnalyzers;
import io.isnad.index.IndexField;
import io.isnad.ingest.arabic.ArabicTextNormalizer;

/** A question's word is searched and judged with the index stems of its news synonyms. */
class SynonymStemsTest {

    private final IndexAnalyzers analyzers = new IndexAnalyzers();
    private final SynonymStems synonyms = SynonymStems.of(analyzers);

    @Test
    void someoneSWordsAreFoundAsTheSayingTheArticleQuotes() {
        Set<String> forms = synonyms.of(stem("كلامه"));
        assertTrue(forms.contains(stem("قوله")));
        assertTrue(forms.contains(stem("تصريحات")));
        assertFalse(forms.contains(stem("تصنيف")));
    }

    @Test
    void aListingIsFoundAsTheClassificationTheArticleWrites() {
        assertTrue(synonyms.of(stem("أدرج")).contains(stem("تصنيف")));
    }

    @Test
    void aBrokeredTruceIsFoundAsTheMediationTheArticleWrites() {
        assertTrue(synonyms.of(stem("توسطت")).contains(stem("وساطة")));
        assertTrue(synonyms.of(stem("الوسيط")).contains(stem("توسط")));
    }

    @Test
    void aNeedIsFoundAsTheNeedTheArticleWrites() {
        assertTrue(synonyms.of(stem("محتاجة")).contains(stem("بحاجة")), "the dialects' محتاج, news's بحاجة إلى");
        assertTrue(synonyms.of(stem("يحتاج")).contains(stem("يتطلب")));
    }

    @Test
    void theBlameAQuestionAsksIsFoundAsTheResponsibilityTheArticleWrites() {
        assertTrue(synonyms.of(stem("اللوم")).contains(stem("مسؤولية")), "حمّل … مسؤولية المجزرة");
        assertTrue(synonyms.of(stem("المسؤولية")).contains(stem("باللوم")), "ألقى باللوم على");
    }

    @Test
    void anImportantThingIsFoundAsTheImportanceTheArticleWrites() {
        assertTrue(synonyms.of(stem("مهم")).contains(stem("أهمية")), "له أهمية استراتيجية for why it is important");
        assertTrue(synonyms.of(stem("الأهمية")).contains(stem("هامة")));
    }

    @Test
    void mostIsFoundAsTheMostTheArticleWrites() {
        assertTrue(synonyms.of(stem("أغلب")).contains(stem("معظم")), "على أغلب سوريا for على معظم أنحاء سوريا");
    }

    @Test
    void thePilgrimsTitleIsNoNeed() {
        assertTrue(stems("بحاجة").contains(stem("الحاج")), "the index stacks حاجة's stem on بحاجة");
        assertEquals(Set.of(), synonyms.of(stem("الحاج")), "الحاج هاشم needs nothing");
        assertTrue(synonyms.of(stem("بحاجة")).contains(stem("يتطلب")));
    }

    @Test
    void aWordWithABarePrepositionGluedOnFindsTheSynonymsOfTheWordWithoutIt() {
        List<String> killing = positions("بمقتل").getFirst();
        assertTrue(synonyms.of(killing.getFirst()).isEmpty(), "the stemmer keeps the glued ب");
        assertTrue(synonyms.ofAny(killing).contains(stem("قتلى")));
        SynonymStems.PhraseWidening truce = synonyms.widen(positions("بهدنه ادلب"));
        assertTrue(truce.phrases().getFirst().stream()
                .anyMatch(phrase -> heldInOrder(phrase, words("وقف إطلاق النار"))));
        assertTrue(truce.forms().getFirst().contains(stem("هدنة")));
        assertTrue(truce.forms().get(1).isEmpty(), "ادلب is in no phrase group");
    }

    @Test
    void aWordOutsideTheTableHasNoSynonyms() {
        assertEquals(Set.of(), synonyms.of(stem("الطائرات")));
    }

    @Test
    void aStateIsFoundAsItsCapitalButACapitalOrTheStatesAdjectiveIsNotTheState() {
        assertTrue(synonyms.of(stem("أمريكا")).contains(stem("واشنطن")));
        assertTrue(synonyms.of(stem("إيران")).contains(stem("طهران")));
        assertFalse(synonyms.of(stem("طهران")).contains(stem("إيران")), "a capital is also a place of its own");
        assertFalse(synonyms.of(stem("الإيرانيين")).contains(stem("طهران")), "the Iranians are not Tehran's");
        assertFalse(synonyms.of(stem("لبنان")).isEmpty());
        assertEquals(Set.of(), synonyms.of("بن"), "لبنان's second stem is no state");
    }

    @Test
    void aWordOfAPhraseGroupIsFoundAsItsPhrasesHeldWhole() {
        SynonymStems.PhraseWidening widened = synonyms.widen(positions("الهدنة غزة"));
        List<String> ceasefire = words("وقف إطلاق النار");
        assertTrue(widened.phrases().get(0).stream()
                .anyMatch(phrase -> phrase.size() == 3 && heldInOrder(phrase, ceasefire)));
        assertTrue(widened.phrases().get(1).isEmpty(), "غزة is in no phrase group");
        assertTrue(widened.forms().get(1).isEmpty());
    }

    @Test
    void theCalmAndTheHaltOfFightingAreFoundAsTheCeasefire() {
        SynonymStems.PhraseWidening calm = synonyms.widen(positions("اتفاق التهدئة"));
        assertTrue(calm.phrases().get(1).stream().anyMatch(phrase -> heldInOrder(phrase, words("وقف إطلاق النار"))));
        assertTrue(calm.forms().get(1).contains(stem("هدنة")));
        List<String> question = words("ما اتفاقات وقف القتال");
        SynonymStems.PhraseWidening halt = synonyms.widen(positions("ما اتفاقات وقف القتال"));
        assertTrue(halt.forms().get(question.size() - 1).contains(stem("هدنة")), "وقف القتال written in a row");
        assertFalse(synonyms.widen(positions("وقف الهجوم")).forms().getFirst().contains(stem("هدنة")),
                "وقف alone is any stop");
    }

    @Test
    void aPhraseOfTheQuestionWrittenInARowIsFoundAsTheGroupsWord() {
        List<String> question = words("متى بدأ وقف إطلاق النار");
        SynonymStems.PhraseWidening widened = synonyms.widen(positions("متى بدأ وقف إطلاق النار"));
        String truce = stem("هدنة");
        for (int i = question.size() - 3; i < question.size(); i++) {
            assertTrue(widened.forms().get(i).contains(truce), question.get(i));
        }
        assertFalse(widened.forms().getFirst().contains(truce), "متى is no word of the phrase");
    }

    @Test
    void personsCountedInATollAreFoundAsTheTollsNouns() {
        assertTrue(tollsOf("شخصا", "كم شخصا قتل في الاعتداء").contains(stem("شهداء")), "the dead the article counts");
        assertFalse(tollsOf("شخصا", "كم شخصا قتل في الاعتداء").contains(stem("جرحى")), "no wounded asked");
        assertTrue(tollsOf("قتل", "كم شخصا قتل في الاعتداء").isEmpty(), "قتل is no person counter");
        assertTrue(tollsOf("الأشخاص", "كم عدد الأشخاص الذين أصيبوا").contains(stem("جرحى")));
        assertTrue(tollsOf("شخصا", "كم شخصا يعيش في المدينة").isEmpty(), "no toll named");
    }

    /** {@link SynonymStems#tollsOfPersons} for the word of {@code question} whose first stem is {@code word}'s. */
    private Set<String> tollsOf(String word, String question) {
        List<List<String>> words = positions(question);
        int at = words.stream().map(List::getFirst).toList().indexOf(stem(word));
        assertTrue(at >= 0, word);
        return synonyms.tollsOfPersons(words, at);
    }

    @Test
    void theShuraCouncilIsFoundAsTheParliament() {
        SynonymStems.PhraseWidening widened = synonyms.widen(positions("رئيس مجلس الشورى الإيراني"));
        String parliament = stem("البرلمان");
        assertTrue(widened.forms().get(1).contains(parliament), "مجلس of the phrase");
        assertTrue(widened.forms().get(2).contains(parliament), "الشورى of the phrase");
        assertTrue(widened.forms().get(0).isEmpty(), "رئيس is no word of the phrase");
        assertTrue(synonyms.widen(positions("مجلس الأمن")).forms().stream().allMatch(Set::isEmpty),
                "another council is no parliament");
    }

    @Test
    void theCouncilsOfDeputiesAndOfThePeopleAreFoundAsTheParliament() {
        String parliament = stem("البرلمان");
        for (String council : List.of("رئيس مجلس النواب", "رئيس مجلس الشعب")) {
            SynonymStems.PhraseWidening widened = synonyms.widen(positions(council));
            assertTrue(widened.forms().get(1).contains(parliament), council);
            assertTrue(widened.forms().get(2).contains(parliament), council);
        }
    }

    @Test
    void thePhrasesWordsApartAreNotThePhrase() {
        SynonymStems.PhraseWidening widened = synonyms.widen(positions("وقف القصف بعد إطلاق النار"));
        String truce = stem("هدنة");
        assertTrue(widened.forms().stream().noneMatch(forms -> forms.contains(truce)));
    }

    @Test
    void aPhraseOfTheQuestionFindsTheGroupsOtherPhrases() {
        SynonymStems.PhraseWidening widened = synonyms.widen(positions("سارية المفعول"));
        List<String> inForce = words("حيز التنفيذ");
        assertTrue(widened.phrases().get(1).stream().anyMatch(phrase -> heldInOrder(phrase, inForce)));
    }

    @Test
    void aPhraseWithAGluedPronounIsStillThePhrase() {
        List<String> question = words("الهدنة التي بدأ تطبيقها في يوم الهجوم");
        SynonymStems.PhraseWidening widened = synonyms.widen(positions("الهدنة التي بدأ تطبيقها في يوم الهجوم"));
        List<String> inForce = words("حيز التنفيذ");
        int begun = question.indexOf(words("بدأ").getFirst());
        assertTrue(widened.phrases().get(begun).stream().anyMatch(phrase -> heldInOrder(phrase, inForce)));
        assertTrue(widened.phrases().get(begun + 1).stream().anyMatch(phrase -> heldInOrder(phrase, inForce)));
    }

    @Test
    void aStatesPeopleAndShortNameAreFoundAsItsLongName() {
        for (String word : List.of("الأمريكان", "أمريكا", "الأميركيين")) {
            SynonymStems.PhraseWidening widened = synonyms.widen(positions(word));
            assertTrue(widened.phrases().getFirst().stream().anyMatch(p -> heldInOrder(p, words("الولايات المتحدة"))),
                    word);
        }
        SynonymStems.PhraseWidening british = synonyms.widen(positions("البريطانيين"));
        assertTrue(british.phrases().getFirst().stream().anyMatch(p -> heldInOrder(p, words("المملكة المتحدة"))));
        assertFalse(british.phrases().getFirst().stream().anyMatch(p -> heldInOrder(p, words("الولايات المتحدة"))));
    }

    /** Whether each word of {@code phrase} holds the stem at its place in {@code stems}. */
    private static boolean heldInOrder(List<Set<String>> phrase, List<String> stems) {
        if (phrase.size() != stems.size()) {
            return false;
        }
        for (int i = 0; i < stems.size(); i++) {
            if (!phrase.get(i).contains(stems.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** The first stem of each word of {@code text}, as the question's words are keyed. */
    private List<String> words(String text) {
        return positions(text).stream().map(List::getFirst).toList();
    }

    /** Each word of {@code text} as its stems, the first as written and then its variants, as questions are read. */
    private List<List<String>> positions(String text) {
        return analyzers.positions(IndexField.ARABIC, ArabicTextNormalizer.normalize(text));
    }

    private List<String> stems(String word) {
        return analyzers.tokens(IndexField.ARABIC, ArabicTextNormalizer.normalize(word));
    }

    private String stem(String word) {
        return stems(word).getFirst();
    }
}
